import codecs
import re

import pytest
from django.utils import translation

from exercises.article_files import ArticleFileError, decode_article, read_article_file

ARABIC = "تعزيز التعاون بين البلدين في مجال الطاقة.\nوقد صرح الرئيس بأن روسيا مستعدة."


def test_it_reads_utf8_with_and_without_bom():
    assert decode_article(ARABIC.encode("utf-8")).text == ARABIC
    with_bom = decode_article(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    assert with_bom.text == ARABIC
    assert with_bom.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_it_reads_utf16_with_bom(encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    data = bom + ARABIC.encode(encoding)
    result = decode_article(data)
    assert result.text == ARABIC
    assert result.encoding == "utf-16"


def test_it_reads_windows_1256():
    result = decode_article(ARABIC.encode("cp1256"))
    assert result.text == ARABIC
    assert result.encoding == "windows-1256"


def test_it_unifies_line_endings():
    assert decode_article(ARABIC.replace("\n", "\r\n").encode()).text == ARABIC


@pytest.mark.parametrize("data", [b"", b"   \n\n  ", codecs.BOM_UTF8])
def test_it_refuses_empty_input(data):
    with pytest.raises(ArticleFileError, match="empty"):
        decode_article(data)


def test_it_refuses_non_arabic_text():
    with pytest.raises(ArticleFileError, match="does not look like Arabic"):
        decode_article(b"This is an English article about cooperation between two countries.")


def test_it_refuses_binary_data():
    with pytest.raises(ArticleFileError, match="binary"):
        decode_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_it_refuses_more_than_one_megabyte(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARABIC * (1_000_000 // len(ARABIC.encode()) + 2), encoding="utf-8")
    with pytest.raises(ArticleFileError, match="at most 1 MB"):
        read_article_file(path)


def test_it_refuses_other_file_types(tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ArticleFileError, match=r"only \.txt and \.md"):
        read_article_file(path)


def test_it_says_when_the_file_is_missing(tmp_path):
    with pytest.raises(ArticleFileError, match="no such file"):
        read_article_file(tmp_path / "missing.txt")


def test_it_strips_markdown_and_keeps_the_heading_as_title_hint(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(
        "# زيارة بوتين\n\nقال **الرئيس** إن [التعاون](https://example.org) مهم.", "utf-8"
    )
    result = read_article_file(path)
    assert result.title_hint == "زيارة بوتين"
    assert "**" not in result.text and "](" not in result.text
    assert "قال الرئيس إن التعاون مهم." in result.text


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x01\x02binary", "ـــ ... 123".encode(), ("ب" * 200).encode(), b"hello world"],
)
def test_a_refusal_speaks_the_users_language(data):
    """The Arabic interface shows why a text was refused in Arabic (the page shows the message
    as it is)."""
    with translation.override("ar"), pytest.raises(ArticleFileError) as refused:
        decode_article(data)
    message = str(refused.value)
    assert message.startswith(("النص", "في النص", "لا كلمات في النص", "لا يبدو النص", "يبدو النص"))
    assert not re.search("[A-Za-z]", message), message
