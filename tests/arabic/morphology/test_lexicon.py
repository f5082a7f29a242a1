"""A tiny lexicon in the Buckwalter data format, parsed with Lexicon.from_texts."""

import pytest

from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.morphology.buckwalter import to_arabic
from exercises.arabic.morphology.lexicon import Lexicon

PREFIXES = """;; prefixes
\t\tPref-0\t
w\twa\tPref-Wa\tand <pos>wa/CONJ+</pos>
Al\tAl\tNPref-Al\tthe <pos>Al/DET+</pos>
b\tbi\tNPref-Bi\tby;with <pos>bi/PREP+</pos>
"""
SUFFIXES = """;; suffixes
\t\tSuff-0\t
p\tap\tNSuff-ap\t[fem.sg.] <pos>+ap/NSUFF_FEM_SG</pos>
hA\thA\tNSuff-h\tits/their/her <pos>+hA/POSS_PRON_3FS</pos>
"""
STEMS = """;--- ktb
;; kitAb_1
ktAb\tkitAb\tNdu\tbook
ktb\tkutub\tN\tbooks
;; katab-u_1
ktb\tkatab\tPV\twrite
;--- Sgr
;; Sagiyr_1
Sgyr\tSagiyr\tN/ap\tsmall;young
;--- Sin
;; Siyniy~_1
Syny\tSiyniy~\tNall\tChinese
;; biykiyn_1
bkyn\tbikiyn\tNprop\tPeking;Beijing
;; lahu_1
lh\tlahu\tFW\tto/for + it/him <pos>la/PREP+hu/PRON_3MS</pos>
;--- rAy
r>Y\tra>aY\tPV\tsee;think;believe
ry\tray\tPV\tsee;think;believe
"""
TABLE_AB = "Pref-0 Ndu\nPref-0 N\nPref-0 N/ap\nPref-0 Nall\nPref-0 Nprop\nPref-0 PV\nPref-0 FW\nNPref-Al Ndu\nNPref-Al N\nNPref-Al N/ap\nNPref-Al Nall\nNPref-Bi Ndu\nPref-Wa Ndu\nPref-Wa PV\n"
TABLE_AC = "Pref-0 Suff-0\nPref-0 NSuff-ap\nPref-0 NSuff-h\nNPref-Al Suff-0\nNPref-Al NSuff-ap\nNPref-Bi Suff-0\nNPref-Bi NSuff-h\nPref-Wa Suff-0\nPref-Wa NSuff-h\n"
TABLE_BC = "Ndu Suff-0\nNdu NSuff-h\nN Suff-0\nN/ap Suff-0\nN/ap NSuff-ap\nNall Suff-0\nNall NSuff-ap\nNprop Suff-0\nPV Suff-0\nFW Suff-0\n"


@pytest.fixture(scope="module")
def tiny() -> Lexicon:
    return Lexicon.from_texts(
        prefixes=PREFIXES,
        stems=STEMS,
        suffixes=SUFFIXES,
        table_ab=TABLE_AB,
        table_ac=TABLE_AC,
        table_bc=TABLE_BC,
    )


def test_it_converts_buckwalter_to_arabic():
    assert to_arabic("kitAb") == "كِتاب"
    assert to_arabic(">aSogar") == "أَصْغَر"


def test_it_indexes_stems_by_written_form_with_lemma_and_root(tiny):
    (book,) = [s for s in tiny.stems["كتاب"] if s.lemma_id == "kitAb_1"]
    assert book.lemma_vocalized == "كِتاب"
    assert book.root == "كتب"
    assert book.upos == "NOUN"
    assert book.gloss == "book"


def test_it_tags_capitalised_nouns_as_names_and_nisba_as_adjectives(tiny):
    assert tiny.stems["بكين"][0].upos == "PROPN"
    assert tiny.stems["بكين"][0].root == ""  # names carry no root
    assert tiny.stems["صيني"][0].upos == "ADJ"


def test_a_pronoun_inside_an_entry_becomes_a_suffix_tag(tiny):
    (lahu,) = tiny.stems["له"]
    assert lahu.upos == "ADP"
    assert lahu.inner_suffixes == ("hu/PRON_3MS",)


def test_it_analyses_with_clitics_and_checks_compatibility_tables(tiny):
    analyzer = Analyzer(tiny)
    (the_book,) = analyzer.analyze("الكتاب")
    assert (the_book.lemma_vocalized, the_book.prefixes) == ("كِتاب", ("Al/DET",))
    readings = {(a.lemma_vocalized, a.pos) for a in analyzer.analyze("كتب")}
    assert readings == {("كِتاب", "NOUN"), ("كَتَب", "VERB")}
    (small,) = analyzer.analyze("صغيرة")
    assert small.lemma_vocalized == "صَغِير" and small.suffix_text == "ة"
    # NPref-Al with NSuff-h is not in table AC: no "the his book".
    assert analyzer.analyze("الكتابها") == ()


def test_vowel_marks_in_the_input_are_ignored(tiny):
    assert Analyzer(tiny).analyze("كِتَابٌ")[0].lemma_vocalized == "كِتاب"


def test_it_counts_lemmas(tiny):
    assert tiny.lemma_count() == 7  # كِتاب، كَتَب، صَغِير، صِينِيّ، بِكِين، لَهُ، رَأَى


def test_stems_under_a_heading_with_no_lemma_line_get_their_own_lemma(tiny):
    # In dictStems, ";--- rAy" goes straight to the stems of رَأَى: they must not be filed
    # under the lemma before the heading (here لَهُ).
    (see,) = tiny.stems["رأى"]
    assert see.lemma_vocalized == "رَأَى"
    assert see.root == "رءي"
    (also_see,) = tiny.stems["ري"]
    assert also_see.lemma_id == see.lemma_id
