"""Every entry point (command, seeds, browser) gets the same rules: article_import checks them."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from exercises.article_files import ArticleFileError
from exercises.models import Article, VocabularyWord
from exercises.services.articles import article_import

ARABIC = "تعزيز التعاون بين البلدين في مجال الطاقة. وقد صرح الرئيس بأن روسيا مستعدة للتعاون."


@pytest.mark.parametrize(
    ("text", "title", "source", "message"),
    [
        (ARABIC + " " + "ب" * 150, "", "", "150 characters"),
        (ARABIC + "\x00", "", "", "NUL"),
        (ARABIC + "\ud800", "", "", "not valid"),
        ("ـــــــــ ـــــ", "", "", "no words"),
        ("١٢٣ ، ؛ ...", "", "", "no words"),
        (ARABIC, "ع" * 301, "", "at most 300"),
        (ARABIC, "", "s" * 501, "at most 500"),
        (ARABIC, "عنوان\x00", "", "NUL"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(db, text, title, source, message):
    with pytest.raises(ArticleFileError, match=message):
        article_import(text=text, title=title, source=source)
    assert not Article.objects.exists() and not VocabularyWord.objects.exists()


def test_bidi_controls_never_reach_the_stored_text_title_or_source(db):
    article, _ = article_import(
        text="\u202e" + ARABIC + "\u2066", title="\u202bعنوان\u202c", source="\u200fمصدر"
    )
    stored = (article.text, article.title, article.source)
    assert not any(ch in value for value in stored for ch in "\u202e\u2066\u202b\u202c\u200f")
    assert article.text == ARABIC and article.title == "عنوان" and article.source == "مصدر"


def test_the_command_refuses_a_source_too_long_before_reading_anything(db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARABIC, encoding="utf-8")
    with pytest.raises(CommandError, match="at most 500"):
        call_command("import_article", str(path), source="s" * 501)
    assert not Article.objects.exists()
