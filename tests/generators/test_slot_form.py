"""Options in the form the slot needs: aspect, voice, stem, person, gender, number."""

from __future__ import annotations

import pytest

from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.priors import reading_prior
from exercises.generators.slot_form import reads_in_form, slot_form


def _reading(form: str, *, passive: bool = False):
    readings = [r for r in default_analyzer().analyze(form) if slot_form(r).passive == passive]
    return max(readings, key=reading_prior)


@pytest.mark.parametrize(
    ("answer", "option", "agrees"),
    [
        ("أطلقت", "قطعت", True),  # perfect, 3rd feminine singular, active
        ("تراجعت", "قيلت", False),  # passive only: "was said"
        ("وعاش", "وأقيم", False),  # passive "was held" for an active verb
        ("وشارك", "وأشعر", False),  # as likely "and I feel" as "and he notified"
        ("جاء", "قم", False),  # "stand up!"
        ("خاض", "تك", False),  # a doubled verb without its shadda
        ("تنضم", "تدم", False),  # the short stem of لم تدم
        ("تتراوح", "تتجاوز", True),
        ("يتطلب", "يقضي", True),
        ("أطلقت", "أطلقوا", False),  # person and number
        ("يعكس", "تعكس", False),  # gender
        ("البرنامج", "الرقم", True),
        ("البرنامج", "رقم", False),  # definiteness
    ],
)
def test_an_option_agrees_with_the_slot_only_in_its_form(answer, option, agrees):
    assert reads_in_form(default_analyzer(), option, _reading(answer)) is agrees
