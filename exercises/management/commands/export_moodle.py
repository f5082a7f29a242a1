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

    def handle(self, *args, **options) -> None:
        articles = load_sources(options["sources"])
        exporter = gift_bytes if options["format"] == "gift" else moodle_xml_bytes
        self.stdout.write(write_output(options["output"], exporter(articles)))
