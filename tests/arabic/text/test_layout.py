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


def test_the_word_after_a_dateline_starts_a_clause():
    # «مراكش - (ومع) - تمكن فريق ...»: the verb opening the lead came after the agency's tag
    # and was read as the noun تَمَكُّن (a news sentence opens with a verb)
    words, layout = _layout("مراكش - (ومع) - تمكن فريق من رصد مذنب جديد في سماء المدينة - ليلا.")
    position = {word: index for index, word in enumerate(words)}
    assert position["تمكن"] in layout.clause_starts
    assert position["ليلا"] not in layout.clause_starts  # a dash later on is no dateline


def test_after_a_dateline_the_lead_opens_with_its_verb():
    from exercises.arabic.pipeline import analyze_text

    document = analyze_text("مراكش - (ومع) - تمكن فريق من الفلكيين من رصد مذنب جديد.")
    reading = next(t.analysis for t in document.tokens if t.token.text == "تمكن")
    assert reading.pos == "VERB"


def test_a_dash_inside_the_news_or_a_name_is_no_dateline():
    # «ويعد «نفرتاري-1» أحدث ...» and «وتعد شركة أرامكو - أكبر شركة نفط - ...»: أحدث and
    # أكبر were read as verbs once any dash near a sentence's start opened a clause (code review)
    for text, word in (
        ("ويعد «نفرتاري-1» أحدث حلقة في سلسلة الأقمار المصرية.", "أحدث"),
        ("وتعد شركة أرامكو - أكبر شركة نفط - من أكبر الشركات.", "أكبر"),
        # past the article's first paragraphs (a lead's own «وقال الوزير - ...» is not told apart)
        (
            "عنوان\n\nالقاهرة - أعلنت الوزارة الخطة.\n\nوبدأ العمل.\n\nوقال الوزير - أحمد علي - إن الخطة جاهزة.",
            "أحمد",
        ),
    ):
        words, layout = _layout(text)
        assert words.index(word) not in layout.clause_starts, text
