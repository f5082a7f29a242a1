from django.core.management.base import BaseCommand, CommandParser

from exercises.exports.anki import anki_deck_bytes
from exercises.exports.anki_words import MY_WORDS_DECK, my_words_deck_bytes
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
        parser.add_argument(
            "--my-words",
            action="store_true",
            help="one deck of words across the articles, one note per word (no cloze notes)",
        )

    def handle(self, *args, **options) -> None:
        articles = load_sources(options["sources"])
        if options["my_words"]:
            data = my_words_deck_bytes(articles, deck_name=options["deck"] or MY_WORDS_DECK)
        else:
            data = anki_deck_bytes(
                articles, include_cloze=not options["no_cloze"], deck_name=options["deck"]
            )
        self.stdout.write(write_output(options["output"], data))
