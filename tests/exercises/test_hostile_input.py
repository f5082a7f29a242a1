"""Hostile or broken input is refused with a clear message, or cleaned, never imported raw."""

from __future__ import annotations

import codecs

import pytest

from exercises import article_files
from exercises.article_files import ArticleFileError, decode_article

ARABIC = "تعزيز التعاون بين البلدين في مجال الطاقة.\nوقد صرح الرئيس بأن روسيا مستعدة."


def test_a_word_too_long_to_be_a_word_is_refused():
    with pytest.raises(ArticleFileError, match="150 characters"):
        decode_article((ARABIC + " " + "ب" * 150).encode())


def test_a_long_vocalized_word_and_a_long_link_are_fine():
    word = "وَسَيَسْتَقْبِلُونَهُمْ"
    link = "https://www.example.com/news/politics/2024/01/12/arab-summit-final-statement"
    assert decode_article(f"{ARABIC} {word} {link}".encode()).text.endswith(link)


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ARABIC.encode() + b"\x00\x00",
        codecs.BOM_UTF16_LE + (ARABIC + "\x00" + ARABIC).encode("utf-16-le"),
    ],
)
def test_nul_characters_are_refused_even_after_a_bom(data):
    with pytest.raises(ArticleFileError, match="NUL"):
        decode_article(data)


def test_invalid_utf8_is_refused_rather_than_read_as_windows_1256():
    broken = ARABIC.encode("utf-8")
    broken = broken[:10] + b"\xff" + broken[10:]
    with pytest.raises(ArticleFileError, match="not valid UTF-8"):
        decode_article(broken)


def test_an_encoded_lone_surrogate_is_refused():
    data = ARABIC.encode("utf-8") + b"\xed\xa0\x80"
    with pytest.raises(ArticleFileError, match="not valid UTF-8"):
        decode_article(data)


def test_windows_1256_that_is_not_mostly_arabic_is_refused():
    data = ("Résumé " * 10 + "é à ç " * 20 + "سلام").encode("cp1256")
    with pytest.raises(ArticleFileError):
        decode_article(data)


@pytest.mark.parametrize("text", ["ـــــــــــ", "ـ ـ ـ ـ", "... ، ؛ 123 ٤٥٦ !!"])
def test_text_without_a_single_word_is_refused(text):
    with pytest.raises(ArticleFileError, match="no words"):
        decode_article(text.encode())


def test_bidi_controls_are_stripped_and_joiners_kept():
    text = "\u202eالرئيس\u202c قال \u2067نعم\u2069 \u200fو\u200eلا ميزان\u200cها\u200d"
    assert article_files.clean_text(text) == "الرئيس قال نعم ولا ميزان\u200cها\u200d"
    assert "\u202e" not in decode_article((ARABIC + "\u202e").encode()).text


def test_title_and_source_length_and_nul_are_checked():
    assert article_files.check_title("  \u202bعنوان\u202c ") == "عنوان"
    assert article_files.check_source("https://example.com") == "https://example.com"
    with pytest.raises(ArticleFileError, match="at most 300"):
        article_files.check_title("ع" * 301)
    with pytest.raises(ArticleFileError, match="at most 500"):
        article_files.check_source("s" * 501)
    with pytest.raises(ArticleFileError, match="NUL"):
        article_files.check_source("a\x00b")


def test_a_markdown_heading_too_long_for_a_title_is_cut_not_refused():
    heading = " ".join(["عنوان"] * 80)  # 479 characters
    hint = decode_article(f"# {heading}\n{ARABIC}".encode(), markdown=True).title_hint
    assert len(hint) <= 300 and heading.startswith(hint.rstrip("…"))
    assert article_files.check_title(hint) == hint
