"""Taking an assigned quiz: one item per page, each answer saved as it is given."""

from __future__ import annotations

import math

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning.labels import type_label
from learning.models import Answer, Attempt
from learning.permissions import learner_required, request_is_teacher_known
from learning.quiz_hints import wrong_notes
from learning.quiz_items import GivenError, QuizItem, given_text, shown_clitics
from learning.quiz_support import pair_sentences
from learning.selectors.attempts import (
    attempt_answers,
    attempt_article_text,
    attempt_item,
    attempt_items,
    attempt_next_position,
    attempt_of_learner,
    attempt_score,
    hint_corrected,
    support_sentences,
)
from learning.selectors.classes import assignment_to_start
from learning.services.attempts import (
    MAX_TIME_MS,
    answer_submit,
    attempt_retry_missed,
    attempt_start,
)

ARABIC_KEYS = (
    "ض ص ث ق ف غ ع ه خ ح ج د",
    "ش س ي ب ل ا ت ن م ك ط ذ",
    "ئ ء ؤ ر ى ة و ز ظ أ إ آ",
)
# The keyboard's rows, written once: looping over its 36 keys in the template was a quarter of
# the processor time of rendering a typed question's page.
KEY_ROWS = format_html_join(
    "",
    '<div class="key-row">{}</div>',
    (
        (
            format_html_join(
                "",
                '<button type="button" class="key" data-insert="{}">{}</button>',
                ((key, key) for key in row.split()),
            ),
        )
        for row in ARABIC_KEYS
    ),
)


@require_POST
@learner_required
def assignment_start(request: HttpRequest, assignment_id: int) -> HttpResponse:
    assignment = assignment_to_start(request.user, assignment_id)
    attempt = attempt_start(assignment=assignment, learner=request.user)
    return redirect("learning:attempt", attempt_id=attempt.pk)


