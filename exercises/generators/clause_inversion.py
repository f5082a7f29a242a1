"""The reported clause of an attribution turned verb first: «بحسب الوزارة، فإن الحكومة ستخفض
الضريبة» -> «بحسب الوزارة، ستخفض الحكومة الضريبة». The clause is then no stretch copied from the
article as it stands.

Only where nothing but the order changes: a definite subject (a construct ending in a definite
noun, its definite adjectives) whose case does not show (no dual, no sound plural: إن المعلمين
would have to become المعلمون) and, right after it, a third person singular verb (the verb
before its subject stays singular and keeps its gender: الحكومة ستخفض -> ستخفض الحكومة). A
negation, قد or a pronoun on «إن» (إنها) leave the clause as it is.
"""

from __future__ import annotations

import re

from exercises.generators.article_context import ArticleContext
from exercises.generators.definite_subject import definite_subject
from exercises.generators.edits import Edit

_SINGULAR = ("3MS", "3FS")
# The tags that say who does the verb (ya/IV3MS, at/PVSUFF_SUBJ:3FS, IVSUFF_SUBJ:MP), not an
# object pronoun (IVSUFF_DO:3MS).
_PERSON = re.compile(r"/IV[123]|SUFF_SUBJ")


def inverted(article: ArticleContext, edit: Edit, end: int) -> Edit:
    """``edit`` (an attribution ending with its «فإن») taking in the clause's subject and verb,
    said verb first; ``edit`` itself when the clause cannot be turned. ``end``: the statement's
    end (article offset)."""
    if not edit.replacement.endswith("فإن"):
        return edit
    that = next((t for t in article.tokens if t.token.end == edit.end), None)
    if that is None:
        return edit
    words = []
    for item in article.tokens[that.token.index + 1 :]:
        if item.token.sentence != that.token.sentence or item.token.end > end:
            break
        words.append(item)
        if len(words) > 8:
            break
    subject = definite_subject(words)
    if not subject or len(subject) + 1 >= len(words) or not _case_hidden(subject):
        return edit
    verb = words[len(subject)]
    if not _singular_verb(verb) or verb.token.start - subject[-1].token.end > 1:
        return edit
    phrase = article.text[subject[0].token.start : subject[-1].token.end]
    opening = edit.replacement.removesuffix("فإن").rstrip()
    return Edit(edit.start, verb.token.end, f"{opening} {verb.token.text} {phrase}")


def _case_hidden(subject: list) -> bool:
    for item in subject:
        tags = " ".join(item.analysis.suffixes)
        if "_DU" in tags or "_PL" in tags or "ACC" in tags or "PRON" in tags:
            return False
    return True


def _singular_verb(item) -> bool:
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or analysis.pos != "VERB":
        return False
    if any(tag.endswith(("/CONJ", "/PREP")) for tag in analysis.prefixes):
        return False
    tags = [tag for tag in (*analysis.prefixes, *analysis.suffixes) if _PERSON.search(tag)]
    return bool(tags) and all(any(person in tag for person in _SINGULAR) for tag in tags)
