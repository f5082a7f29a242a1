"""Learners' side: classes, assignments, attempts, answers, word progress and spaced review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

User = settings.AUTH_USER_MODEL


class Classroom(models.Model):
    """A teacher's class; learners join it with its join code."""

    name = models.CharField(_("name"), max_length=150)
    teacher = models.ForeignKey(User, on_delete=models.CASCADE, related_name="classrooms_taught")
    join_code = models.CharField(max_length=12, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined", "id"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "learner"], name="one_membership"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} in {self.classroom}"


class Assignment(models.Model):
    """An approved exercise set given to a class, with an optional due date."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    exercise_set = models.ForeignKey(
        "exercises.ExerciseSet", on_delete=models.PROTECT, related_name="assignments"
    )
    due_date = models.DateField(null=True, blank=True)
    assigned_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "exercise_set"], name="one_assignment"),
        ]

    def __str__(self) -> str:
        return f"{self.exercise_set} for {self.classroom}"


class Attempt(models.Model):
    """One go at an assignment. The item versions are fixed when it starts, in order."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="attempts")
    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    item_versions = models.JSONField(default=list)  # ItemVersion ids, in the order asked
    # A retry asks only the items missed in the attempt it retries; scores leave it out.
    retry_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="retries"
    )
    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "learner", "number"], name="one_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["assignment", "learner"],
                condition=Q(finished__isnull=True),
                name="one_open_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"attempt {self.number} of {self.learner} on {self.assignment_id}"


class Answer(models.Model):
    """One answer as it was given; it points at the frozen item version that was asked."""

    class Verdict(models.TextChoices):
        CORRECT = "correct", _("Correct")
        SPELLING = "spelling", _("Correct, mind the spelling")
        PARTIAL = "partial", _("Partly correct")
        WRONG = "wrong", _("Wrong")

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="answers")
    item_version = models.ForeignKey(
        "exercises.ItemVersion", on_delete=models.PROTECT, related_name="answers"
    )
    position = models.PositiveIntegerField()
    item_type = models.CharField(max_length=20)
    given = models.JSONField()
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    correct = models.BooleanField()
    score = models.FloatField()  # 0..1
    time_taken_ms = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "item_version"], name="one_answer_per_item"),
        ]
        indexes = [models.Index(fields=["learner", "created"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.item_version} · {self.verdict}"


class WordStatus(models.TextChoices):
    NEW = "new", _("New")
    LEARNING = "learning", _("Learning")
    KNOWN = "known", _("Known")
    IGNORED = "ignored", _("Ignored")


class WordProgress(models.Model):
    """A learner's status and spaced-repetition card for one lemma (not one written form)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="word_progress")
    lemma = models.CharField(max_length=100)
    lemma_vocalized = models.CharField(max_length=120, blank=True)
    gloss = models.CharField(max_length=500, blank=True)
    root = models.CharField(max_length=10, blank=True)
    pos = models.CharField(max_length=10, blank=True)
    example = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=WordStatus.choices, default=WordStatus.NEW)
    card = models.JSONField(null=True, blank=True)  # fsrs Card.to_dict()
    due = models.DateTimeField(null=True, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["lemma"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "lemma"], name="one_progress_per_lemma"),
        ]
        indexes = [models.Index(fields=["learner", "status", "due"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.lemma} · {self.status}"


class StatusChange(models.Model):
    """Every change of a word's status, so that 'words known over time' can be drawn."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="status_changes")
    lemma = models.CharField(max_length=100)
    status = models.CharField(max_length=10, choices=WordStatus.choices)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["learner", "at"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.lemma} -> {self.status}"


class LearnerTerm(models.Model):
    """A run of adjacent words of an article that a learner keeps as one term, with a status
    like a word's (tokens are the article's own indices, the last one included)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="terms")
    article = models.ForeignKey(
        "exercises.Article", on_delete=models.CASCADE, related_name="learner_terms"
    )
    first_token = models.PositiveIntegerField()
    last_token = models.PositiveIntegerField()
    text = models.CharField(max_length=300)
    vocalized = models.CharField(max_length=400, blank=True)
    status = models.CharField(
        max_length=10, choices=WordStatus.choices, default=WordStatus.LEARNING
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "first_token", "last_token"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "article", "first_token", "last_token"],
                name="one_term_per_span",
            ),
            models.CheckConstraint(
                condition=Q(first_token__lt=models.F("last_token")),
                name="term_of_two_words_or_more",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.text} · {self.status}"


class Review(models.Model):
    """One FSRS rating of a learner's card: from the review page or fed by a quiz answer."""

    class Source(models.TextChoices):
        REVIEW = "review", _("Review")
        QUIZ = "quiz", _("Quiz")

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="reviews")
    lemma = models.CharField(max_length=100)
    rating = models.PositiveSmallIntegerField()  # fsrs.Rating: 1 Again, 2 Hard, 3 Good, 4 Easy
    source = models.CharField(max_length=10, choices=Source.choices)
    reviewed_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    due_after = models.DateTimeField()

    class Meta:
        ordering = ["reviewed_at", "id"]
        indexes = [models.Index(fields=["learner", "reviewed_at"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.lemma} rated {self.rating}"


class TeacherInvite(models.Model):
    """A code an admin gives a school's teachers: signing up with it makes a teacher account,
    until it expires or has been used ``max_uses`` times."""

    code = models.CharField(max_length=40, unique=True)
    note = models.CharField(max_length=200, blank=True)
    max_uses = models.PositiveIntegerField(default=1)
    uses = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.code


class Preference(models.Model):
    """A user's choices for the interface: the digits numbers are shown in, in Arabic."""

    class Digits(models.TextChoices):
        WESTERN = "western", _("Western digits (0 1 2)")
        ARABIC_INDIC = "arabic_indic", _("Arabic-Indic digits (٠ ١ ٢)")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="preference")
    digits = models.CharField(max_length=12, choices=Digits.choices, default=Digits.WESTERN)

    def __str__(self) -> str:
        return f"{self.user} · {self.digits}"
