"""Export files of an article (PDF worksheet, Anki deck, Moodle XML, GIFT, CSV) as bytes.

Shared by the download page, which makes a small article's file at once, and the export job,
which makes a large one's in the background (``LARGE_EXPORT_WORDS``).
"""

from __future__ import annotations

from typing import Any

from django.utils.text import slugify

from exercises.exports.anki import anki_deck_bytes
from exercises.exports.article import with_vocabulary_from_level
from exercises.exports.csv_export import vocabulary_csv_bytes
from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.models import Article, ExerciseSet
from exercises.selectors.articles import article_vocabulary
from exercises.selectors.exports import export_article

# format: (content type, file name extension)
FORMATS = {
    "apkg": ("application/octet-stream", "apkg"),
    "moodle": ("application/xml; charset=utf-8", "xml"),
    "gift": ("text/plain; charset=utf-8", "gift.txt"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "pdf": ("application/pdf", "pdf"),
}
# An article of more words than this is exported by a job (the CSV, a list of words, never is).
LARGE_EXPORT_WORDS = 20_000
BACKGROUND_FORMATS = frozenset({"apkg", "moodle", "gift", "pdf"})


def export_in_background(article: Article, fmt: str) -> bool:
    return fmt in BACKGROUND_FORMATS and article.word_count > LARGE_EXPORT_WORDS


def export_bytes(
    article: Article,
    fmt: str,
    *,
    exercise_set: ExerciseSet | None = None,
    pdf_options: dict[str, Any] | None = None,
    ordering: str = "matching",
) -> bytes:
    """The file's content.

    Args:
        exercise_set: the set whose approved items go with the article, if any.
        pdf_options: the worksheet form's cleaned data (``vocabulary_level`` and the
            ``WorksheetOptions`` fields); for ``pdf`` only.
        ordering: ``"ordering"`` for Moodle's ordering questions (Moodle and GIFT), else
            ordering items go as matching.
    """
    if fmt == "csv":
        return vocabulary_csv_bytes(article_vocabulary(article).words)
    data = export_article(article, exercise_set=exercise_set)
    if fmt == "pdf":
        options = dict(pdf_options or {})
        level = options.pop("vocabulary_level", None) or None
        return worksheet_pdf_bytes(
            with_vocabulary_from_level(data, level), WorksheetOptions(**options)
        )
    if fmt == "apkg":
        return anki_deck_bytes([data])
    exporter = {"moodle": moodle_xml_bytes, "gift": gift_bytes}[fmt]
    return exporter([data], ordering=ordering)


def export_filename(article: Article, fmt: str) -> str:
    name = slugify(f"article-{article.pk}") or "article"
    return f"{name}.{FORMATS[fmt][1]}"
