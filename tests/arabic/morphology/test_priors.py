"""Lemma priors learnt from form frequencies, and the clitic count."""

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.priors import build_priors, lemma_key, reading_prior


def reading(lemma_id, pos="NOUN", tag="N/NOUN", prefixes=(), suffixes=()):
    return Analysis(
        lemma=lemma_id,
        lemma_vocalized=lemma_id,
        vocalized=lemma_id,
        pos=pos,
        tag=tag,
        stem=lemma_id,
        prefixes=prefixes,
        suffixes=suffixes,
        lemma_id=lemma_id,
    )


def test_a_lemma_that_explains_more_forms_gets_more_of_a_shared_form():
    # "ab" is ambiguous between lemmas A and B; only A also explains the frequent "ac".
    table = {
        "ab": (reading("A_1"), reading("B_1")),
        "ac": (reading("A_1"),),
    }
    priors = build_priors([("ab", 0.5), ("ac", 0.5)], table.__getitem__, iterations=3)
    assert priors["lemma"]["A"] > priors["lemma"]["B"]


def test_the_start_breaks_ties_between_lemmas_that_share_every_form():
    table = {
        "x": (reading("A_1", "VERB", "PV/VERB_PERFECT"), reading("B_1", "VERB", "PV/VERB_PERFECT"))
    }
    priors = build_priors([("x", 1.0)], table.__getitem__, initial={"A": 1.0, "B": 10.0})
    assert priors["lemma"]["B"] > priors["lemma"]["A"]


def test_senses_share_one_prior():
    assert lemma_key("mar~ap_1") == lemma_key("mar~ap_2") == "mar~ap"


def test_a_rare_inflection_weighs_less_than_a_common_one():
    # The shipped priors: a second person feminine plural pronoun on لِ (لَكُنَّ "to you")
    # is far rarer than however (لٰكِنَّ); both are written لكن.
    from exercises.arabic.morphology.analyzer import default_analyzer

    readings = default_analyzer().analyze("لكن")
    to_you = next(a for a in readings if "PRON_2FP" in "".join(a.suffixes))
    however = next(a for a in readings if a.gloss == "however")
    assert reading_prior(however) > reading_prior(to_you)
