import json

from django.core.management.base import BaseCommand, CommandParser

from exercises.arabic.analysis_json import analysis_report
from exercises.arabic.pipeline import analyze_text
from exercises.management.article_source import read_text_argument


class Command(BaseCommand):
    help = "Analyse an Arabic text (a file, or - for standard input) without the database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a .txt or .md file, or - to read standard input")
        parser.add_argument("--json", action="store_true", help="print JSON (the default)")

    def handle(self, *args, **options) -> None:
        analysed = analyze_text(read_text_argument(options["path"]))
        self.stdout.write(json.dumps(analysis_report(analysed), ensure_ascii=False, indent=1))
