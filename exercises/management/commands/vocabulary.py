import json
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError, CommandParser

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary, sort_entries
from exercises.management.article_source import is_article_id, read_text_argument
from exercises.models import Article
from exercises.selectors.articles import article_vocabulary


class Command(BaseCommand):
    help = "Print an article's vocabulary: content words and names, as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article", help="an article id, a .txt/.md path, or - for stdin")
        parser.add_argument("--json", action="store_true", help="print JSON (the default)")
        parser.add_argument("--order", choices=["appearance", "level"], default="appearance")

    def handle(self, *args, **options) -> None:
        source = options["article"]
        if is_article_id(source):
            article = Article.objects.filter(pk=int(source)).first()
            if article is None:
                raise CommandError(f"There is no article with id {source}.")
            vocabulary = article_vocabulary(article, order=options["order"])
        else:
            vocabulary = build_vocabulary(analyze_text(read_text_argument(source)))
        words = sort_entries(list(vocabulary.words), options["order"])
        report = {
            "words": [entry_report(entry) for entry in words],
            "names": [entry_report(entry) for entry in vocabulary.names],
        }
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))


def entry_report(entry: VocabularyEntry) -> dict:
    data = asdict(entry)
    data["example"] = {"start": entry.example.start, "end": entry.example.end}
    data["forms"] = list(entry.forms)
    # a teacher's correction shows what it replaced; a learner's note is nobody else's
    del data["note"]
    for field in ("automatic_gloss", "automatic_vocalized"):
        if not data[field]:
            del data[field]
    return data
