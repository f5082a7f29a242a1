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
