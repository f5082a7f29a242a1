from django.core.management.base import BaseCommand, CommandParser

from exercises.exports.anki import anki_deck_bytes
from exercises.management.export_command import (
    SOURCE_HELP,
    add_output_argument,
    load_sources,
    write_output,
)


class Command(BaseCommand):
    help = "Export an Anki deck (.apkg): vocabulary notes both ways and cloze notes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", help=SOURCE_HELP)
        add_output_argument(parser)
        parser.add_argument("--deck", default=None, help="deck name (parent deck for several)")
        parser.add_argument("--no-cloze", action="store_true", help="vocabulary notes only")

    def handle(self, *args, **options) -> None:
        articles = load_sources(options["sources"])
        data = anki_deck_bytes(
            articles, include_cloze=not options["no_cloze"], deck_name=options["deck"]
        )
        self.stdout.write(write_output(options["output"], data))
