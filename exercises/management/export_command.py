"""Shared parts of the export commands: sources in, a file out, errors in the user's terms."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError, CommandParser

from exercises.article_files import ArticleFileError
from exercises.exports.article import ExportArticle
from exercises.services.export_sources import ExportSourceError, export_source

SOURCE_HELP = "an article id, set:SET_ID, or a .txt/.md file (imported once, idempotently)"


def add_output_argument(parser: CommandParser) -> None:
    parser.add_argument("-o", "--output", required=True, help="the file to write")


def load_sources(values: list[str]) -> list[ExportArticle]:
    try:
        return [export_source(value) for value in values]
    except (ExportSourceError, ArticleFileError) as error:
        raise CommandError(str(error)) from None


def write_output(path: str, data: bytes) -> str:
    target = Path(path)
    if not target.parent.exists():
        raise CommandError(f"The folder {target.parent} does not exist.")
    target.write_bytes(data)
    return f"Wrote {target} ({len(data):,} bytes)."
