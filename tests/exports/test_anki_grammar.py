"""The back of a word card shows its plural, verb form, present tense and masdar where the
lexicon gives them (read by Anki's own library)."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from exercises.exports.anki import anki_deck_bytes
from exercises.exports.article import ExportArticle


def test_the_card_back_shows_what_the_lexicon_gives(article: ExportArticle, tmp_path: Path):
    package = tmp_path / "a.apkg"
    package.write_bytes(anki_deck_bytes([article], timestamp=1_700_000_000, audio=False))
    collection = Collection(str(tmp_path / "c.anki2"))
    try:
        collection.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
        )

        def card(word: str, number: int):
            return collection.get_card(collection.find_cards(f'"Arabic:{word}" card:{number}')[0])

        president = card("رَئِيس", 1)
        assert "plural" in president.answer() and ">رُؤَساء</span>" in president.answer()
        assert "plural" not in president.question(), "the front shows the word only"
        pledge = card("تَعَهَّدَ", 2).answer()
        assert "form V" in pledge and ">يَتَعَهَّدُ</span>" in pledge and ">تَعَهُّد</span>" in pledge
        receive = card("اِسْتَقْبَلَ", 1).answer()
        assert "form X" in receive and ">اِسْتِقْبال</span>" in receive
        # مَجال has a sound plural (ـات), which the lexicon gives as an ending, not a stem.
        assert 'class="grammar"' not in card("مَجَال", 1).answer()
    finally:
        collection.close()
