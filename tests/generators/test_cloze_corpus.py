"""Cloze over the 40 corpus articles, default options: what a teacher would hand out unchanged.

``tests.generators.cloze_corpus.cloze_report`` lists every fault with its article and item;
each list here must be empty.
"""

from __future__ import annotations

import pytest

from exercises.generators.items import GenerationOptions
from tests.generators.cloze_corpus import cloze_report, corpus_articles


@pytest.fixture(scope="module")
def report() -> dict[str, list]:
    return cloze_report(GenerationOptions())


def test_no_two_cloze_items_share_a_sentence(report):
    assert report["shared_sentence"] == []


def test_no_item_shows_another_items_answer(report):
    assert report["revealing"] == []


def test_no_name_title_or_multiword_name_is_blanked(report):
    assert report["names_blanked"] == []


def test_no_option_is_a_name(report):
    assert report["name_options"] == []


def test_every_option_reads_with_the_answers_part_of_speech_and_shape(report):
    assert report["misshapen_options"] == []
    assert report["unlikely_options"] == []


def test_every_option_is_in_the_form_the_slot_needs(report):
    """Re-analysed, each option has the answer's aspect, voice, person, gender and number:
    no passive قيلت for تراجعت, no two-letter قم (an order) for جاء."""
    assert report["disagreeing_options"] == []


def test_no_option_is_far_rarer_than_the_answer_or_a_borrowed_word(report):
    assert report["rare_or_borrowed_options"] == []


def test_no_gap_asks_for_a_word_every_learner_knows(report):
    assert report["basic_answers"] == []


def test_multiple_choice_cloze_has_no_english_hint_by_default(report):
    assert report["hinted_choice"] == []


def test_most_sentences_still_give_an_item(report):
    # sentences of running text: list items and lead-ins to a list give no gap
    wanted = sum(min(20, len(article.context.prose_sentences)) for article in corpus_articles())
    assert len(report["items"]) >= 0.75 * wanted


def test_typed_cloze_shows_no_answer_either():
    typed = cloze_report(GenerationOptions(cloze_typed=True))
    assert typed["shared_sentence"] == [] and typed["revealing"] == []
    assert typed["names_blanked"] == []
