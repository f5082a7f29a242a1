"""Teacher pages: classes, assignments, the class dashboard and its CSV files."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from exercises.exports.csv_export import BOM, write_safe_rows
from learning.forms import AssignForm, ClassroomForm
from learning.item_stats import MIN_ANSWERS
from learning.permissions import teacher_required
from learning.selectors.class_dashboard import (
    class_item_tables,
    class_learner_rows,
    class_result_rows,
    item_statistics_rows,
)
from learning.selectors.classes import (
    assignable_sets,
    assignment_of_teacher,
    classroom_of_teacher,
    classrooms_of_teacher,
)
from learning.services.classes import ClassError, assignment_create, classroom_create


@teacher_required
def class_list(request: HttpRequest) -> HttpResponse:
    form = ClassroomForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            classroom = classroom_create(teacher=request.user, name=form.cleaned_data["name"])
        except ClassError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("Class created. Give your learners its join code."))
            return redirect("teach:class_detail", classroom_id=classroom.pk)
    classrooms = classrooms_of_teacher(request.user).prefetch_related("memberships")
    return render(
        request, "learning/teach/class_list.html", {"form": form, "classrooms": classrooms}
    )


@teacher_required
def class_detail(request: HttpRequest, classroom_id: int) -> HttpResponse:
    classroom = classroom_of_teacher(request.user, classroom_id)
    form = AssignForm(request.POST or None, sets=assignable_sets(classroom))
    if request.method == "POST" and form.is_valid():
        try:
            assignment_create(
                classroom=classroom,
                exercise_set=form.cleaned_data["exercise_set"],
                due_date=form.cleaned_data["due_date"],
                user=request.user,
            )
        except ClassError as error:
            form.add_error("exercise_set", str(error))
        else:
            messages.success(request, _("Exercise set assigned to the class."))
            return redirect("teach:class_detail", classroom_id=classroom.pk)
    return render(
        request,
        "learning/teach/class_detail.html",
        {
            "classroom": classroom,
            "form": form,
            "members": classroom.memberships.select_related("learner"),
            "assignments": classroom.assignments.select_related("exercise_set__article"),
            "any_approved": assignable_sets().exists(),
        },
    )


@teacher_required
def class_dashboard(request: HttpRequest, classroom_id: int) -> HttpResponse:
    classroom = classroom_of_teacher(request.user, classroom_id)
    assignments = list(classroom.assignments.select_related("exercise_set", "classroom"))
    return render(
        request,
        "learning/teach/class_dashboard.html",
        {
            "classroom": classroom,
            "assignments": assignments,
            "rows": class_learner_rows(classroom, assignments),
            "item_tables": class_item_tables(classroom.pk, assignments),
            "min_answers": MIN_ANSWERS,
        },
    )


@teacher_required
def class_results_csv(request: HttpRequest, classroom_id: int) -> HttpResponse:
    classroom = classroom_of_teacher(request.user, classroom_id)
    return _csv(class_result_rows(classroom), f"class-{classroom.pk}-results.csv")


@teacher_required
def assignment_items_csv(request: HttpRequest, assignment_id: int) -> HttpResponse:
    assignment = assignment_of_teacher(request.user, assignment_id)
    return _csv(item_statistics_rows(assignment), f"assignment-{assignment.pk}-items.csv")


def _csv(rows: list[list[str]], filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BOM)  # so that spreadsheet programs read the Arabic as UTF-8
    write_safe_rows(response, rows)  # no cell runs as a formula
    return response
