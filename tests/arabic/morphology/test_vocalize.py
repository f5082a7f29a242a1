"""Full vowels of a word in its sentence: the article, proclitics, hamzat al-wasl, pronouns."""

import unicodedata

import pytest

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.vocalize import word_vowels


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def vocalized_words(analyse):
    def words(sentence: str) -> dict[str, str]:
        return {
            item.token.text: nfc(item.analysis.vocalized)
            for item in analyse(sentence).tokens
            if item.analysis is not None
        }

    return words


def test_a_sun_letter_after_the_article_takes_the_shadda_and_the_lam_no_sukun(vocalized_words):
    words = vocalized_words("زار الرئيس الصين مع الشركة.")
    assert words["الرئيس"] == nfc("الرَّئِيس")
    assert words["الصين"] == nfc("الصِّين")
    assert words["الشركة"] == nfc("الشَّرِكَة")


def test_a_moon_letter_after_the_article_keeps_the_lam_with_a_sukun(vocalized_words):
    words = vocalized_words("رأى الطفل القمر في الكتاب.")
    assert words["القمر"] == nfc("الْقَمَر")
    assert words["الكتاب"] == nfc("الْكِتاب")


def test_the_article_after_a_proclitic(vocalized_words):
    words = vocalized_words("سافر بالسيارة وللشمس حرارة والقمر بعيد.")
    assert words["بالسيارة"] == nfc("بِالسَّيّارَة")
    assert words["وللشمس"] == nfc("وَلِلشَّمْس")
    assert words["والقمر"] == nfc("وَالْقَمَر")


def test_the_article_before_hamzat_al_wasl_takes_a_kasra(vocalized_words):
    words = vocalized_words("شارك الناخبون في الانتخابات.")
    assert words["الانتخابات"] == nfc("الِانْتِخابات")


def test_hamzat_al_wasl_after_a_proclitic_is_a_plain_alef(vocalized_words):
    words = vocalized_words("واجتمع الوزراء أمس.")
    assert words["واجتمع"] == nfc("وَاجْتَمَعَ")


def test_the_pronoun_after_a_noun_is_hu_and_hi_after_a_preposition_or_a_construct(
    vocalized_words,
):
    words = vocalized_words("وكانت زيارته قصيرة ثم عاد إلى بيته مع صديقه في سيارة أخيه.")
    assert words["زيارته"] == nfc("زِيارَتهُ")
    assert words["بيته"] == nfc("بَيْتهِ")
    assert words["صديقه"] == nfc("صَدِيقهِ")


def test_the_pronoun_after_ya_is_hi_and_hum_takes_a_sukun(vocalized_words):
    words = vocalized_words("يعطيه المعلم كتبهم.")
    assert words["يعطيه"] == nfc("يُعْطِيهِ")
    assert words["كتبهم"].endswith(nfc("هُمْ"))


def test_a_preposition_proclitic_makes_the_pronoun_hi(vocalized_words):
    words = vocalized_words("قدم الأب الهدايا لأبنائه.")
    assert words["لأبنائه"] == nfc("لِأَبْنائهِ")


def test_li_with_the_article_written_as_one_lam_doubles_the_stem_lam():
    reading = Analysis(
        lemma="لغة",
        lemma_vocalized="لُغَة",
        vocalized="لِلُغَة",
        pos="NOUN",
        tag="N-ap/NOUN",
        stem="لغ",
        prefixes=("li/PREP", "Al/DET"),
        suffixes=("ap/NSUFF_FEM_SG",),
        prefix_text="ل",
        suffix_text="ة",
    )
    assert nfc(word_vowels(reading)) == nfc("لِلُّغَة")


def test_a_word_whose_letters_do_not_line_up_is_left_as_it_is():
    reading = Analysis(
        lemma="x", lemma_vocalized="x", vocalized="ال", pos="X", tag="", stem="",
        prefixes=("Al/DET",), prefix_text="ال",
    )  # fmt: skip
    assert word_vowels(reading) == "ال"


@pytest.mark.parametrize(
    ("word", "pos", "lemma"),
    [
        ("قال", "VERB", "قَالَ"),
        ("جاء", "VERB", "جَاءَ"),
        ("غاز", "NOUN", "غَاز"),
        ("ماذا", "PART", "مَاذَا"),
    ],
)
def test_a_lemma_the_lexicon_leaves_bare_gets_its_vowels(word, pos, lemma):
    from exercises.arabic.morphology.analyzer import default_analyzer

    lemmas = {nfc(a.lemma_vocalized) for a in default_analyzer().analyze(word) if a.pos == pos}
    assert nfc(lemma) in lemmas
