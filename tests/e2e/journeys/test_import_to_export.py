"""Journey 4: a teacher brings an article and takes exercises away. From the teaching page the
teacher pastes an article, previews and imports it, sees its vocabulary, generates a set, approves
it, and downloads it from the export page (GIFT with its questions, the vocabulary as CSV)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from exercises.models import Article, ExerciseSet
from tests.e2e.journeys.steps import every_screen
from tests.users import make_user

pytestmark = pytest.mark.e2e

JOURNEY = "import-to-export"
TITLE = "حديقة جديدة في عمان"
PASTED = (
    "أعلنت بلدية عمان اليوم عن افتتاح حديقة عامة جديدة في حي الشميساني بمساحة عشرين ألف متر.\n"
    "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارات للمشي ومكتبة صغيرة.\n"
    "وأضاف أن البلدية زرعت أكثر من ألف شجرة في الحديقة خلال الأشهر الماضية."
)


@pytest.fixture
def analysed_once(monkeypatch):
    """The pasted article is analysed once for the four runs (the live server's threads are in
    this process): the analysis is not what this journey is about."""
    from exercises.services import articles

    analyze = articles.analyze_text

    def cached(text: str):
        if text not in ANALYSES:
            ANALYSES[text] = analyze(text)
        return ANALYSES[text]

    monkeypatch.setattr(articles, "analyze_text", cached)


ANALYSES: dict = {}


def download(page: Page, link) -> str:
    """The text of the file a link downloads."""
    with page.expect_download() as started:
        link.click()
    return Path(started.value.path()).read_text(encoding="utf-8-sig")


@every_screen
def test_from_a_pasted_article_to_exported_exercises(
    run, transactional_db, analysed_once, language, size
):
    del size  # in run
    make_user("importer", teacher=True)
    page = run.page("importer")
    page.goto(f"{run.base}/teach/")
    page.locator('a[href="/teach/articles/new/"]').click()
    page.fill('input[name="title"]', TITLE)
    page.fill('textarea[name="text"]', PASTED)
    page.click('button[name="preview"]')
    expect(page.locator(".preview")).to_contain_text("أعلنت بلدية عمان")
    run.check(page, "preview")
    page.locator(".preview button[type=submit]").click()
    page.wait_for_url(re.compile(r"/articles/\d+/vocabulary/"))
    expect(page.locator("body")).to_contain_text("حَدِيقَة")
    run.check(page, "vocabulary")
    article = Article.objects.get(title=TITLE)

    page.goto(f"{run.base}/teach/articles/{article.pk}/generate/")
    run.check(page, "generate")
    page.fill('input[name="count"]', "3")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/teach/sets/\d+/"))
    exercise_set = ExerciseSet.objects.get(article__title=TITLE)
    expect(page.locator(".review-item")).to_have_count(exercise_set.items.count())
    run.check(page, "generated-set")
    page.click("#approve-set")
    page.wait_for_load_state("networkidle")
    exercise_set.refresh_from_db()
    assert exercise_set.status == ExerciseSet.Status.APPROVED
    run.check(page, "approved-set")

    page.locator(f'a[href="/teach/articles/{article.pk}/export/"]').first.click()
    expect(page.locator("h1")).to_be_visible()
    run.check(page, "export")
    gift = download(page, page.locator('a[href*="/export/gift/"]:not([href*="ordering"])'))
    prompts = list(exercise_set.items.values_list("prompt", flat=True))
    assert any(prompt.split("＿")[0].strip()[:10] in gift for prompt in prompts), gift[:500]
    vocabulary = download(page, page.locator('a[href*="/export/csv/"]'))
    assert "حديقة" in vocabulary or "حَدِيقَة" in vocabulary, vocabulary[:300]
