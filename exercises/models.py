from __future__ import annotations

from django.conf import settings
from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=300)
    text = models.TextField()
    source = models.CharField(max_length=500, blank=True)
    # Importing the same text twice must not make a second article: the hash of the normalized
    # text identifies it.
    content_hash = models.CharField(max_length=64, unique=True)
    analysis = models.JSONField(default=dict, blank=True)
    analysis_version = models.CharField(max_length=40, blank=True)
    word_count = models.PositiveIntegerField(default=0)
    # A new random value at every teacher correction of the vocabulary: part of the cached
    # vocabulary's key, so every process serves the corrected words without asking the database
    # each time (blank: never corrected).
    vocabulary_edit = models.CharField(max_length=32, blank=True, default="")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_added",
    )
    # A learner's own reading is theirs alone; an article with no owner here is in the library
    # every teacher and learner sees.
    private_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="private_articles",
    )
    created = models.DateTimeField(auto_now_add=True)
    # title and text folded for search (exercises.search_keys), kept by the services that write
    search_key = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return self.title


class VocabularyWord(models.Model):
    """One lemma of an article's vocabulary (or one proper name, when ``is_name``)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="vocabulary")
    lemma = models.CharField(max_length=100)
    lemma_vocalized = models.CharField(max_length=120)
    gloss = models.CharField(max_length=500, blank=True)
    pos = models.CharField(max_length=10)
    root = models.CharField(max_length=10, blank=True)
    count = models.PositiveIntegerField()
    zipf = models.FloatField()
    level = models.CharField(max_length=2)
    example_start = models.PositiveIntegerField()
    example_end = models.PositiveIntegerField()
    first_token = models.PositiveIntegerField()
    forms = models.JSONField(default=list)
    is_name = models.BooleanField(default=False)
    # The lemma's other senses, shown after the gloss (the gloss is the sense in the article).
    other_glosses = models.JSONField(default=list, blank=True)
    # lemma, forms and glosses folded for search (exercises.search_keys)
    search_key = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["first_token"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "lemma_vocalized", "pos", "is_name"], name="one_entry_per_lemma"
            )
        ]

    def __str__(self) -> str:
        return self.lemma_vocalized


class ExerciseSet(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="exercise_sets")
    title = models.CharField(max_length=300, blank=True)
    options = models.JSONField(default=dict)
    seed = models.IntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    generator_version = models.CharField(max_length=40)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return self.title or f"Set {self.pk} for {self.article}"


class Item(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    exercise_set = models.ForeignKey(ExerciseSet, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    key = models.CharField(max_length=120)
    kind = models.CharField(max_length=20)
    type = models.CharField(max_length=20)
    subtype = models.CharField(max_length=40, blank=True)
    prompt = models.TextField()
    instruction = models.CharField(max_length=300, blank=True)
    options = models.JSONField(default=list)
    answer = models.TextField(blank=True)
    pairs = models.JSONField(default=list)
    sequence = models.JSONField(default=list)
    support = models.JSONField(default=list)  # [[start, end], ...] into the article text
    hint = models.CharField(max_length=300, blank=True)
    explanation = models.TextField(blank=True)
    difficulty = models.FloatField(default=0.5)
    lemma = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    edited = models.BooleanField(default=False)  # a teacher changed it: regeneration keeps it
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["exercise_set", "key"], name="one_item_per_key"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}/{self.type} #{self.position}"


class ItemVersion(models.Model):
    """A frozen copy of an item as it was at one version; answers point here, so later edits
    never change what a learner was asked."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    content = models.JSONField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["item", "version"]
        constraints = [
            models.UniqueConstraint(fields=["item", "version"], name="one_row_per_item_version"),
        ]

    def __str__(self) -> str:
        return f"{self.item} v{self.version}"


class Job(models.Model):
    """Work done in the background (a Celery task, or in-process when no broker is set): its
    progress, and what it made or why it failed. Progress lives here, not in a result backend,
    so a page can show it whichever way the work ran."""

    class Kind(models.TextChoices):
        IMPORT = "import", "Import an article"
        GENERATE = "generate", "Generate an exercise set"
        EXPORT = "export", "Export a file"

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    stage = models.CharField(max_length=40, blank=True)
    payload = models.JSONField(default=dict)
    error = models.TextField(blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL)
    exercise_set = models.ForeignKey(ExerciseSet, null=True, blank=True, on_delete=models.SET_NULL)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    result = models.BinaryField(null=True, blank=True)  # an export job's file

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} job {self.pk} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class VocabularyOverride(models.Model):
    """A teacher's correction of one word of an article's vocabulary. It is kept beside the
    automatic entry (never written into it), so re-analysing the article keeps the correction,
    the automatic value can still be shown, and deleting the row reverts the word."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="overrides")
    # The automatic entry's identity: its unvocalized lemma, vowelled lemma and part of speech.
    lemma = models.CharField(max_length=100)
    lemma_vocalized = models.CharField(max_length=120)
    pos = models.CharField(max_length=10)
    is_name = models.BooleanField(default=False)
    gloss = models.CharField(max_length=500)
    vocalized = models.CharField(max_length=120, blank=True)  # blank: the automatic vowels
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "lemma_vocalized", "pos", "is_name"],
                name="one_override_per_entry",
            )
        ]

    def __str__(self) -> str:
        return f"{self.lemma_vocalized}: {self.gloss}"


class WordNote(models.Model):
    """A learner's own note on a lemma, shown wherever that learner meets the word."""

    MAX_LENGTH = 300

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="word_notes"
    )
    lemma = models.CharField(max_length=100)
    text = models.CharField(max_length=MAX_LENGTH)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["lemma"]
        constraints = [
            models.UniqueConstraint(fields=["user", "lemma"], name="one_note_per_lemma"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lemma}"
