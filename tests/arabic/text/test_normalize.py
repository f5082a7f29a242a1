from exercises.arabic.text.normalize import (
    bare,
    display_form,
    lookup_form,
    normalize_digits,
    normalize_key,
    strip_tashkeel,
)


def test_it_keeps_vowel_marks_in_the_display_form_and_drops_tatweel():
    assert display_form("كِتَـــابٌ") == "كِتَابٌ"


def test_it_unfolds_presentation_forms_for_display():
    # U+FEFB is the lam-alef ligature, U+FE8D an isolated alef: both plain letters after NFKC.
    assert display_form("\ufefb\ufe8d") == "لاا"


def test_it_strips_marks_shadda_sukun_dagger_alef_and_tatweel():
    assert strip_tashkeel("مُدَرِّسَـةٌ") == "مدرسة"
    assert strip_tashkeel("هٰذا") == "هذا"
    assert strip_tashkeel("مِنْ") == "من"


def test_it_gives_every_alef_form_one_key():
    assert {normalize_key(w) for w in ("أحمد", "إحمد", "آحمد", "ٱحمد", "احمد")} == {"احمد"}


def test_it_keys_alef_maqsura_as_ya_and_ta_marbuta_as_ha():
    assert normalize_key("على") == normalize_key("علي")
    assert normalize_key("مدرسة") == normalize_key("مدرسه")


def test_it_keys_hamza_on_waw_and_ya_as_bare_hamza():
    assert normalize_key("مسؤول") == "مسءول"
    assert normalize_key("رئيس") == "رءيس"


def test_it_ignores_marks_and_tatweel_in_the_key():
    assert normalize_key("الرَّئِيـسُ") == normalize_key("الرئيس")


def test_it_turns_arabic_indic_and_persian_digits_western():
    assert normalize_digits("٢٠٢٢") == "2022"
    assert normalize_digits("۱۴۰۰") == "1400"
    assert normalize_key("عام ٢٠١٣") == "عام 2013"


def test_it_keeps_hamza_seats_in_the_lookup_and_bare_forms():
    assert lookup_form("إِلى") == "إلى"
    assert bare("سُؤالٌ") == "سؤال"
    assert lookup_form("ی") == "ي"  # Farsi yeh, common in pasted text
