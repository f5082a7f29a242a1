"""``python manage.py evaluate PATH``: lemma and UPOS accuracy against a CoNLL-U treebank.

``--cv`` compares the rules and the learned ranker by k-fold cross-validation over the
treebank's sentences (the ranker is trained on k-1 folds and scored on the last), with 95%
bootstrap intervals.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from exercises.arabic.evaluation.conllu import read_conllu
from exercises.arabic.evaluation.crossval import cross_validate, figures, format_cv, gold_words
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
        parser.add_argument(
            "--learned",
            action="store_true",
            help="also score the shipped learned ranker (trained on PUD: not a fair figure there)",
        )
        parser.add_argument(
            "--cv",
            action="store_true",
            help="cross-validate the learned ranker against the rules, side by side",
        )
        parser.add_argument("--folds", type=int, default=10, help="k of k-fold (with --cv)")

    def handle(self, *args, **options) -> None:
        try:
            sentences = read_conllu(options["path"], limit=options["limit"])
        except OSError as error:
            raise CommandError(f"cannot read {options['path']}: {error}") from error
        self.stdout.write(f"{len(sentences)} sentences from {options['path']}")
        if options["cv"]:
            words = gold_words(sentences)
            counts = cross_validate(words, len(sentences), folds=options["folds"])
            self.stdout.write(format_cv(figures(counts), folds=options["folds"], words=len(words)))
            return
        strategies = ["context"]
        if options["learned"]:
            strategies.append("learned")
        if options["baseline"]:
            strategies.append("first")
        results = evaluate(sentences, strategies=strategies)
        self.stdout.write(format_report(results, errors=options["errors"]))
