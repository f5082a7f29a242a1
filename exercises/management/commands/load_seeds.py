import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from exercises.article_files import ArticleFileError, read_article_file
from exercises.services.articles import article_import, articles_reanalyze


class Command(BaseCommand):
    help = "Import every article in seeds/ (idempotent); <name>.json beside it may give title and source."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dir", default=str(settings.SEEDS_DIR), help="the seeds folder")

    def handle(self, *args, **options) -> None:
        folder = Path(options["dir"])
        paths = sorted(p for p in folder.glob("*") if p.suffix.lower() in (".txt", ".md"))
        if not paths:
            raise CommandError(f"No .txt or .md articles in {folder}.")
        for path in paths:
            metadata = _metadata(path)
            try:
                text = read_article_file(path)
                article, created = article_import(
                    text=text.text,
                    title=metadata.get("title", "") or text.title_hint,
                    source=metadata.get("source", ""),
                )
            except ArticleFileError as error:
                raise CommandError(str(error)) from None
            state = "loaded" if created else "already loaded"
            self.stdout.write(f"{path.name}: {state} (article {article.pk})")
        redone = articles_reanalyze()
        if redone:
            self.stdout.write(f"{redone} article(s) analysed again with the current analyser.")


def _metadata(path: Path) -> dict:
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        return {}
    try:
        return json.loads(meta_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise CommandError(f"{meta_path.name} is not valid JSON: {error}") from None
