from django.core.management.base import BaseCommand, CommandParser

from exercises.services.articles import articles_reanalyze


class Command(BaseCommand):
    help = (
        "Analyse again every article whose stored analysis was made by another version of the "
        "analyser (--all: every article)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="redo every article")

    def handle(self, *args, **options) -> None:
        count = articles_reanalyze(stale_only=not options["all"])
        self.stdout.write(f"{count} article(s) analysed again.")
