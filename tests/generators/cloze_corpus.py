"""The cloze items of the test corpus (tests/corpus/*.txt) and what a teacher would reject in them.

Only the top-level articles are read: tests/corpus/unseen/ is kept aside for a blind review.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.gazetteer import default_gazetteer, first_word_variants
from exercises.arabic.context.organisations import organisation_tokens
from exercises.arabic.frequency import zipf
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.priors import reading_prior
from exercises.arabic.text.normalize import lookup_form, normalize_key
from exercises.generators.cloze import generate_cloze
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.readings import is_loanword
from tests.generators.conftest import Analysed

BASIC_ZIPF = 5.5  # رئيس، جديد: words a B1 learner has long known
RARER_BY = 1.5
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670]+")


@cache
def corpus_articles() -> tuple[Analysed, ...]:
    paths = sorted(CORPUS.glob("*.txt"))  # not recursive: unseen/ stays unread
    return tuple(Analysed(path.stem, path.read_text(encoding="utf-8")) for path in paths)


@cache
def corpus_cloze(options: GenerationOptions) -> tuple[tuple[Analysed, tuple[Item, ...]], ...]:
    return tuple(
        (article, generate_cloze(article.context, options)) for article in corpus_articles()
    )


def quoted_tokens(article: Analysed) -> frozenset[int]:
    """Tokens between « and »."""
    text = article.text
    spans = [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»", text)]
    return frozenset(
        item.token.index
        for item in article.analysed.tokens
        if any(start < item.token.start < end for start, end in spans)
    )


def gazetteer_tokens(article: Analysed) -> frozenset[int]:
    """Tokens of the well-known multiword names of the shipped gazetteer."""
    gazetteer = default_gazetteer()
    found: set[int] = set()
    document = article.analysed.document
    for sentence in document.sentences:
        words = [t for t in document.tokens[sentence.first_token : sentence.last_token]]
        words = [t for t in words if t.kind == "word"]
        keys = [normalize_key(t.text) for t in words]
        for position, key in enumerate(keys):
            for first in first_word_variants(key):
                for rest in gazetteer.get(first, ()):
                    if tuple(keys[position + 1 : position + 1 + len(rest)]) == rest:
                        found.update(t.index for t in words[position : position + 1 + len(rest)])
    return frozenset(found)


def _sentence(article: Analysed, item: Item) -> int:
    return article.analysed.tokens[int(item.extra["token"])].token.sentence


def _pos_class(pos: str) -> str:
    """Nouns and adjectives change places freely in Arabic (السياسيين: politicians, political)."""
    return "NOUN" if pos == "ADJ" else pos


def _verb_form(reading: Analysis) -> tuple[str, bool, bool, tuple[str, ...]]:
    """Aspect, voice, short (jussive) stem, and person-gender-number tags of a verb."""
    category, _, fine = reading.tag.partition("/")
    if not fine.startswith("VERB"):
        return ("", False, False, ())
    parts = category.split("_")
    persons = tuple(
        tag.split("/")[-1]
        for tag in reading.prefixes + reading.suffixes
        if "SUBJ" in tag or "/IV" in tag
    )
    return (
        fine,
        any(p.startswith("Pass") for p in parts),
        fine == "VERB_IMPERFECT" and "C" in parts,
        persons,
    )


def _reads_as_imperative(option: str, answer: Analysis) -> bool:
    """قم، قف: two letters that are also the order of a common hollow or و-initial verb."""
    letters = option[len(answer.prefix_text) :]
    if answer.pos != "VERB" or len(letters) != 2:
        return False
    fuller = (letters[0] + middle + letters[1] for middle in "اوي")
    return any(zipf(word) >= 3.0 for word in (*fuller, "و" + letters))


def _words(text: str) -> set[str]:
    return {normalize_key(word) for word in _WORD.findall(text)}


def cloze_report(options: GenerationOptions) -> dict[str, list]:
    """Lists of the faults found over the corpus, each entry (article, item key, detail)."""
    analyzer = default_analyzer()
    report: dict[str, list] = {
        "items": [],
        "shared_sentence": [],
        "revealing": [],
        "names_blanked": [],
        "name_options": [],
        "misshapen_options": [],
        "unlikely_options": [],
        "disagreeing_options": [],
        "hinted_choice": [],
        "rare_or_borrowed_options": [],
        "basic_answers": [],
    }
    for article, items in corpus_cloze(options):
        tokens = article.analysed.tokens
        sentences = [_sentence(article, item) for item in items]
        quoted, named = quoted_tokens(article), gazetteer_tokens(article)
        named |= organisation_tokens(article.analysed.tokens)
        for item, sentence in zip(items, sentences, strict=True):
            where = (article.name, item.key)
            report["items"].append(where)
            if sentences.count(sentence) > 1:
                report["shared_sentence"].append(where)
            index = int(item.extra["token"])
            analysis = tokens[index].analysis
            if (analysis is not None and analysis.pos == "PROPN") or index in quoted | named:
                report["names_blanked"].append((*where, item.answer))
            answer_key = normalize_key(item.answer)
            for other in items:
                if other is item:
                    continue
                shown = _words(other.prompt) | {
                    normalize_key(o) for o in other.options if o != other.answer
                }
                if answer_key in shown:
                    report["revealing"].append((*where, item.answer, other.key))
            if item.type == "multiple_choice" and item.hint:
                report["hinted_choice"].append(where)
            if zipf(item.answer) > BASIC_ZIPF:
                report["basic_answers"].append((*where, item.answer))
            for option in item.options:
                # far rarer than the answer reads as a misspelling (المساعيد beside النصائح)
                if option != item.answer and (
                    zipf(option) < zipf(item.answer) - RARER_BY or is_loanword(option)
                ):
                    report["rare_or_borrowed_options"].append((*where, item.answer, option))
            for option in item.options:
                if option == item.answer:
                    continue
                readings = analyzer.analyze(lookup_form(option))
                if any(r.pos == "PROPN" or r.gloss[:1].isupper() for r in readings):
                    report["name_options"].append((*where, option))
                if not options.keep_clitics and not any(
                    r.pos == item.extra["pos"]
                    and "+".join(r.prefixes) == item.extra["prefix_tags"]
                    and "+".join(r.suffixes) == item.extra["suffix_tags"]
                    for r in readings
                ):
                    report["misshapen_options"].append((*where, item.answer, option))
                best = max(readings, key=reading_prior, default=None)
                if (
                    not options.keep_clitics
                    and analysis is not None
                    and best is not None
                    and (
                        _verb_form(best) != _verb_form(analysis)
                        or _reads_as_imperative(option, analysis)
                    )
                ):
                    report["disagreeing_options"].append((*where, item.answer, option))
                if not options.keep_clitics and (
                    best is None
                    or _pos_class(best.pos) != _pos_class(item.extra["pos"])
                    or "+".join(best.prefixes) != item.extra["prefix_tags"]
                    or "+".join(best.suffixes) != item.extra["suffix_tags"]
                ):
                    report["unlikely_options"].append((*where, item.answer, option))
    return report
