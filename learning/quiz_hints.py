"""What differs in a wrong typed answer, when a few simple things do: the article ال or a joined
letter (و ف ب ك ل) left out or added at the start, then, in the rest of the word, the judge's
tolerated differences (a hamza seat, ة/ه, ى/ي...) and at most one other letter left out, added or
written for another. Plain Python, no Django."""

from __future__ import annotations

from collections.abc import Iterator

from learning.judging import clean_typed
from learning.spelling import LetterDifference, letter_differences

ARTICLE = "ال"
CLITICS = "وفبكل"
MOST_NOTES = 3

Notes = tuple[LetterDifference, ...]


def wrong_notes(given: str, expected: str, shown: str = "") -> Notes:
    """The fewest differences (article, joined letter, letters) that turn the learner's answer
    into the right one, at most three of them; () when the answer is too far off to say.
    ``shown``: letters the prompt shows joined before the gap, which the learner may type again."""
    written, wanted, before = clean_typed(given), clean_typed(expected), clean_typed(shown)
    if not written or not wanted or written == wanted:
        return ()
    forms = [written]
    if before and written.startswith(before) and len(written) > len(before):
        forms.append(written[len(before) :])
    best: Notes = ()
    for start, typed, answer in (s for form in forms for s in _starts(form, wanted, depth=2)):
        rest = _letters(typed, answer, offset=len(wanted) - len(answer))
        if rest is None:
            continue
        found = start + rest
        if found and len(found) <= MOST_NOTES and (not best or _rank(found) < _rank(best)):
            best = found
    return best


def _rank(notes: Notes) -> tuple[int, int]:
    """Fewer notes first; on a tie, the article or a joined letter says more than "a letter"."""
    return len(notes), sum(1 for note in notes if note.kind == "letter")


def _starts(written: str, wanted: str, depth: int) -> Iterator[tuple[Notes, str, str]]:
    """The two words with an article or a joined letter that only one of them has taken off its
    start (a joined letter, then the article, for بالكتاب against كتاب)."""
    yield (), written, wanted
    if depth == 0:
        return
    steps: list[tuple[LetterDifference, str, str]] = []
    if wanted.startswith(ARTICLE) and not written.startswith(ARTICLE) and len(wanted) > 3:
        steps.append((LetterDifference(0, "", ARTICLE, "article"), written, wanted[2:]))
    if written.startswith(ARTICLE) and not wanted.startswith(ARTICLE) and len(written) > 3:
        steps.append((LetterDifference(0, ARTICLE, "", "article"), written[2:], wanted))
    if len(wanted) > 2 and wanted[0] in CLITICS and written[:1] != wanted[0]:
        steps.append((LetterDifference(0, "", wanted[0], "clitic"), written, wanted[1:]))
    if len(written) > 2 and written[0] in CLITICS and wanted[:1] != written[0]:
        steps.append((LetterDifference(0, written[0], "", "clitic"), written[1:], wanted))
    for note, typed, answer in steps:
        for more, rest_typed, rest_answer in _starts(typed, answer, depth - 1):
            yield (note, *more), rest_typed, rest_answer


def _letters(typed: str, answer: str, offset: int) -> Notes | None:
    """The judge's tolerated differences between the rest of the two words, or one other letter
    left out, added or changed; None when it takes more."""
    if not typed or not answer:
        return None
    tolerated = letter_differences(typed, answer)
    if tolerated is not None:
        return tuple(_shifted(d, offset) for d in tolerated)
    edit = _one_edit(typed, answer)
    return None if edit is None else (_shifted(edit, offset),)


def _one_edit(typed: str, answer: str) -> LetterDifference | None:
    n, m = len(typed), len(answer)
    if abs(n - m) > 1 or min(n, m) < 2:
        return None
    start = 0
    while start < min(n, m) and typed[start] == answer[start]:
        start += 1
    end = 0
    while end < min(n, m) - start and typed[n - 1 - end] == answer[m - 1 - end]:
        end += 1
    got, want = typed[start : n - end], answer[start : m - end]
    if len(got) > 1 or len(want) > 1:
        return None
    return LetterDifference(start, got, want, "letter")


def _shifted(difference: LetterDifference, offset: int) -> LetterDifference:
    return LetterDifference(
        difference.position + offset, difference.given, difference.expected, difference.kind
    )
