"""``python manage.py evaluate PATH``: lemma and UPOS accuracy against a CoNLL-U treebank."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from exercises.arabic.evaluation.conllu import read_conllu
from exercises.arabic.evaluation.report import format_report
from exercises.arabic.evaluation.scoring import evaluate


class Command(BaseCommand):
    help = (
        "Score our lemmas and parts of speech against a gold CoNLL-U file "
        "(e.g. UD Arabic PUD); see exercises/arabic/evaluation/scoring.py for how words are compared."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="a CoNLL-U file with # text lines")
        parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
        parser.add_argument(
            "--baseline",
            action="store_true",
            help="also score the lexicon's first analysis of each word",
        )
        parser.add_argument(
            "--errors",
            type=int,
            default=0,
            metavar="N",
            help="list the N most frequent UPOS confusions and lemma errors",
        )

    def handle(self, *args, **options) -> None:
        try:
            sentences = read_conllu(options["path"], limit=options["limit"])
        except OSError as error:
            raise CommandError(f"cannot read {options['path']}: {error}") from error
        strategies = ("context", "first") if options["baseline"] else ("context",)
        results = evaluate(sentences, strategies=strategies)
        self.stdout.write(f"{len(sentences)} sentences from {options['path']}")
        self.stdout.write(format_report(results, errors=options["errors"]))
