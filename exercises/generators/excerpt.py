"""What a set is generated from: the article, or a long one's first paragraphs.

A set needs some twenty items of each kind; an article of 150,000 characters (some 25,000 words,
a short book) gives plenty. Beyond that, reading the whole text for candidates only makes a
teacher wait (a 1 MB text took half a minute) for the same number of items. The excerpt is a
prefix, cut after a paragraph: token, sentence and paragraph indices and character offsets are
those of the whole article, so the items' keys and places (their support) are the same as if
they had been found in it. Articles up to the limit, every news article, are read whole.
"""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedDocument, Document, Paragraph

EXCERPT_CHARS = 150_000


def generation_excerpt(analysed: AnalyzedDocument, limit: int | None = None) -> AnalyzedDocument:
    """``analysed`` itself when its text is up to ``limit`` characters (``EXCERPT_CHARS`` by
    default), else its longest prefix that ends with a paragraph within the limit (with a
    sentence when the first paragraph is longer).

    Args:
        analysed: the analysed article.
        limit: at most this many characters of text.
    Returns:
        The article or its prefix: the same tokens, sentences, paragraphs and terms, cut.
    """
    limit = EXCERPT_CHARS if limit is None else limit
    document = analysed.document
    if len(document.text) <= limit or not document.sentences:
        return analysed
    ends = [p.end for p in document.paragraphs if p.end <= limit]
    ends = ends or [s.end for s in document.sentences if s.end <= limit]
    end = max(ends) if ends else document.sentences[0].end
    sentences = tuple(s for s in document.sentences if s.end <= end)
    count = sentences[-1].last_token
    paragraphs = tuple(
        Paragraph(p.index, p.start, min(p.end, end), p.is_heading)
        for p in document.paragraphs
        if p.start < end
    )
    cut = Document(document.text[:end], paragraphs, sentences, document.tokens[:count])
    terms = tuple(term for term in analysed.terms if term.last_token < count)
    return AnalyzedDocument(cut, analysed.tokens[:count], terms)
