"""Meaning in context: the English meaning of an article word as used in its sentence.

Only words whose meaning the lexicon settles are asked about (``glosses.context_gloss``): every
reading is the chosen lemma and sense, and the gloss has one sense (with its synonyms): two
unrelated senses as a key say of the word something the sentence does not mean (a blind review
rejected "departure; demise" for الرحيل). The key is one a teacher checked in news
(``meaning_keys``: الجماهير at a match is not "masses"); a reading with none is not asked. Wrong
options are glosses of other words of the article with the same part of speech and no meaning in
common with the key.
"""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, difficulty_from_zipf, rng_for
from exercises.generators.glosses import (
    context_gloss,
    glosses_overlap,
    is_quantity,
    one_sense,
    sense_gloss,
)
from exercises.generators.inside_names import name_words, term_words
from exercises.generators.items import Item
from exercises.generators.meaning_keys import checked_key
from exercises.generators.people.cues import SPEECH_LEMMAS, is_title
from exercises.generators.readings import is_borrowed
from exercises.generators.scripture import quotes_scripture
from exercises.generators.written import balance_quotes, clean_statement, dictionary_shape

_POS = frozenset({"NOUN", "VERB", "ADJ"})
_CLAUSE_WORDS = 5


def meaning_items(article: ArticleContext, seed: int) -> list[Item]:
    words = _eligible(article)
    by_pos: dict[str, list[AnalyzedToken]] = {}
    for item in words:
        assert item.analysis is not None
        by_pos.setdefault(item.analysis.pos, []).append(item)
    asked = _asked(article, words)
    keys = [answer for _, answer, _ in asked]
    items = []
    for target, answer, sentence in asked:
        analysis = target.analysis
        assert analysis is not None
        key = f"comprehension:meaning:{target.token.index}"
        pool = [
            other
            for other in by_pos[analysis.pos]
            if other.analysis is not None
            and other.analysis.lemma != analysis.lemma
            and other.analysis.root != analysis.root
            and not glosses_overlap(other.analysis.gloss, analysis.gloss)
        ]
        rng_for(seed, key, "pool").shuffle(pool)
        wrong: list[str] = []
        # another item's key last: a learner who did that one strikes it out here
        for keyed in (False, True):
            for other in pool if len(wrong) < 3 else ():
                assert other.analysis is not None
                shown = sense_gloss(other.analysis.gloss)
                gloss = checked_key(other.analysis.lemma, other.analysis.pos, shown) or shown
                if (
                    not gloss
                    or gloss[:1].isupper()
                    or glosses_overlap(gloss, answer)
                    or any(glosses_overlap(gloss, c) for c in wrong)
                ):
                    continue  # a name's gloss (Qahtani, Emirati) is no meaning to choose
                if any(glosses_overlap(gloss, other_key) for other_key in keys) != keyed:
                    continue
                wrong.append(gloss)
                if len(wrong) == 3:
                    break
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype="meaning",
            prompt=f"ما معنى «{dictionary_shape(target)}» في الجملة: {sentence}",
            instruction="What does the word mean in this sentence? Choose the English meaning.",
            answer=answer,
            distractors=wrong,
            seed=seed,
            support=(article.span(target.token.sentence),),
            difficulty=difficulty_from_zipf(target.zipf),
            lemma=analysis.lemma,
            extra={"word": target.token.text, "token": str(target.token.index)},
        )
        if item is not None:
            items.append(item)
    return items


def _asked(article: ArticleContext, words: list[AnalyzedToken]) -> list[tuple]:
    """The words asked about, one per sentence, with their key and the sentence shown."""
    asked = []
    used_sentences: set[int] = set()
    # first the words whose prompt shows no cloze answer; then, to fill the count, the others
    for target, may_show in [(word, show) for show in (False, True) for word in words]:
        analysis = target.analysis
        assert analysis is not None
        if target.token.sentence in used_sentences:
            continue
        if normalize_key(analysis.lemma) in article.cloze_lemmas:
            continue  # the word a cloze gap asks for, shown here
        answer = context_gloss(article.analyzer, target)
        if answer[:1].isupper() or "+" in answer:
            continue  # a name's gloss (Qahtani), an affix's ("the +"): no meaning to ask for
        if not one_sense(answer):
            continue  # «الرحيل» "departure; demise": the key would say what the word is not here
        answer = checked_key(analysis.lemma, analysis.pos, answer)
        if not answer:
            continue  # no teacher checked this key in news, or its sense changes with context
        if not one_sense(answer):
            answer = answer.split("; ")[0]  # "win; victory": a synonym the lexicon does not know
        start, end = article.statement(target.token.sentence)
        sentence = clean_statement(article.text[start:end])
        if any(stretch in sentence for stretch in article.hidden):
            clause = _clause_of(article, target, start, end)  # not a cloze item's answer
            if not clause and not may_show:
                continue
            sentence = clause or sentence
        if target.token.text not in sentence:
            continue  # «في المقابل،» is cut from the front of the sentence shown
        asked.append((target, answer, sentence))
        used_sentences.add(target.token.sentence)
    return asked


