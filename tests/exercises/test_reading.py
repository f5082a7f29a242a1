"""The reader's pages: whole paragraphs, about a page's worth of tokens, headings kept with
what follows them."""

from exercises.arabic.text.segment import segment
from exercises.reading import page_of_paragraph, reading_pages

TEXT = "\n".join(
    f"عنوان رقم {n}\n" + "\n".join("ذهب الولد إلى المدرسة في الصباح." for _ in range(3))
    for n in range(1, 7)
)  # six sections: a heading (3 tokens) and three paragraphs of 7 tokens each


def test_pages_cover_every_paragraph_once_in_order():
    document = segment(TEXT)
    pages = reading_pages(document, tokens_per_page=30)
    assert len(pages) > 2
    assert [i for page in pages for i in page] == list(range(len(document.paragraphs)))
    for page in pages:
        assert not document.paragraphs[page[-1]].is_heading, "a heading never ends a page"


def test_a_page_starts_at_a_heading_near_its_end():
    document = segment(TEXT)
    pages = reading_pages(document, tokens_per_page=30)
    assert all(document.paragraphs[page.start].is_heading for page in pages)


def test_a_short_text_is_one_page_and_an_empty_one_an_empty_page():
    assert reading_pages(segment(TEXT)) == (range(0, 24),)
    assert reading_pages(segment("")) == (range(0, 0),)


def test_the_page_of_a_paragraph():
    pages = (range(0, 4), range(4, 9), range(9, 12))
    assert [page_of_paragraph(pages, i) for i in (0, 3, 4, 8, 9, 11)] == [1, 1, 2, 2, 3, 3]
