"""Bringing an article in the browser: paste, upload or web address; preview; the job page."""

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from exercises.models import Article, Job
from exercises.services.jobs import FAILED_MESSAGE, WORKER_UNREACHABLE

TEXT = (
    "افتتحت وزارة التعليم اليوم مدرسة جديدة في مدينة الزرقاء تتسع لألف طالب وطالبة.\n"
    "وقال الوزير في كلمة خلال الافتتاح إن المدرسة مجهزة بمختبرات حديثة ومكتبة كبيرة.\n"
    "وأضاف أن الوزارة تخطط لبناء عشر مدارس أخرى في المحافظات الجنوبية خلال العام المقبل."
)


def import_url(user_kind: str) -> str:
    return reverse("teach:article_new" if user_kind == "teacher" else "learning:article_new")


def test_a_teacher_pastes_an_article_and_lands_on_its_vocabulary(client, teacher):
    client.force_login(teacher)
    response = client.post(import_url("teacher"), {"text": TEXT, "source": "وكالة الأنباء"})
    job = Job.objects.get()
    assert response["Location"] == reverse("learning:job", args=[job.pk])
    article = Article.objects.get()
    assert (article.private_to, article.added_by, article.source) == (
        None,
        teacher,
        "وكالة الأنباء",
    )
    assert article.title.startswith("افتتحت وزارة التعليم")
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0] == reverse("exercises:article_vocabulary", args=[article.pk])
    assert "مَدْرَسَة" in page.content.decode()


