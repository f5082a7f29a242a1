"""A teacher's corrected meaning reaches every place the word is shown or exported: the
vocabulary list, a cloze hint (quiz and exports), the Anki note, the worksheet's vocabulary table
and the Moodle quiz; reverting brings the automatic value back everywhere."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from exercises.exports.anki import anki_deck_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.models import Article, VocabularyWord
from exercises.selectors.articles import article_meanings, article_vocabulary
from exercises.selectors.exports import export_article
from exercises.services.meanings import (
    same_word,
    vocabulary_override_revert,
    vocabulary_override_set,
    word_note_set,
)
from tests.exports.test_anki import apkg_rows
from tests.learning.conftest import make_approved_set

NEW_GLOSS = "zzfixedmeaning"


@pytest.fixture
def word(seed_article) -> VocabularyWord:
    """A word with a gloss and vowel marks (its lemma differs from its vowelled form)."""
    return next(
        w
        for w in VocabularyWord.objects.filter(article=seed_article, is_name=False)
        if w.gloss and w.lemma_vocalized != w.lemma and len(w.lemma) >= 3
    )


def fresh(article: Article) -> Article:
    return Article.objects.defer("analysis").get(pk=article.pk)


def entry_of(article: Article, word: VocabularyWord):
    return next(
        e
        for e in article_vocabulary(fresh(article)).words
        if (e.automatic_vocalized or e.lemma_vocalized, e.pos) == (word.lemma_vocalized, word.pos)
    )


def test_the_corrected_gloss_is_in_the_list_with_the_automatic_one_beside(seed_article, word):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)

    entry = entry_of(seed_article, word)
    assert entry.gloss == NEW_GLOSS
    assert entry.automatic_gloss == word.gloss
    word.refresh_from_db()
    assert word.gloss != NEW_GLOSS, "the automatic entry itself is not changed"


def test_reverting_brings_the_automatic_gloss_back(seed_article, word):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    assert vocabulary_override_revert(word=word)

    entry = entry_of(seed_article, word)
    assert entry.gloss == word.gloss
    assert not entry.automatic_gloss
    assert not vocabulary_override_revert(word=word), "nothing left to revert"


def test_saving_the_automatic_values_is_a_revert(seed_article, word):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    assert vocabulary_override_set(word=word, gloss=word.gloss, user=None) is None
    assert entry_of(seed_article, word).gloss == word.gloss


def test_an_empty_gloss_is_refused_with_a_message(word):
    with pytest.raises(ValidationError) as refused:
        vocabulary_override_set(word=word, gloss="   ", user=None)
    assert "cannot be empty" in refused.value.message_dict["gloss"][0]


def test_a_vocalization_of_other_letters_is_refused(word):
    with pytest.raises(ValidationError) as refused:
        vocabulary_override_set(word=word, gloss="x", vocalized=word.lemma + "ب", user=None)
    assert "same word" in refused.value.message_dict["vocalized"][0]


def test_a_vocalization_with_other_vowels_is_kept(seed_article, word):
    bare = "".join(ch for ch in word.lemma_vocalized if ch < "\u064b" or ch > "\u0652")
    revowelled = bare[0] + "\u064f" + bare[1:]
    vocabulary_override_set(word=word, gloss=word.gloss, vocalized=revowelled, user=None)

    entry = entry_of(seed_article, word)
    assert entry.lemma_vocalized == revowelled
    assert entry.automatic_vocalized == word.lemma_vocalized


def test_same_word_ignores_vowel_marks_only():
    assert same_word("كِتَاب", "كتاب")
    assert not same_word("كتب", "كتاب")


def test_the_teachers_page_reads_the_correction_in_two_queries(
    seed_article, word, django_assert_num_queries
):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    with django_assert_num_queries(2):
        rows = article_meanings(seed_article)
    corrected = [m for m in rows if m.corrected]
    assert [m.word_id for m in corrected] == [word.pk]


def hinted_cloze(word: VocabularyWord) -> dict:
    return {
        "key": "cloze-fixed",
        "kind": "cloze",
        "type": "typed",
        "prompt": "قبل ＿＿＿＿ بعد",
        "answer": word.lemma,
        "lemma": word.lemma,
        "hint": word.gloss[:300],
    }


def test_the_corrected_gloss_reaches_the_cloze_hint_anki_and_moodle(seed_article, word, teacher):
    exercise_set = make_approved_set(seed_article, teacher, [hinted_cloze(word)])
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)

    data = export_article(fresh(seed_article), exercise_set=exercise_set)

    assert [item.hint for item in data.items] == [NEW_GLOSS]
    assert NEW_GLOSS in [e.gloss for e in data.vocabulary if e.lemma == word.lemma]
    fields = [row[0] for row in apkg_rows(anki_deck_bytes([data]), "select flds from notes")]
    assert any(NEW_GLOSS in f and "c1::" in f for f in fields), "the cloze note's hint"
    assert any(f.split("\x1f")[2] == NEW_GLOSS for f in fields), "the word note's meaning"
    assert NEW_GLOSS.encode() in moodle_xml_bytes([data])


def test_the_corrected_gloss_is_in_the_worksheets_vocabulary_table(seed_article, word):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    data = export_article(fresh(seed_article))

    pdf = worksheet_pdf_bytes(data, WorksheetOptions())

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert NEW_GLOSS in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_corrected_gloss(seed_article, word, tmp_path: Path):
    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(worksheet_pdf_bytes(export_article(fresh(seed_article)), WorksheetOptions()))

    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert NEW_GLOSS in text


def test_a_reanalysis_keeps_the_correction(seed_article, word):
    from exercises.services.articles import articles_reanalyze

    vocabulary_override_set(word=word, gloss=NEW_GLOSS, user=None)
    Article.objects.filter(pk=seed_article.pk).update(analysis_version="0-old")
    articles_reanalyze()

    assert entry_of(seed_article, word).gloss == NEW_GLOSS


def test_a_note_longer_than_the_limit_is_refused(learner):
    with pytest.raises(ValidationError) as refused:
        word_note_set(user=learner, lemma="كتاب", text="x" * 301)
    assert "at most 300" in refused.value.message_dict["text"][0]


def test_an_empty_note_deletes_it(learner):
    assert word_note_set(user=learner, lemma="كتاب", text=" mine ").text == "mine"
    assert word_note_set(user=learner, lemma="كتاب", text="") is None
