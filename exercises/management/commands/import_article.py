from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from exercises.article_files import (
    ArticleFileError,
    ArticleText,
    check_source,
    check_title,
    read_article_file,
)
from exercises.services.articles import article_import


class Command(BaseCommand):
    help = "Import Arabic articles from .txt or .md files (UTF-8, UTF-16 or Windows-1256)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="one or more .txt or .md files")
        parser.add_argument("--title", default="", help="the title (only with a single file)")
        parser.add_argument("--source", default="", help="where the article comes from")

    def handle(self, *args, **options) -> None:
        paths = [Path(p) for p in options["paths"]]
        if options["title"] and len(paths) > 1:
            raise CommandError("--title can only be given when importing a single file.")
        try:  # the rules article_import applies, told before any file is read
            check_title(options["title"])
            check_source(options["source"])
        except ArticleFileError as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        # Every file is read and checked before anything is saved: one bad file among several
        # leaves the database as it was.
        texts: list[tuple[Path, ArticleText]] = []
        errors = []
        for path in paths:
            try:
                texts.append((path, read_article_file(path)))
            except ArticleFileError as error:
                errors.append(str(error))
        if errors:
            raise CommandError("Nothing was imported.\n" + "\n".join(errors))
        try:
            with transaction.atomic():
                results = [
                    (
                        path,
                        *article_import(
                            text=text.text,
                            title=options["title"] or text.title_hint,
                            source=options["source"],
                        ),
                    )
                    for path, text in texts
                ]
        except ArticleFileError as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        for path, article, created in results:
            state = "imported" if created else "already imported"
            self.stdout.write(f"{path.name}: {state} as article {article.pk} «{article.title}»")