def _eligible(article: ArticleContext) -> list[AnalyzedToken]:
    """Unambiguous content words, one per lemma, in article order."""
    seen: set[str] = set()
    eligible = []
    names = article.people.name_tokens | name_words(article)
    in_terms = term_words(article)
    prose = frozenset(article.prose_sentences)  # no list line, lead-in or heading
    for item in article.tokens:
        analysis = item.analysis
        if (
            analysis is None
            or analysis.pos not in _POS
            or item.is_stopword
            or not item.in_lexicon
            or not analysis.gloss
            or item.token.index in names
            or item.token.index in in_terms
            or item.token.sentence not in prose
            or is_title(item)  # الدكتور، البروفيسور: a title is no vocabulary to test
            or analysis.lemma in seen
            or article.in_dateline(item)
            or any("PRON" in tag for tag in analysis.suffixes)  # زيارته is "his visit"
            or any("_DU" in tag for tag in analysis.suffixes)  # أسبوعين is "two weeks"
            or _in_compound_number(article, item)
            or is_borrowed(item)
        ):
            continue
        if _after_a_name(article, item, names) or quotes_scripture(
            article.document.sentence_text(item.token.sentence)
        ):
            continue  # رشيد الكتاني: a family name read as "linen"; scripture is not vocabulary
        if not context_gloss(article.analyzer, item):
            continue  # several readings, or a gloss of many senses: the meaning here is open
        if normalize_key(analysis.lemma) in SPEECH_LEMMAS:
            continue  # "said" and "added" both describe أضاف in a report: two right answers
        entry = article.entry(item)
        if entry is not None and entry.level == "A1":
            continue  # رئيس، وزارة: a learner of news knows them; the item would be wasted
        seen.add(analysis.lemma)
        eligible.append(item)
    return eligible


def _after_a_name(article: ArticleContext, item: AnalyzedToken, names: frozenset[int]) -> bool:
    """A definite word right after a person's name (رشيد الكتاني، محمد الأمين): most often the
    family name, whatever the lexicon says it means."""
    index = item.token.index
    if index == 0 or not normalize_key(item.token.text).startswith("ال"):
        return False
    before = article.tokens[index - 1]
    if before.token.sentence != item.token.sentence or item.token.start - before.token.end > 1:
        return False
    analysis = before.analysis
    return index - 1 in names or (analysis is not None and analysis.pos == "PROPN")


def _clause_of(article: ArticleContext, target: AnalyzedToken, start: int, end: int) -> str:
    """The stretch between commas that holds the word, marked as cut («… وأكدت أن المبنى يضم
    مختبرا …»), when it has five words or more and shows no cloze answer; "" otherwise."""
    text = article.text
    left = text.rfind("،", start, target.token.start)
    right = text.find("،", target.token.end, end)
    clause = text[left + 1 if left >= 0 else start : right if right >= 0 else end].strip()
    clause = clause.rstrip(".")
    if len(clause.split()) < _CLAUSE_WORDS or any(s in clause for s in article.hidden):
        return ""
    clause = _quotes_closed(clause)
    opening = "… " if left >= 0 else ""
    return f"{opening}{clause}{' …' if right >= 0 else '.'}"


def _in_compound_number(article: ArticleContext, item: AnalyzedToken) -> bool:
    """الخامسة والعشرين: the ordinal is "fifth" only as part of "twenty-fifth"."""
    following = item.token.index + 1
    if following >= len(article.tokens) or not is_quantity(item.analysis.gloss):
        return False
    after = article.tokens[following].analysis
    return after is not None and after.prefixes[:1] == ("wa/CONJ",) and is_quantity(after.gloss)


def _quotes_closed(clause: str) -> str:
    """A quotation the cut left open closed, one the cut began inside opened (إن "المنخفض ...)."""
    first = clause.find('"')
    if clause.count('"') % 2 and first >= 0:
        ends_quote = first + 1 == len(clause) or not clause[first + 1].isalpha()
        clause = f'"{clause}' if ends_quote else f'{clause}"'
    for opening, closing in (("«", "»"), ("“", "”")):
        if clause.count(closing) > clause.count(opening):
            clause = opening + clause
    return balance_quotes(clause)
