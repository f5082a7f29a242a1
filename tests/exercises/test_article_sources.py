"""Article text from uploads (.html, .docx) and from web addresses, with their refusals."""

import io
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docx
import pytest

from exercises.article_files import ArticleFileError
from exercises.article_sources import FetchRules, fetch_article, read_upload

BODY = (
    "أعلنت وزارة الصحة اليوم عن حملة وطنية جديدة للتطعيم ضد الحصبة تستهدف الأطفال في المدارس. "
    "وقال الوزير إن الحملة ستستمر ثلاثة أسابيع في جميع المحافظات. "
    "وأضاف أن الفرق الطبية ستزور القرى البعيدة لضمان وصول اللقاح إلى كل طفل."
)
PAGE = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>حملة وطنية للتطعيم</title></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/eco">اقتصاد</a></nav>
<article><h1>حملة وطنية للتطعيم</h1><p>{BODY}</p><p>{BODY}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def docx_bytes(*paragraphs: tuple[str, str]) -> bytes:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_a_word_document_with_its_title():
    data = docx_bytes(("Heading 1", "حملة وطنية للتطعيم"), ("Normal", BODY))
    article = read_upload("مقال.docx", data)
    assert article.title_hint == "حملة وطنية للتطعيم"
    assert article.text.splitlines() == ["حملة وطنية للتطعيم", BODY]


def test_a_broken_word_document_is_refused_in_plain_words():
    with pytest.raises(ArticleFileError, match="not a Word document"):
        read_upload("broken.docx", b"PK\x03\x04 not really a zip")


def test_it_keeps_the_article_of_a_web_page_and_leaves_its_navigation():
    article = read_upload("page.html", PAGE.encode("utf-8"))
    assert BODY.split(". ")[0] in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert article.title_hint == "حملة وطنية للتطعيم"


def test_other_file_types_are_refused_with_the_types_that_work():
    with pytest.raises(ArticleFileError, match=r"\.docx"):
        read_upload("slides.pptx", b"whatever")


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/elsewhere")
            self.end_headers()
            return
        kind, body = {
            "/article": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
            "/image": ("image/png", b"\x89PNG"),
        }.get(self.path, ("text/plain", b""))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


LOCAL = FetchRules(allow_private=True, timeout=5)


def test_it_fetches_a_page_and_extracts_the_article(site):
    article = fetch_article(f"{site}/article", LOCAL)
    assert BODY.split(". ")[0] in article.text
    assert article.title_hint == "حملة وطنية للتطعيم"


def test_local_addresses_are_refused_unless_allowed(site):
    with pytest.raises(ArticleFileError, match="private or local address"):
        fetch_article(f"{site}/article")


def test_a_redirect_to_a_local_address_is_refused(site, monkeypatch):
    import exercises.article_sources as sources

    checked = []

    def refuse_only_the_target(host: str, port: int) -> None:
        checked.append(port)
        if port == 9:
            raise ArticleFileError("private or local address")

    monkeypatch.setattr(sources, "_refuse_private", refuse_only_the_target)
    with pytest.raises(ArticleFileError, match="private or local address"):
        fetch_article(f"{site}/moved", FetchRules(timeout=5))
    assert checked[-1] == 9


@pytest.mark.parametrize(
    ("path", "message"),
    [("/image", "image/png file, not a web page"), ("/missing", "error 404")],
)
def test_what_is_not_an_article_page_is_refused(site, path, message):
    with pytest.raises(ArticleFileError, match=message):
        fetch_article(f"{site}{path}", LOCAL)


def test_an_unreachable_site_says_so():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with pytest.raises(ArticleFileError, match="Could not reach 127.0.0.1"):
        fetch_article(f"http://127.0.0.1:{closed_port}/", LOCAL)


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "example.org"])
def test_only_web_addresses_are_fetched(url):
    with pytest.raises(ArticleFileError, match="http:// or https://"):
        fetch_article(url)
