"""No item of a set shows a cloze item's answer in its place: a meaning question quoting the
cloze's sentence whole, an ordering task listing it, a statement copying it (the fifth blind
review found seven such pairs in one 90-item sample), a root item about the gap's word (مريض for
مريضا: the thirteenth review's three). Where an article's sentences are too few for both kinds, a
question type with nothing else to ask keeps its item and the cloze gaps move."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from exercises.arabic.text.normalize import normalize_key
from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))[::4]  # the top folder only; ten articles
# The thirteenth review's pairs: a headword, a main-idea option, a number prompt (read articles).
REVIEWED = sorted((CORPUS / "holdout12").glob("0[468]_*.txt")) + sorted(
    (CORPUS / "holdout13").glob("0[68]_*.txt")
)


def shown_texts(item: Item) -> list[str]:
    texts = [item.prompt, *item.options, *item.sequence]
    return texts + [text for pair in item.pairs for text in pair]


def around_the_gap(article_text: str, tokens, index: int) -> list[str]:
    """The answer with the word before it and with the word after it, as the article has them."""
    token = tokens[index].token
    stretches = []
    if index > 0:
        stretches.append(article_text[tokens[index - 1].token.start : token.end])
    if index + 1 < len(tokens):
        stretches.append(article_text[token.start : tokens[index + 1].token.end])
    return stretches


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_item_shows_a_cloze_answer_in_its_place_while_others_are_left(path):
    article = analysed_text(path.read_text(encoding="utf-8"))
    options = GenerationOptions(seed=3, count=6)
    items = generate(article.analysed, article.vocabulary, options)
    cloze = [item for item in items if item.kind == "cloze"]
    others = [item for item in items if item.kind != "cloze"]
    assert cloze and others
    text, tokens = article.analysed.document.text, article.analysed.tokens
    stretches = [
        stretch
        for item in cloze
        for stretch in around_the_gap(text, tokens, int(item.extra["token"]))
    ]

    def shows(item: Item) -> bool:
        return any(stretch in part for part in shown_texts(item) for stretch in stretches)

    # Every comprehension item the article offers, the set's cloze answers aside.
    offered = generate_comprehension(article.context, replace(options, count=1000))
    clean = {item.key for item in offered if not shows(item) and item.subtype != "true_false"}
    chosen = {item.key for item in others if item.kind == "comprehension"}
    showing = [item.key for item in others if shows(item)]
    assert not showing or not clean - chosen, f"{showing} chosen, {clean - chosen} left"
    assert [item for item in others if item.kind == "roots" and shows(item)] == []


def _bare(word: str) -> str:
    key = normalize_key(word)
    for article in ("وال", "ال", "و"):
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


def lemmas_of(article, item: Item) -> set[str]:
    marks = item.extra.get("tokens", "") or item.extra.get("token", "")
    tokens = article.analysed.tokens
    return {
        normalize_key(tokens[int(mark)].analysis.lemma)
        for mark in filter(None, marks.split(","))
        if tokens[int(mark)].analysis
    }


@pytest.mark.parametrize("path", PATHS + REVIEWED, ids=lambda path: path.stem[:6])
def test_no_item_of_another_kind_shows_a_cloze_answer_or_is_about_its_word(path):
    article = analysed_text(path.read_text(encoding="utf-8"))
    items = generate(article.analysed, article.vocabulary, GenerationOptions(seed=2038))
    cloze = [item for item in items if item.kind == "cloze"]
    others = [item for item in items if item.kind != "cloze"]
    assert len(cloze) >= 3 and others
    text, tokens = article.analysed.document.text, article.analysed.tokens
    stretches = [
        s for item in cloze for s in around_the_gap(text, tokens, int(item.extra["token"]))
    ]
    showing = [
        (item.subtype, stretch)
        for item in others
        for stretch in stretches
        if any(stretch in part for part in shown_texts(item))
    ]
    assert showing == []
    words = {_bare(tokens[int(item.extra["token"])].token.text) for item in cloze}
    shown = [
        (item.subtype, word)
        for item in others
        for word in re.findall(r"[\u0621-\u064a]+", " ".join(shown_texts(item)))
        if _bare(word) in words
    ]
    assert shown == []  # الأمطار in a meaning prompt for the gap's أمطار (fourteenth review)
    answers = set().union(*(lemmas_of(article, item) for item in cloze))
    about = [(item.subtype, lemmas_of(article, item) & answers) for item in others]
    assert [pair for pair in about if pair[1]] == []


@pytest.mark.parametrize("path", PATHS + REVIEWED, ids=lambda path: path.stem[:6])
def test_a_set_with_a_cloze_asks_every_comprehension_type_the_article_allows(path):
    article = analysed_text(path.read_text(encoding="utf-8"))
    alone = GenerationOptions(kinds=("comprehension",), seed=2038)
    types = {item.subtype for item in generate(article.analysed, article.vocabulary, alone)}
    items = generate(article.analysed, article.vocabulary, GenerationOptions(seed=2038))
    assert {item.subtype for item in items if item.kind == "comprehension"} == types


def test_a_word_shown_with_its_vowel_marks_is_still_that_word():
    # a main-idea option may keep the article's marks (جُرِّب): the word is not «ج» and «رب»
    from exercises.generators.giveaways import bare_word, shows_word

    item = Item(
        key="k", kind="comprehension", type="multiple_choice", subtype="main_idea",
        prompt="أيُّ الجمل التالية تعبّر عن الفكرة الرئيسة؟", instruction="",
        answer="جُرِّبَ الفحص على المرضى", options=("جُرِّبَ الفحص على المرضى",),
    )  # fmt: skip
    assert shows_word(item, frozenset({bare_word("جرب")}))
    assert shows_word(item, frozenset({bare_word("مرضى")}))
    assert not shows_word(item, frozenset({bare_word("رب")}))


def test_a_word_shown_behind_a_preposition_is_still_that_word():
    # the sixteenth review: a meaning prompt «توج ... بلقب البطولة» gave the cloze answer اللقب
    from exercises.generators.giveaways import bare_word, shows_word

    item = Item(
        key="k", kind="comprehension", type="multiple_choice", subtype="meaning",
        prompt="ما معنى «توج» في: «توج الفريق بلقب البطولة للمرة الأولى»؟", instruction="",
        answer="crown", options=("crown",),
    )  # fmt: skip
    assert shows_word(item, frozenset({bare_word("اللقب")}))
    assert shows_word(item, frozenset({bare_word("والمرة")}))
    assert not shows_word(item, frozenset({bare_word("القب")}))
