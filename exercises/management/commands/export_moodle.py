from django.core.management.base import BaseCommand, CommandParser

from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.management.export_command import (
    SOURCE_HELP,
    add_output_argument,
    load_sources,
    write_output,
)


class Command(BaseCommand):
    help = "Export approved items as a Moodle quiz: Moodle XML (default) or GIFT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", help=SOURCE_HELP)
        add_output_argument(parser)
        parser.add_argument("--format", choices=["xml", "gift"], default="xml")
        parser.add_argument(
            "--ordering",
            choices=["matching", "ordering"],
            default="matching",
            help="ordering items as matching questions (any Moodle) or as Moodle's ordering "
            "questions (Moodle 4.4 or the ordering plugin), in XML and in GIFT",
        )

    def handle(self, *args, **options) -> None:
        articles = load_sources(options["sources"])
        if options["format"] == "gift":
            data = gift_bytes(articles, ordering=options["ordering"])
        else:
            data = moodle_xml_bytes(articles, ordering=options["ordering"])
        self.stdout.write(write_output(options["output"], data))
