from django.core.management.base import BaseCommand, CommandError, CommandParser

from exercises.arabic.frequency import LEVELS
from exercises.exports.article import with_vocabulary_from_level
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.management.export_command import (
    SOURCE_HELP,
    add_output_argument,
    load_sources,
    write_output,
)

SECTIONS = ("article", "vocabulary", "names", "cloze", "comprehension", "roots")


class Command(BaseCommand):
    help = "Export a printable PDF worksheet with the sections you choose and an answer key."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help=SOURCE_HELP)
        add_output_argument(parser)
        parser.add_argument(
            "--sections", default=",".join(SECTIONS), help=f"comma-separated: {','.join(SECTIONS)}"
        )
        parser.add_argument(
            "--line-numbers", action="store_true", help="number the article's lines"
        )
        parser.add_argument("--no-answer-key", action="store_true")
        parser.add_argument("--no-header", action="store_true", help="no name / class / date line")
        parser.add_argument("--no-word-bank", action="store_true", help="options under each cloze")
        parser.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
        parser.add_argument("--title", default="")
        parser.add_argument(
            "--vocabulary-level",
            choices=LEVELS,
            default=None,
            help="list only the words at this level and harder (e.g. B1: B1 to C2)",
        )

    def handle(self, *args, **options) -> None:
        sections = {s.strip() for s in options["sections"].split(",") if s.strip()}
        unknown = sections - set(SECTIONS)
        if unknown or not sections:
            raise CommandError(
                f"Unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}."
            )
        (article,) = load_sources([options["source"]])
        worksheet = WorksheetOptions(
            header=not options["no_header"],
            line_numbers=options["line_numbers"],
            word_bank=not options["no_word_bank"],
            answer_key=not options["no_answer_key"],
            page_size=options["page_size"],
            title=options["title"],
            **{section: section in sections for section in SECTIONS},
        )
        article = with_vocabulary_from_level(article, options["vocabulary_level"])
        self.stdout.write(write_output(options["output"], worksheet_pdf_bytes(article, worksheet)))
