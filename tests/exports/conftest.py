"""Fixtures for the exporter tests: a small hand-made article with vocabulary and items of
every type.

Written by hand (not by the code under test): real words with their vowels, roots and glosses.
The data are frozen dataclasses, so the fixtures can be shared by the whole session.
"""

from __future__ import annotations

import dataclasses

import pytest

from exercises.arabic.analysis_types import Paragraph, Span, VocabularyEntry
from exercises.exports.article import ExportArticle
from exercises.generators.items import BLANK, Item

HEADING = "تعزيز التعاون بين البلدين"
P1 = (
    "بكين، 5 فبراير 2022 — استقبل الرئيس الصيني نظيره الروسي بوتين في بكين يوم الجمعة. "
    "وتعهد الرئيسان بتعزيز التعاون في جميع المجالات."
)
P2 = (
    "وقال الرئيس إن منظمة شانغهاي للتعاون (Shanghai Cooperation Organisation) تلعب دورًا مهمًا "
    "في حماية الأمن الإقليمي، وإن جائحة كوفيد-19 لم تمنع الزيارات بين البلدين منذ عام 2013."
)
TEXT = "\n".join((HEADING, P1, P2))


def _paragraphs() -> tuple[Paragraph, ...]:
    out, start = [], 0
    for index, line in enumerate(TEXT.split("\n")):
        out.append(Paragraph(index, start, start + len(line), is_heading=index == 0))
        start += len(line) + 1
    return tuple(out)


def _sentence(fragment: str) -> tuple[Span, str]:
    """The sentence of TEXT holding ``fragment``, as (span, text)."""
    at = TEXT.index(fragment)
    start = max(TEXT.rfind(".", 0, at), TEXT.rfind("\n", 0, at)) + 1
    while TEXT[start] == " ":
        start += 1
    end = TEXT.index(".", at) + 1
    return Span(start, end), TEXT[start:end]


def entry(lemma_vocalized, lemma, gloss, pos, root, level, zipf, form, *, count=1, index=0):
    span, sentence = _sentence(form)
    return VocabularyEntry(
        lemma=lemma,
        lemma_vocalized=lemma_vocalized,
        gloss=gloss,
        pos=pos,
        root=root,
        count=count,
        zipf=zipf,
        level=level,
        example=span,
        example_text=sentence,
        first_token=index,
        forms=(form,),
    )


VOCABULARY = (
    entry("رَئِيس", "رئيس", "president; head", "NOUN", "رأس", "A2", 5.12, "الرئيس", count=3),
    entry("تَعَاوُن", "تعاون", "cooperation", "NOUN", "عون", "B1", 4.61, "التعاون", count=2),
    entry("تَعَهَّدَ", "تعهد", "to pledge, undertake", "VERB", "عهد", "B2", 3.4, "وتعهد"),
    entry("تَعْزِيز", "تعزيز", "strengthening", "NOUN", "عزز", "B2", 4.2, "بتعزيز"),
    entry("مَجَال", "مجال", "field, domain", "NOUN", "جول", "B1", 4.9, "المجالات"),
    entry("حِمَايَة", "حماية", "protection", "NOUN", "حمي", "B1", 4.7, "حماية"),
    entry("أَمْن", "أمن", "security", "NOUN", "أمن", "A2", 5.0, "الأمن"),
    entry("اِسْتَقْبَلَ", "استقبل", "to receive (a guest)", "VERB", "قبل", "B1", 4.3, "استقبل"),
)
NAMES = (
    entry("بِكِين", "بكين", "Beijing", "PROPN", "", "", 4.0, "بكين"),
    entry("بُوتِين", "بوتين", "Putin", "PROPN", "", "", 4.4, "بوتين"),
)


def item(key, kind, type_, prompt, answer, **more) -> Item:
    more.setdefault("instruction", "Choose the right answer.")
    return Item(key=key, kind=kind, type=type_, subtype=more.pop("subtype", type_),
                prompt=prompt, answer=answer, **more)  # fmt: skip


ITEMS = (
    item(
        "cloze-1", "cloze", "multiple_choice", f"استقبل {BLANK} الصيني نظيره الروسي.", "الرئيس",
        options=("الرئيس", "التعاون", "الأمن"), hint="the president", subtype="cloze",
        instruction="Fill in the blank.", lemma="رئيس",
    ),
    item(
        "cloze-2", "cloze", "multiple_choice", f"وتعهد الرئيسان بتعزيز {BLANK} في جميع المجالات.",
        "التعاون", options=("المجالات", "التعاون", "الرئيس"), hint="cooperation",
        subtype="cloze", instruction="Fill in the blank.", lemma="تعاون",
    ),
    item(
        "cloze-3", "cloze", "typed", f"تلعب المنظمة دورًا مهمًا في حماية {BLANK} الإقليمي.",
        "الأمن", hint="security", subtype="cloze", instruction="Type the missing word.",
        lemma="أمن",
    ),
    item(
        "comp-mc", "comprehension", "multiple_choice", "أين استقبل الرئيس الصيني نظيره الروسي؟",
        "في بكين", options=("في موسكو", "في بكين", "في سوتشي"), subtype="where",
    ),
    item(
        "comp-tf", "comprehension", "true_false", "تعهد الرئيسان بتعزيز التعاون.", "صح",
        options=("صح", "خطأ"), subtype="true_false", instruction="True or false?",
    ),
    item(
        "comp-typed", "comprehension", "typed", "في أي عام بدأت الزيارات؟", "2013",
        subtype="numbers", instruction="Write the year.",
    ),
    item(
        "comp-match", "comprehension", "matching", "صل كل كلمة بمعناها.", "",
        pairs=(("الرئيس", "president"), ("التعاون", "cooperation"), ("الأمن", "security")),
        options=("security", "president", "cooperation"), subtype="meaning",
        instruction="Match each word with its meaning.",
    ),
    item(
        "comp-order", "comprehension", "ordering", "رتب الأحداث كما جاءت في المقال.", "",
        sequence=("استقبل الرئيس نظيره", "تعهد الرئيسان", "تحدث الرئيس عن المنظمة"),
        options=("تعهد الرئيسان", "تحدث الرئيس عن المنظمة", "استقبل الرئيس نظيره"),
        subtype="sequence", instruction="Put the events in order.",
    ),
    item(
        "roots-share", "roots", "multiple_choice", "أي كلمة من جذر «عون»؟", "التعاون",
        options=("التعاون", "الأمن", "الرئيس"), subtype="root_share",
        instruction="Which word shares the root?",
    ),
    item(
        "roots-match", "roots", "matching", "صل كل كلمة بجذرها.", "",
        pairs=(("الرئيس", "ر ء س"), ("التعاون", "ع و ن"), ("حماية", "ح م ي")),
        options=("ع و ن", "ح م ي", "ر ء س"), subtype="root_match",
        instruction="Match each word with its root.",
    ),
)  # fmt: skip


def make_article() -> ExportArticle:
    return ExportArticle(
        key="a1b2c3d4e5f60718",
        title="الصين وروسيا: تعزيز التعاون",
        text=TEXT,
        paragraphs=_paragraphs(),
        vocabulary=VOCABULARY,
        names=NAMES,
        items=ITEMS,
        source="WikiNews-style sample",
    )


@pytest.fixture(scope="session")
def article() -> ExportArticle:
    return make_article()


@pytest.fixture(scope="session")
def second_article(article: ExportArticle) -> ExportArticle:
    return dataclasses.replace(
        article,
        key="ffee00112233aabb",
        title="مقال ثان",
        vocabulary=article.vocabulary[:3],
        items=article.items[:1],
    )
