"""Comprehension targets over the test corpus (tests/corpus/*.txt, never the unseen folder).

- True/false: between 40% and 60% true in every set, and no true statement that copies its
  sentence: at most 70% of its words in one copied stretch (``closeness``), no quotation of five
  words; true/false on some news articles.
- At least three comprehension types that need no subheadings on every article of 150+ words
  (the target, not met yet: 7 articles fall short and are held by the floor), and the floor
  met today.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from exercises.generators.closeness import copied_share
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from exercises.generators.true_false import TRUE
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))  # the top folder only: unseen/ stays unread
SEEDS = (0, 1, 2)
# Types a news article without subheadings can have; numbers and dates count as one type.
NEWS_TYPES = {"who_said", "numbers", "true_false", "meaning", "main_idea", "cause", "reference"}


def corpus_article(path: Path):
    return analysed_text(path.read_text(encoding="utf-8"))


@cache
def comprehension(path: Path, seed: int, count: int = 20):
    """The comprehension set of one article (made once per test run: two tests read it)."""
    article = corpus_article(path)
    options = GenerationOptions(kinds=("comprehension",), seed=seed, count=count)
    return article, generate(article.analysed, article.vocabulary, options)


def words_of(text: str) -> str:
    """Letters and digits only, one space between words: punctuation and vowels do not count."""
    text = re.sub("[\u064b-\u0652\u0640]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def test_the_corpus_is_there_and_the_unseen_articles_are_not_read():
    assert len(PATHS) == 40
    assert all(path.parent == CORPUS for path in PATHS)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_true_false_is_balanced_in_every_set(path):
    for seed in SEEDS:
        _, items = comprehension(path, seed=seed)
        answers = [item.answer for item in items if item.subtype == "true_false"]
        if answers:
            share = answers.count(TRUE) / len(answers)
            assert 0.4 <= share <= 0.6, (seed, answers)


def news_paths():
    return [path for path in PATHS if len(corpus_article(path).text.split()) >= 150]


def test_some_news_articles_have_true_false_statements():
    """A true statement must be reworded (at most 70% of its words in one copied stretch, no
    quotation of five words) and a false one reworded too, with one fact changed: an article
    where no sentence allows both has none, nor one cut inside a quotation. Most quotations and
    long reported clauses cannot be reworded that far, and a false statement no longer changes
    only a figure or a date (matched by its digits: the fifth review), so 3 of 39 have a pair
    today (4 with figures changed, 27 when statements could copy 90%). Most articles give one
    statement at most: a sentence that can be made false is rare (a direction, a person or a
    place of the article's own, a source), and statements are held to 24 words."""
    having = [
        path
        for path in news_paths()
        if sum(item.subtype == "true_false" for item in comprehension(path, seed=0)[1]) >= 2
    ]
    assert len(having) >= 3, len(having)


def test_news_articles_have_at_least_two_types_and_most_three():
    """The floor today; the target (three types on every article) is the test below."""
    counts = []
    for path in news_paths():
        _, items = comprehension(path, seed=0)
        types = {"numbers" if item.subtype == "dates" else item.subtype for item in items}
        counts.append(len(types & NEWS_TYPES))
    # 36 of 39 with two, 23 with three (16 before «كم» was asked of reported nominal clauses,
    # estimates and rises by a percentage, issue #12; 17 lost its true/false pair to the
    # 24-word limit); a figure given as a bound («أكثر من 600 فعالية») is not asked with «كم»,
    # and true statements may not copy their sentence
    assert sum(count >= 2 for count in counts) >= 36, counts
    assert sum(count >= 3 for count in counts) >= 28, counts


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_true_statement_copies_its_sentence(path):
    article, items = comprehension(path, count=100, seed=3)
    check_items(article.analysed, items)
    for item in items:
        if item.subtype != "true_false" or item.answer != TRUE:
            continue
        sentence = " ".join(article.text[span.start : span.end] for span in item.support)
        # reworded, not copied with an attribution put in front: at most 70% of its words in
        # one stretch of the sentence, and no quotation of five words (the speaker's words)
        assert copied_share(item.prompt, sentence) <= 0.7, item.prompt
        assert not re.search(r'["«“][^"»”]*?(?:\s+\S+){4,}', item.prompt), item.prompt
        statement = words_of(item.prompt)
        assert statement not in words_of(sentence), item.prompt
        assert statement.removeprefix("و") not in words_of(sentence), item.prompt


# Articles that do not reach three types (issue #12's target, not met): numbers, dates and
# true/false ask real questions or nothing, and these articles allow too few. The floor test
# above holds them; every other article must keep three types.
SHORT_OF_TYPES = {
    *("03", "13"),
    *("33", "34", "35"),
}  # true/false held to real rewording (most statements copied a quotation or 70%+ of their
# sentence); the pronoun reference questions brought 04, 14, 18, 34, 40 to three before that;
# 22's only figure question asked «كم» of a bound («أكثر من 600 فعالية»); 04, 06, 07, 10, 12,
# 17, 27 and 29 reach three since «كم/بكم/بأي نسبة» ask reported nominal clauses, estimates and
# rises by a percentage, a possessive of the subject (رصيده) is asked, a main idea is cut before
# a second clause and a date set off by commas dates the clause before it (issue #12); 31 fell
# (and 17) short when true/false statements were held to 24 words, 40 reached three with a pair
# reworded by paraphrases; 18 and 31 since a lead reporting a finding (كشفت دراسة ... أن ...)
# gives what was found as its main idea, 16 since ٪ (the Arabic percent sign) makes a percentage
# and «سجلت ... نموا بنسبة» is asked with its object, 14 since the word after a dateline opens
# a clause (تمكن read as a verb: its lead has a main idea), 37 since a quoted name inside a
# clause does not end it («متى تأسست «سحاب للاتصالات»؟»), 15 and 17 since a count after a
# subject-first clause is asked with the verb first (كم يوما استغرقت عملية التدريب؟), 28
# since a weekday after «اليوم» is a date and «هيئة البيئة - أبوظبي» one name, 22 since a
# role and its adjectives announce a name (الطالبة الجامعية مريم النقبي: four people to ask)
TYPE_PATHS = [
    pytest.param(path, id=path.stem[:2]) for path in PATHS if path.stem[:2] not in SHORT_OF_TYPES
]


@pytest.mark.parametrize("path", TYPE_PATHS)
def test_every_news_article_has_three_types_without_subheadings(path):
    article = corpus_article(path)
    if len(article.text.split()) < 150:
        pytest.skip("a brief")
    for seed in SEEDS:
        _, items = comprehension(path, seed=seed)
        types = {"numbers" if item.subtype == "dates" else item.subtype for item in items}
        assert len(types & NEWS_TYPES) >= 3, (seed, types)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_negation_added_no_scripture_and_who_said_offers_people(path):
    _, items = comprehension(path, count=100, seed=3)
    for item in items:
        if item.subtype == "true_false":
            original = item.explanation.split(": ", 1)[1]
            assert words_of(item.prompt).split().count("لا") <= words_of(original).split().count(
                "لا"
            ), item.prompt
            assert "﴿" not in item.prompt and "تعالى" not in item.prompt, item.prompt
        if item.subtype == "who_said":
            assert len(item.options) in (3, 4), item.options
            assert all(len(option.split()) >= 2 for option in item.options), item.options
            assert item.prompt.count("؟") == 1, item.prompt  # no question asked inside one
        if item.subtype == "main_idea":
            title = corpus_article(path).analysed.document.sentence_text(0).strip()
            assert title not in item.options, item.options
