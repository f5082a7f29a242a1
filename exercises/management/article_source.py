"""How commands accept an article: an id in the database, a file path, or "-" for stdin."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import CommandError

from exercises.article_files import ArticleFileError, decode_article, read_article_file


def read_text_argument(value: str) -> str:
    """The article text from a path or "-" (stdin), checked like an import."""
    try:
        if value == "-":
            return decode_article(sys.stdin.buffer.read(), name="Standard input").text
        return read_article_file(Path(value)).text
    except ArticleFileError as error:
        raise CommandError(str(error)) from None


def is_article_id(value: str) -> bool:
    return value.isdigit() and not Path(value).exists()