def test_the_preview_shows_the_article_and_saves_nothing(client, learner):
    client.force_login(learner)
    response = client.post(
        import_url("learner"), {"text": TEXT, "title": "مدرسة جديدة", "preview": "1"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "مدرسة جديدة" in page and "افتتحت وزارة التعليم" in page
    assert "3 paragraphs" in page and "not yet known to you (100%)" in page
    assert "words in the text" in page and "different words to learn" in page
    assert 'name="text" value="افتتحت' in page  # the button under the preview imports it
    assert not Article.objects.exists() and not Job.objects.exists()


def test_a_learners_own_article_is_theirs_alone(client, learner, other_learner, teacher):
    client.force_login(learner)
    client.post(import_url("learner"), {"text": TEXT})
    article = Article.objects.get()
    assert article.private_to == learner
    assert client.get(reverse("exercises:article_detail", args=[article.pk])).status_code == 200
    for someone in (other_learner, teacher):
        client.force_login(someone)
        assert client.get(reverse("exercises:article_detail", args=[article.pk])).status_code == 404
        assert client.get(reverse("learning:reader_words", args=[article.pk])).status_code == 404
        assert article.title not in client.get(reverse("exercises:article_list")).content.decode()
    client.logout()
    assert client.get(reverse("exercises:article_detail", args=[article.pk])).status_code == 404


def test_the_same_text_brought_by_two_people_is_one_library_article(client, learner, other_learner):
    for someone in (learner, other_learner):
        client.force_login(someone)
        client.post(import_url("learner"), {"text": TEXT})
    article = Article.objects.get()
    assert article.private_to is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "Only English here, nothing in Arabic at all."}, "does not look like Arabic"),
        ({}, "one of the three"),
        ({"text": TEXT, "url": "https://example.org/a"}, "one of the three"),
    ],
)
def test_bad_input_is_refused_with_a_reason_and_nothing_saved(client, teacher, data, message):
    client.force_login(teacher)
    response = client.post(import_url("teacher"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Article.objects.exists() and not Job.objects.exists()


def test_learners_cannot_add_to_the_library(client, learner):
    client.force_login(learner)
    assert client.post(import_url("teacher"), {"text": TEXT}).status_code == 403


def test_a_word_document_is_imported_with_its_heading_as_title(client, teacher):
    document = docx.Document()
    document.add_heading("مدرسة جديدة في الزرقاء", level=1)
    for line in TEXT.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    client.force_login(teacher)
    upload = SimpleUploadedFile("school.docx", buffer.getvalue())
    client.post(import_url("teacher"), {"file": upload})
    assert Article.objects.get().title == "مدرسة جديدة في الزرقاء"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        paragraphs = "".join(f"<p>{line}</p>" for line in TEXT.splitlines())
        html = f"<html><head><title>مدرسة جديدة</title></head><body><article>{paragraphs}</article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(html.encode("utf-8"))

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def news_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/1"
    server.shutdown()


def test_an_article_is_imported_from_a_web_address(client, teacher, news_site, settings):
    settings.ARTICLE_FETCH_ALLOW_PRIVATE = True
    client.force_login(teacher)
    client.post(import_url("teacher"), {"url": news_site})
    article = Article.objects.get()
    assert article.text.startswith("افتتحت وزارة التعليم")
    assert article.source == news_site


def test_a_local_address_is_refused_by_default(client, teacher, news_site):
    client.force_login(teacher)
    response = client.post(import_url("teacher"), {"url": news_site})
    assert "private or local address" in response.content.decode()


def test_a_job_is_seen_only_by_who_started_it(client, teacher, other_teacher):
    client.force_login(teacher)
    client.post(import_url("teacher"), {"text": TEXT})
    job = Job.objects.get()
    client.force_login(other_teacher)
    assert client.get(reverse("learning:job", args=[job.pk])).status_code == 404
    assert client.get(reverse("learning:job_status", args=[job.pk])).status_code == 404


def test_the_progress_bar_polls_until_done_then_sends_htmx_on(client, teacher):
    job = Job.objects.create(kind=Job.Kind.IMPORT, created_by=teacher, progress=20)
    client.force_login(teacher)
    page = client.get(reverse("learning:job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in page and 'value="20"' in page
    client.post(import_url("teacher"), {"text": TEXT})
    done = Job.objects.exclude(pk=job.pk).get()
    response = client.get(reverse("learning:job_status", args=[done.pk]))
    assert response["HX-Redirect"] == reverse(
        "exercises:article_vocabulary", args=[done.article_id]
    )


def test_a_failed_job_says_why_and_stops_polling(client, teacher):
    job = Job.objects.create(
        kind=Job.Kind.IMPORT, created_by=teacher, status=Job.Status.FAILED, error="Too short."
    )
    client.force_login(teacher)
    page = client.get(reverse("learning:job", args=[job.pk])).content.decode()
    assert "Too short." in page and "hx-trigger" not in page


@pytest.mark.parametrize("message", [FAILED_MESSAGE, WORKER_UNREACHABLE])
def test_a_failed_job_says_why_in_the_readers_language(client, teacher, message):
    # A worker stores the message in the site's language; the page translates it when shown.
    job = Job.objects.create(
        kind=Job.Kind.IMPORT, created_by=teacher, status=Job.Status.FAILED, error=message
    )
    client.force_login(teacher)
    client.post(reverse("set_language"), {"language": "ar"})
    page = client.get(reverse("learning:job", args=[job.pk])).content.decode()
    assert message not in page
    assert "لم يُحفظ شيء" in page or "تعذّر الوصول" in page


def test_the_teacher_who_added_an_article_edits_and_deletes_it(client, teacher, other_teacher):
    client.force_login(teacher)
    client.post(import_url("teacher"), {"text": TEXT})
    article = Article.objects.get()
    edit = reverse("teach:article_edit", args=[article.pk])
    client.post(edit, {"title": "مدرسة الزرقاء", "source": "بترا"})
    article.refresh_from_db()
    assert (article.title, article.source) == ("مدرسة الزرقاء", "بترا")
    client.force_login(other_teacher)
    assert client.get(edit).status_code == 404
    client.force_login(teacher)
    client.post(reverse("teach:article_delete", args=[article.pk]))
    assert not Article.objects.exists()


def test_an_article_a_class_works_on_cannot_be_deleted(client, teacher, assignment):
    article = assignment.exercise_set.article
    Article.objects.filter(pk=article.pk).update(added_by=teacher)
    client.force_login(teacher)
    assert (
        "cannot be deleted"
        in client.get(reverse("teach:article_edit", args=[article.pk])).content.decode()
    )
    response = client.post(reverse("teach:article_delete", args=[article.pk]), follow=True)
    assert "remove the assignment" in response.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()