@learner_required
def attempt_resume(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """Where the attempt stands: the first unanswered item, or the results."""
    attempt = _own_attempt(request, attempt_id)
    position = attempt_next_position(attempt, attempt_answers(attempt))
    if position is None:
        return redirect("learning:attempt_results", attempt_id=attempt.pk)
    return redirect("learning:attempt_question", attempt_id=attempt.pk, position=position + 1)


@learner_required
def attempt_question(request: HttpRequest, attempt_id: int, position: int) -> HttpResponse:
    """GET shows item ``position`` (1-based), with its feedback once answered; POST answers it."""
    index = position - 1
    attempt = _own_attempt(request, attempt_id, answer_at=index)
    if not 0 <= index < len(attempt.item_versions):
        raise Http404
    item = attempt_item(attempt, index)
    answer = Answer.objects.get(pk=attempt.answer_id) if attempt.answer_id else None
    error = ""
    if request.method == "POST" and answer is None:
        try:
            given = item.given_from_form(request.POST)
        except GivenError:
            error = (
                _("Give each place once: every part its own number.")
                if item.type == "ordering" and _places_repeated(request.POST)
                else _("Choose or type an answer first.")
            )
        else:
            answer = answer_submit(
                attempt=attempt,
                position=index,
                given=given,
                time_taken_ms=_elapsed(request.POST.get("elapsed_ms")),
                item=item,
            ).answer
            if not request.htmx:
                return redirect(
                    "learning:attempt_question", attempt_id=attempt.pk, position=position
                )
    elif request.method == "POST" and not request.htmx:
        return redirect("learning:attempt_question", attempt_id=attempt.pk, position=position)
    if answer is None:  # the form is shown: its hint (judging and feedback never use it)
        item = hint_corrected(attempt, item)
    context = _item_context(attempt, index, item, answer)
    context["error"] = error
    kept = request.POST if error else {}
    context["match_rows"] = [
        (left, kept.get(f"match-{i}", "")) for i, left in enumerate(item.lefts or ())
    ]
    context["order_rows"] = [
        (text, kept.get(f"order-{i}", "")) for i, text in enumerate(item.ordering_choices or ())
    ]
    template = "learning/quiz/_item.html" if request.htmx else "learning/quiz/question.html"
    return render(request, template, context)


@learner_required
def attempt_results(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    answered = attempt_answers(attempt)
    if attempt_next_position(attempt, answered) is not None:
        return redirect("learning:attempt", attempt_id=attempt.pk)
    items = attempt_items(attempt)
    missed = any(not answer.correct for answer in answered.values())
    text = attempt_article_text(attempt) if missed else ""
    review = [
        {
            "position": index + 1,
            "item": item,
            "answer": answered[index],
            "given": given_text(answered[index].given),
            "support": support_sentences(attempt, item, text)
            if not answered[index].correct and item.type != "matching"
            else [],
            "pair_rows": _pair_rows(attempt, item, text)
            if not answered[index].correct and item.type == "matching"
            else [],
        }
        for index, item in enumerate(items)
    ]
    missed = sum(1 for answer in answered.values() if not answer.correct)
    return render(
        request,
        "learning/quiz/results.html",
        {
            "attempt": attempt,
            "score": attempt_score(attempt, answered),
            "review": review,
            "missed": missed,
        },
    )


@require_POST
@learner_required
def attempt_retry(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """Start a new attempt on the items missed in this one (or resume the open attempt)."""
    attempt = _own_attempt(request, attempt_id)
    retry = attempt_retry_missed(attempt=attempt)
    if retry is None:
        return redirect("learning:attempt", attempt_id=attempt.pk)
    return redirect("learning:attempt", attempt_id=retry.pk)


def _own_attempt(request: HttpRequest, attempt_id: int, answer_at: int | None = None) -> Attempt:
    """The learner's attempt (404 if not theirs); the navigation's teacher check is answered
    by the same query."""
    attempt = attempt_of_learner(request.user, attempt_id, answer_at=answer_at)
    request_is_teacher_known(request, in_teachers_group=attempt.learner_in_teachers)
    return attempt


def _item_context(attempt: Attempt, index: int, item: QuizItem, answer: Answer | None) -> dict:
    total = len(attempt.item_versions)
    context = {
        "attempt": attempt,
        "item": item,
        "type_label": type_label(item.type),
        "position": index + 1,
        "total": total,
        "percent_done": round(100 * index / total) if total else 0,
        "answer": answer,
        "key_rows": KEY_ROWS,
        "is_last": index + 1 == total,
    }
    if answer is not None:
        context["given"] = given_text(answer.given)
        context["expected"] = item.expected_text()
        # A matching item's support is every paragraph it was drawn from: each pair gets its
        # own sentence instead.
        shown = answer.verdict != "correct" and item.type != "matching"
        context["support"] = support_sentences(attempt, item) if shown else []
        if answer.verdict != "correct" and item.type == "matching":
            context["pair_rows"] = _pair_rows(attempt, item)
        context["differences"] = _differences(item, answer, context["expected"])
    return context


def _pair_rows(attempt: Attempt, item: QuizItem, text: str | None = None) -> list:
    """Each pair of a matching item with the article's sentence behind it."""
    if text is None:
        text = attempt_article_text(attempt)
    return pair_sentences(item.pairs, support_sentences(attempt, item, text) or [text])


def _places_repeated(post) -> bool:
    """Whether a refused ordering gave one place to two parts."""
    places = [value for key, value in post.items() if key.startswith("order-") and value]
    return len(places) != len(set(places))


def _differences(item: QuizItem, answer: Answer, expected: str) -> list:
    """What a typed answer got otherwise: the letters of a right one (spelling), a note on a
    correct one, the article, a joined letter or a letter of a wrong one."""
    if item.type != "typed":
        return []
    if answer.verdict == "wrong":
        shown_before, _after = shown_clitics(item.prompt)
        return list(wrong_notes(given_text(answer.given), expected, shown_before))
    return list(item.judge(answer.given).differences)


def _elapsed(value: str | None) -> int:
    """The time the page says the learner took; anything absurd (inf, nan, huge) counts as 0
    or the longest time stored."""
    try:
        milliseconds = float(value or 0)
    except ValueError:
        return 0
    if not math.isfinite(milliseconds) or milliseconds < 0:
        return 0
    return int(min(milliseconds, MAX_TIME_MS))
