from exercises.arabic.text.segment import segment

HEADINGS = (
    "الحفاظ على الاتصالات الوثيقة",
    "تعزيز التعاون العملي الشامل",
    "تعزيز التنسيق في الشؤون الدولية",
)


def test_it_finds_the_seed_paragraphs_and_exactly_its_three_headings(seed_text):
    document = segment(seed_text)
    assert len(document.paragraphs) == 20
    headings = [document.paragraph_text(p.index) for p in document.paragraphs if p.is_heading]
    assert tuple(headings) == HEADINGS


def test_every_token_is_the_text_at_its_offsets(seed_text):
    document = segment(seed_text)
    assert document.tokens
    for token in document.tokens:
        assert seed_text[token.start : token.end] == token.text
    for sentence in document.sentences:
        assert document.sentence_text(sentence.index) == seed_text[sentence.start : sentence.end]


def test_it_types_tokens():
    document = segment("وصل 38 زائراً (BRICS) اليوم.")
    kinds = [(token.text, token.kind) for token in document.tokens]
    assert kinds == [
        ("وصل", "word"),
        ("38", "number"),
        ("زائراً", "word"),
        ("(", "punct"),
        ("BRICS", "latin"),
        (")", "punct"),
        ("اليوم", "word"),
        (".", "punct"),
    ]


def test_it_keeps_decimal_numbers_whole():
    assert [t.text for t in segment("نما 2.5 بالمئة").tokens] == ["نما", "2.5", "بالمئة"]


def test_sentences_end_at_full_stops_question_marks_and_semicolons_not_commas():
    text = "قال الرئيس، بعد الاجتماع، إنه راض. هل أنت مستعد؟ نعم؛ لا! انتهى"
    document = segment(text)
    assert [document.sentence_text(s.index) for s in document.sentences] == [
        "قال الرئيس، بعد الاجتماع، إنه راض.",
        "هل أنت مستعد؟",
        "نعم؛",
        "لا!",
        "انتهى",
    ]


def test_a_line_break_ends_a_sentence_and_a_paragraph():
    document = segment("السطر الأول بلا نقطة\nالسطر الثاني.")
    assert len(document.paragraphs) == 2
    assert len(document.sentences) == 2


def test_a_closing_quote_stays_with_its_sentence():
    document = segment("قال: “زيارتكم مهمة.” ثم غادر.")
    assert document.sentence_text(0) == "قال: “زيارتكم مهمة.”"


def test_the_seed_sentences_break_after_a_quote_and_not_at_commas(seed_text):
    document = segment(seed_text)
    sentences = [document.sentence_text(s.index) for s in document.sentences]
    assert all(not s.endswith(("،", ",")) for s in sentences)
    assert any(s.endswith("الروسية.") for s in sentences)


def _sentences(text: str) -> list[str]:
    document = segment(text)
    return [document.sentence_text(s.index) for s in document.sentences]


def test_a_dot_inside_an_abbreviation_does_not_end_the_sentence():
    # ق.م (before Christ), ق. م with a space, د. (doctor) and أ. د. before a name
    assert _sentences("بنيت المدينة في القرن الثالث ق.م على التل. ثم هجرت.") == [
        "بنيت المدينة في القرن الثالث ق.م على التل.",
        "ثم هجرت.",
    ]
    assert _sentences("عاش الملك نحو 300 ق. م في الجنوب. ثم مات.") == [
        "عاش الملك نحو 300 ق. م في الجنوب.",
        "ثم مات.",
    ]
    assert _sentences("وقال د. أحمد سالم إن النتائج جيدة. وأضاف أ. د. ريم حداد أنها مهمة.") == [
        "وقال د. أحمد سالم إن النتائج جيدة.",
        "وأضاف أ. د. ريم حداد أنها مهمة.",
    ]


def test_an_era_letter_still_ends_its_sentence():
    assert _sentences("ولد عام 1950 م. وتوفي عام 2020 م.") == [
        "ولد عام 1950 م.",
        "وتوفي عام 2020 م.",
    ]


def test_web_and_email_addresses_are_one_token_and_end_no_sentence():
    text = "للتسجيل زوروا www.example.org أو راسلوا info@example.org. وتبدأ الدورة غدا."
    assert _sentences(text) == [
        "للتسجيل زوروا www.example.org أو راسلوا info@example.org.",
        "وتبدأ الدورة غدا.",
    ]
    tokens = [t.text for t in segment("الموقع https://news.example.com/a/1 جديد").tokens]
    assert tokens == ["الموقع", "https://news.example.com/a/1", "جديد"]
