"""Where words stand among sentences, punctuation and numbers."""

from exercises.arabic.text.layout import word_layout
from exercises.arabic.text.segment import segment


def _layout(text: str):
    document = segment(text)
    words = [token for token in document.tokens if token.kind == "word"]
    return [token.text for token in words], word_layout(document.tokens, words)


def test_sentence_clause_and_phrase_starts():
    words, layout = _layout('وصل الوفد، ثم قال: "نحن هنا" عام 2020. انتهى اللقاء.')
    position = {word: index for index, word in enumerate(words)}
    assert layout.sentence_starts == {0, position["انتهى"]}
    assert layout.clause_starts == {0, position["ثم"], position["نحن"], position["انتهى"]}
    assert position["عام"] in layout.phrase_starts  # after the closing quote
    assert position["عام"] not in layout.clause_starts
    assert layout.after_comma == {position["ثم"]}
    assert layout.before_number == {position["عام"]}
