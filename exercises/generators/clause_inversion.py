"""The reported clause of an attribution turned verb first: «بحسب الوزارة، فإن الحكومة ستخفض
الضريبة» -> «بحسب الوزارة، ستخفض الحكومة الضريبة». The clause is then no stretch copied from the
article as it stands.

Only where nothing but the order changes: a definite subject (a construct ending in a definite
noun, its definite adjectives) whose case does not show (no dual, no sound plural: إن المعلمين
would have to become المعلمون) and, right after it, a third person singular verb (the verb
before its subject stays singular and keeps its gender: الحكومة ستخفض -> ستخفض الحكومة). A
genitive with ل goes with the subject (المعدل الشهري للتضخم), a particle with the verb (لم
تتأثر الشبكة); a pronoun on «إن» (إنها) leaves the clause as it is.
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.definite_subject import definite_subject
from exercises.generators.edits import Edit

_SINGULAR = ("3MS", "3FS")
# قد، لن، لم، سوف: they go before the verb with it (لم تتأثر الشبكة).
_PARTICLES = word_list("verb_particles")
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
    if not subject or not _case_hidden(subject):
        return edit
    subject = subject + _phrases(words[len(subject) :])
    particle = words[len(subject)] if len(subject) < len(words) else None
    if particle is not None and normalize_key(particle.token.text) in _PARTICLES:
        verb_at = len(subject) + 1
    else:
        verb_at, particle = len(subject), None
    if verb_at + 1 >= len(words) or not _singular_verb(words[verb_at]):
        return edit
    verb = words[verb_at]
    said = f"{particle.token.text} {verb.token.text}" if particle else verb.token.text
    phrase = article.text[subject[0].token.start : subject[-1].token.end]
    opening = edit.replacement.removesuffix("فإن").rstrip()
    return Edit(edit.start, verb.token.end, f"{opening} {said} {phrase}")


def _phrases(words: list) -> list:
    """What goes on the subject before its verb: a genitive with ل (للتضخم، للأمم المتحدة) and
    its adjectives (at most four words), no punctuation, no relative pronoun, no verb."""
    found = []
    for item in words[:4]:
        analysis = item.analysis
        if item.token.kind != "word" or analysis is None:
            break
        with_li = analysis.prefixes[:1] == ("li/PREP",) and analysis.pos in ("NOUN", "PROPN")
        adjective = (
            bool(found)
            and analysis.pos in ("ADJ", "PROPN")
            and analysis.prefixes in ((), ("Al/DET",))
            and _case_hidden([item])
        )
        if not (with_li or adjective):
            break
        found.append(item)
    return found


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
