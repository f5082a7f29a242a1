"""The typed answer box has the focus when the question opens; after answering, the gap of a
cloze holds the right answer."""

import re

import pytest
from django.urls import reverse

from learning.models import Attempt


@pytest.fixture
def started(client, learner, assignment):
    client.force_login(learner)
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    return Attempt.objects.get(learner=learner)


def question_url(attempt, position):
    return reverse("learning:attempt_question", args=[attempt.pk, position])


def prompt_of(html: str) -> str:
    return re.search(r'<p class="ar prompt"[^>]*>(.*?)</p>', html, re.S).group(1)


def test_the_typed_answer_box_has_the_focus_on_opening(client, started):
    html = client.get(question_url(started, 2)).content.decode()
    box = re.search(r'<input type="text" id="answer-typed"[^>]*>', html).group(0)
    assert " autofocus" in box


def test_a_choice_question_does_not_take_the_focus_away_from_the_page(client, started):
    html = client.get(question_url(started, 1)).content.decode()
    assert not re.search(r"<input[^>]*autofocus", html), "digits choose an option there"


def test_the_gap_is_a_blank_before_answering(client, started):
    prompt = prompt_of(client.get(question_url(started, 2)).content.decode())
    assert 'class="blank"' in prompt and "الألعاب" not in prompt


def test_a_wrong_typed_answer_fills_the_gap_with_the_right_one(client, started):
    url = question_url(started, 2)
    html = client.post(url, {"answer": "الملاعب"}, HTTP_HX_REQUEST="true").content.decode()
    prompt = prompt_of(html)
    assert 'class="blank"' not in prompt
    assert re.search(r'<mark class="filled"[^>]*>الألعاب</mark>', prompt), prompt
    assert prompt.index("دورة") < prompt.index("الألعاب") < prompt.index("الأولمبية")


def test_a_chosen_answer_fills_the_gap_too(client, started):
    url = question_url(started, 1)
    html = client.post(url, {"answer": "بزيارة"}, HTTP_HX_REQUEST="true").content.decode()
    assert re.search(r'<mark class="filled"[^>]*>بزيارة</mark>', prompt_of(html))
    reloaded = client.get(url).content.decode()
    assert '<mark class="filled"' in prompt_of(reloaded), "the reload shows the filled gap too"


def test_a_kept_clitic_joins_the_filled_word_without_its_tatweel():
    from exercises.templatetags.item_text import prompt_filled

    html = prompt_filled("قام الرئيس بـ＿＿＿＿ إلى بكين", "زيارة")
    assert html == 'قام الرئيس ب<mark class="filled" lang="ar">زيارة</mark> إلى بكين'


def test_a_refused_order_keeps_the_places_chosen(client, started):
    url = question_url(started, 5)
    html = client.post(url, {"order-0": "1", "order-1": "1", "order-2": "2"}).content.decode()
    assert "Give each place once" in html
    rows = re.findall(r'<select id="order-(\d)".*?</select>', html, re.S)
    assert rows == ["0", "1", "2"]
    selected = re.findall(r'<select id="order-\d".*?<option value="(\d)" selected>', html, re.S)
    assert selected == ["1", "1", "2"]


def test_a_refused_matching_keeps_the_pairs_chosen(client, started):
    url = question_url(started, 4)
    html = client.post(url, {"match-0": "زور", "match-1": ""}).content.decode()
    assert '<option value="زور" selected>' in html


def test_matching_feedback_lists_the_pairs_without_the_whole_article(client, started):
    from exercises.models import ItemVersion

    version = ItemVersion.objects.get(item__key="match-1")
    text = version.item.exercise_set.article.text
    version.content["support"] = [[0, len(text)]]  # every paragraph, as heading items have
    version.save()
    url = question_url(started, 4)
    answer = {"match-0": "لعب", "match-1": "زور", "match-2": "رءس"}
    html = client.post(url, answer, HTTP_HX_REQUEST="true").content.decode()
    pairs = re.search(r'<ul class="pairs-feedback[^"]*"[^>]*>(.*?)</ul>', html, re.S).group(1)
    assert pairs.count("<li>") == 3 and "زيارة" in pairs and "زور" in pairs
    quotes = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", html, re.S)
    assert quotes, "each pair's sentence is shown"
    assert len(quotes) <= 3 and all(len(quote) < len(text) / 3 for quote in quotes), quotes
    assert all(q.rstrip().endswith((".", "؟", "!")) or "\n" not in q for q in quotes)
    assert sum("الرئيس" in quote for quote in quotes) >= 1, quotes
    assert not re.search(r"<blockquote[^>]*>[^<]*</blockquote>\s*</div>", html), (
        "no paragraph of the article as support outside the pairs"
    )


def test_the_results_show_the_missed_pairs_with_their_sentences(client, started):
    from learning.services.attempts import answer_submit

    for position, given in enumerate(
        ["بزيارة", "الألعاب", "صح", {"زيارة": "لعب", "الألعاب": "زور", "الرئيس": "رءس"}]
    ):
        answer_submit(attempt=started, position=position, given=given)
    answer_submit(
        attempt=started, position=4, given=["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"]
    )
    html = client.get(reverse("learning:attempt_results", args=[started.pk])).content.decode()
    pairs = re.search(r'<ul class="pairs-feedback[^"]*"[^>]*>(.*?)</ul>', html, re.S).group(1)
    assert pairs.count("<li>") == 3
    assert 1 <= pairs.count("<blockquote") <= 3


def test_a_wrong_answer_without_the_article_is_told_so(client, started):
    url = question_url(started, 2)  # the answer is الألعاب
    html = client.post(url, {"answer": "ألعاب"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Not quite." in html
    notes = re.search(r'<ul class="differences">(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r"<li>\s*(.*?)</li>", notes, re.S) == [
        'You left out the article <span class="letter" lang="ar">ال</span>.'
    ]


def test_a_wrong_answer_with_a_letter_left_out_is_told_which(client, started):
    url = question_url(started, 2)
    html = client.post(url, {"answer": "الألاب"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Not quite." in html
    assert 'You left out <span class="letter" lang="ar">ع</span>.' in html


def test_the_notes_are_arabic_in_the_arabic_interface(client, started):
    client.post(reverse("set_language"), {"language": "ar"})
    url = question_url(started, 2)
    html = client.post(url, {"answer": "ألعاب"}, HTTP_HX_REQUEST="true").content.decode()
    notes = re.search(r'<ul class="differences">(.*?)</ul>', html, re.S).group(1)
    assert "أهملت أداة التعريف" in notes and "You" not in notes


def test_an_answer_far_off_gets_no_notes(client, started):
    url = question_url(started, 2)
    html = client.post(url, {"answer": "مدرسة"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Not quite." in html and 'class="differences"' not in html
