from django.core.management.base import BaseCommand, CommandParser

from exercises.exports.anki import anki_deck
from exercises.exports.anki_words import MY_WORDS_DECK, my_words_deck
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
            "--no-audio", action="store_true", help="no recorded speech (espeak-ng) in the notes"
        )
        parser.add_argument(
            "--my-words",
            action="store_true",
            help="one deck of words across the articles, one note per word (no cloze notes)",
        )

    def handle(self, *args, **options) -> None:
        articles = load_sources(options["sources"])
        audio = not options["no_audio"]
        if options["my_words"]:
            deck = my_words_deck(articles, deck_name=options["deck"] or MY_WORDS_DECK, audio=audio)
        else:
            deck = anki_deck(
                articles,
                include_cloze=not options["no_cloze"],
                deck_name=options["deck"],
                audio=audio,
            )
        if deck.audio_problem:
            self.stderr.write(deck.audio_problem)
        self.stdout.write(write_output(options["output"], deck.data))
