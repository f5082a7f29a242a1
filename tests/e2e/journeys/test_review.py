"""Journey 3: a learner reviews the words due. Three words of the seed article are being learnt
and due; from the dashboard the learner opens the review, shows each answer and rates it (Good
by a click, Again and Easy with the keyboard) until no word is due, and is back on the dashboard
with nothing left to review."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from learning.models import Review, WordProgress, WordStatus
from learning.services.progress import word_info_from_vocabulary, word_status_set
from tests.e2e.journeys.steps import every_screen
from tests.users import make_user

pytestmark = pytest.mark.e2e

JOURNEY = "review"
LEMMAS = ("رئيس", "زيارة", "صيني")


@pytest.fixture
def due_words(seed_article):
    learner = make_user("reviewer")
    for lemma in LEMMAS:
        info = word_info_from_vocabulary(seed_article.pk, lemma)
        assert info.gloss, f"the seed article's vocabulary has {lemma}"
        word_status_set(learner=learner, lemma=lemma, status=WordStatus.LEARNING, info=info)
    return learner


@every_screen
def test_review_the_due_words(run, due_words, language, size):
    del size  # in run
    page = run.page("reviewer")
    page.goto(f"{run.base}/learn/")
    tile = page.locator('a.tile[href="/learn/review/"]')
    expect(tile).to_contain_text("3")
    run.check(page, "dashboard")
    tile.click()

    seen = []
    for rate in ("click-good", "key-again", "key-easy"):
        word = page.locator("#review-word")
        expect(word).to_be_visible()
        seen.append(word.inner_text())
        if rate == "click-good":
            run.check(page, "front")
            page.locator('[data-reveal="review-answer"]').click()
        else:
            page.keyboard.press("Space")
        answer = page.locator("#review-answer")
        expect(answer).to_be_visible()
        expect(answer.locator("dd[lang=en]")).not_to_have_text("—")
        if rate == "click-good":
            run.check(page, "answer")
            answer.locator('button[name="rating"][value="good"]').click()
        else:
            page.keyboard.press("Digit1" if rate == "key-again" else "Digit4")
        page.wait_for_load_state("networkidle")
        if len(seen) < len(LEMMAS):
            expect(page.locator("#review-word")).not_to_have_text(seen[-1])

    expect(page.locator("#review-done")).to_be_visible()
    run.check(page, "done")
    ratings = dict(Review.objects.filter(learner=due_words).values_list("lemma", "rating"))
    assert sorted(ratings.values()) == [1, 3, 4], ratings  # Again, Good, Easy: once each
    assert not WordProgress.objects.filter(learner=due_words, due__lte=timezone.now()).exists()
    page.locator("#review-done ~ p a.button").click()
    expect(page.locator('a.tile[href="/learn/review/"] strong')).to_have_text("0")
    run.check(page, "dashboard-after")
