"""What every exporter reads: one article with its vocabulary and approved items, as plain data.

The Django side builds an ``ExportArticle`` from its models; the exporters never see a model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from exercises.arabic.analysis_types import Document, Paragraph, VocabularyEntry
from exercises.arabic.frequency import LEVELS
from exercises.generators.items import Item, ItemKind


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One paragraph or heading of the article, as text."""

    text: str
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """An article ready for export.

    Args:
        key: stable identity of the article (e.g. a hash of its text). Anki deck ids and note
            GUIDs, Moodle id numbers and question names derive from it, so re-exports update
            rather than duplicate.
        title: shown on worksheets, deck names and tags.
        text: the article, paragraphs separated by newlines.
        paragraphs: offsets into ``text`` from the analysis; empty means "one per line".
        vocabulary: the words to export, already filtered (a learner's own export passes only
            the words they do not know yet).
        names: proper names met in the article (people, places), with their English gloss.
        items: approved exercise items.
        source: where the article comes from, printed small on worksheets.
    """

    key: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    vocabulary: tuple[VocabularyEntry, ...] = ()
    names: tuple[VocabularyEntry, ...] = ()
    items: tuple[Item, ...] = ()
    source: str = ""

    @classmethod
    def from_document(
        cls,
        *,
        key: str,
        title: str,
        document: Document,
        vocabulary: tuple[VocabularyEntry, ...] = (),
        names: tuple[VocabularyEntry, ...] = (),
        items: tuple[Item, ...] = (),
        source: str = "",
    ) -> ExportArticle:
        return cls(
            key=key,
            title=title,
            text=document.text,
            paragraphs=document.paragraphs,
            vocabulary=vocabulary,
            names=names,
            items=items,
            source=source,
        )

    def blocks(self) -> tuple[TextBlock, ...]:
        """The article's paragraphs and headings in order, empty ones left out."""
        if self.paragraphs:
            pieces = [
                TextBlock(self.text[p.start : p.end].strip(), p.is_heading) for p in self.paragraphs
            ]
        else:
            pieces = [TextBlock(line.strip()) for line in self.text.splitlines()]
        return tuple(block for block in pieces if block.text)

    def items_of(self, *kinds: ItemKind) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.kind in kinds)


def with_vocabulary_from_level(article: ExportArticle, level: str | None) -> ExportArticle:
    """The article with only the words at ``level`` or harder (e.g. "B1": B1 to C2)."""
    if not level:
        return article
    floor = LEVELS.index(level)
    words = tuple(entry for entry in article.vocabulary if LEVELS.index(entry.level) >= floor)
    return replace(article, vocabulary=words)
