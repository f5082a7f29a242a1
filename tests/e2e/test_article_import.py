"""A teacher brings articles in the browser, without the command line: pastes one (with a
preview), uploads a Word document, imports a page from a web address served by a local test
server, watches a job's progress bar update, and generates a set from an imported article."""

from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docx
import pytest
from playwright.sync_api import Page, expect

from exercises.models import Article, Job
from tests.users import PASSWORD, make_user

from .conftest import DESKTOP

pytestmark = pytest.mark.e2e

PASTED = (
    "أعلنت بلدية عمان اليوم عن افتتاح حديقة عامة جديدة في حي الشميساني بمساحة عشرين ألف متر.\n"
    "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارات للمشي ومكتبة صغيرة.\n"
    "وأضاف أن البلدية زرعت أكثر من ألف شجرة في الحديقة خلال الأشهر الماضية."
)
DOCUMENT_LINES = (
    "وقعت الحكومة اتفاقا مع شركة عالمية لبناء محطة لتحلية مياه البحر في مدينة العقبة.",
    "وأوضح وزير المياه أن المحطة ستوفر ثلاثمئة مليون متر مكعب من المياه كل عام.",
)
PAGE_LINES = (
    "فاز المنتخب الوطني لكرة السلة على نظيره الياباني في المباراة الافتتاحية للبطولة.",
    "وسجل قائد الفريق ثلاثين نقطة وقاد زملاءه إلى فوز مستحق أمام جمهور غفير.",
)


def word_document(path) -> str:
    document = docx.Document()
    document.add_heading("محطة تحلية في العقبة", level=1)
    for line in DOCUMENT_LINES:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return str(path)


class _NewsPage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = "".join(f"<p>{line}</p>" for line in PAGE_LINES)
        html = (
            '<html lang="ar"><head><meta charset="utf-8"><title>فوز المنتخب</title></head>'
            f"<body><nav><a href='/'>الرئيسية</a></nav><article>{body}</article></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(html.encode("utf-8"))

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def news_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NewsPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sport/1"
    server.shutdown()


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('main form button[type="submit"]')
    page.wait_for_load_state("networkidle")


def open_import_page(page: Page, base: str) -> None:
    page.goto(f"{base}/teach/")
    page.click("text=Add an article to the library")
    expect(page).to_have_url(f"{base}/teach/articles/new/")


def test_a_teacher_brings_articles_and_generates_a_set(
    open_page, live_server, transactional_db, news_site, settings, tmp_path, shoot
):
    settings.ARTICLE_FETCH_ALLOW_PRIVATE = True  # the test's news site is on 127.0.0.1
    base = live_server.url
    make_user("mudarris", teacher=True)
    page = open_page(DESKTOP)
    log_in(page, base, "mudarris")

    # Paste, preview, then import what was previewed.
    open_import_page(page, base)
    page.fill('textarea[name="text"]', PASTED)
    page.click('button[name="preview"]')
    expect(page.locator(".preview")).to_contain_text("3 paragraphs")
    expect(page.locator(".preview")).to_contain_text("أعلنت بلدية عمان")
    shoot(page, "en-desktop-teacher-import-preview")
    page.click("text=Import this article")
    page.wait_for_url(re.compile(r"/articles/\d+/vocabulary/"))
    expect(page.locator("body")).to_contain_text("حَدِيقَة")
    pasted = Article.objects.get(text__startswith="أعلنت بلدية عمان")

    # Upload a Word document.
    open_import_page(page, base)
    page.set_input_files('input[name="file"]', word_document(tmp_path / "desalination.docx"))
    page.click('form.stacked-form button:not([name="preview"])')
    page.wait_for_url(re.compile(r"/articles/\d+/vocabulary/"))
    assert Article.objects.filter(title="محطة تحلية في العقبة").exists()

    # A web address.
    open_import_page(page, base)
    page.fill('input[name="url"]', news_site)
    page.click('form.stacked-form button:not([name="preview"])')
    page.wait_for_url(re.compile(r"/articles/\d+/vocabulary/"))
    fetched = Article.objects.get(source=news_site)
    assert fetched.text.splitlines() == list(PAGE_LINES)

    # The progress bar of a job a worker is doing updates by itself and leads to the result.
    job = Job.objects.create(
        kind=Job.Kind.IMPORT,
        status=Job.Status.RUNNING,
        progress=20,
        stage="analysing",
        created_by=pasted.added_by,
    )
    page.goto(f"{base}/learn/jobs/{job.pk}/")
    expect(page.locator("progress")).to_have_attribute("value", "20")
    expect(page.locator(".job")).to_contain_text("Analysing every word")
    shoot(page, "en-desktop-teacher-job-progress")
    Job.objects.filter(pk=job.pk).update(progress=60)
    expect(page.locator("progress")).to_have_attribute("value", "60")
    Job.objects.filter(pk=job.pk).update(status=Job.Status.DONE, progress=100, article=pasted)
    page.wait_for_url(f"{base}/articles/{pasted.pk}/vocabulary/")

    # A set from the pasted article, generated as a job too.
    page.goto(f"{base}/teach/articles/{pasted.pk}/generate/")
    page.fill('input[name="count"]', "3")
    page.click('form.stacked-form button[type="submit"]')
    page.wait_for_url(re.compile(r"/teach/sets/\d+/"))
    expect(page.locator(".item-head").first).to_be_visible()
    shoot(page, "en-desktop-teacher-generated-set")
