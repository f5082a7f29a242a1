import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary
from exercises.generators.items import GenerationOptions, Item, item_fields
from exercises.generators.registry import generate
from exercises.management.article_source import is_article_id, read_text_argument
from exercises.models import Article
from exercises.selectors.articles import article_analysis

KINDS = ("cloze", "comprehension", "roots")


class Command(BaseCommand):
    help = "Generate exercise items for an article (id, or a path: then no database is used)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article", help="an article id, a .txt/.md path, or - for stdin")
        parser.add_argument("--json", action="store_true", help="print JSON (the default)")
        parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
        parser.add_argument("--count", type=int, default=20, help="items per kind, at most")
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--level", default=None, help="cloze words up to this level (A1-C2)")
        parser.add_argument("--typed", action="store_true", help="typed cloze answers")
        parser.add_argument("--keep-clitics", action="store_true", help="blank only the stem")

    def handle(self, *args, **options) -> None:
        kinds = tuple(kind.strip() for kind in options["kinds"].split(",") if kind.strip())
        unknown = [kind for kind in kinds if kind not in KINDS]
        if unknown or not kinds:
            raise CommandError(f"Unknown kinds {unknown}; choose from {', '.join(KINDS)}.")
        if options["count"] < 1:
            raise CommandError("--count must be at least 1.")
        generation = GenerationOptions(
            kinds=kinds,
            count=options["count"],
            level=options["level"],
            seed=options["seed"],
            cloze_typed=options["typed"],
            keep_clitics=options["keep_clitics"],
        )
        source = options["article"]
        if is_article_id(source):
            article = Article.objects.filter(pk=int(source)).first()
            if article is None:
                raise CommandError(f"There is no article with id {source}.")
            analysed = article_analysis(article)
        else:
            analysed = analyze_text(read_text_argument(source))
        label = f"article {source}" if is_article_id(source) else source
        items = generate(analysed, build_vocabulary(analysed), generation, label=label)
        report = {"items": [item_report(item) for item in items]}
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))


REPORTED = ("kind", "type", "subtype", "prompt", "instruction", "options", "answer", "pairs",
            "sequence", "hint")  # fmt: skip


def item_report(item: Item) -> dict:
    fields = item_fields(item)
    support = (
        {"start": min(s.start for s in item.support), "end": max(s.end for s in item.support)}
        if item.support
        else None
    )
    return {"id": item.key, **{name: fields[name] for name in REPORTED}, "support": support}
