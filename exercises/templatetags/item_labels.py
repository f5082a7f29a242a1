"""Words of the interface language for the codes and English texts stored on items.

Items keep their instruction as the generator's English sentence and their kind, subtype,
status and part of speech as codes; these filters show them in the active language at display
time, so stored items (and exports) stay as they are. Unknown texts are shown unchanged.
"""

from __future__ import annotations

import re

from django import template
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from exercises.numerals import localize_digits

register = template.Library()

# The generators' instructions (exercises/generators), marked for translation as they are stored.
INSTRUCTIONS = (
    gettext_noop("Choose the word that fills the gap."),
    gettext_noop("Type the missing word."),
    gettext_noop("Which sentence gives the main idea of the article?"),
    gettext_noop("Why, according to the article?"),
    gettext_noop("Choose the word that fills the gap; the letters joined to it stay."),
    gettext_noop("Type the word that fills the gap; the letters joined to it stay."),
    gettext_noop("Which number completes the sentence, according to the article?"),
    gettext_noop("Which date completes the sentence, according to the article?"),
    gettext_noop("Match each heading with the paragraph that comes right under it."),
    gettext_noop("Which paragraph comes right under this heading?"),
    gettext_noop("Who said this, according to the article?"),
    gettext_noop("Which word comes from the same root as the word shown?"),
    gettext_noop("What is the root of this word?"),
    gettext_noop("Match each word with its root."),
    gettext_noop("Put these events in the order the article tells them."),
    gettext_noop("What does the word mean in this sentence? Choose the English meaning."),
    gettext_noop("True or false, according to the article?"),
    gettext_noop("What does this figure of the article count?"),
    gettext_noop("What does this figure of the article describe?"),
    gettext_noop("How much or how many, according to the article?"),
    gettext_noop("When did this happen, according to the article?"),
    gettext_noop("What does the pronoun in this word refer to?"),
)
_KNOWN = frozenset(INSTRUCTIONS)
_PART = re.compile(r"^(?P<text>.*) \(part (?P<number>\d+) of (?P<parts>\d+)\)$")


@register.filter
def instruction_label(text: str) -> str:
    """A stored instruction in the interface language (a matching item's "(part n of m)" too)."""
    text = str(text)
    if text in _KNOWN:
        return _(text)
    match = _PART.match(text)
    if match and match["text"] in _KNOWN:
        return _("%(instruction)s (part %(number)s of %(parts)s)") % {
            "instruction": _(match["text"]),
            "number": match["number"],
            "parts": match["parts"],
        }
    return text


@register.filter
def shown_instruction(item) -> str:
    """The item's instruction in the interface language, or "" where it would say again what
    the prompt asks: every generated prompt but a cloze's (an article sentence with a gap) and a
    true/false statement is itself an Arabic question or request, which the Arabic interface's
    instruction repeats (ما جذر كلمة «…»؟ under ما جذر هذه الكلمة؟). In English the
    instruction says in English what the Arabic asks, and stays."""
    if not item.instruction:
        return ""
    asks = item.kind != "cloze" and item.type != "true_false"
    if asks and (get_language() or "").startswith("ar"):
        return ""
    return instruction_label(item.instruction)


@register.filter
def pos_label(pos: str) -> str:
    """The Universal Dependencies tag in words of the interface language."""
    labels = {
        "NOUN": _("noun"),
        "PROPN": _("proper noun"),
        "VERB": _("verb"),
        "ADJ": _("adjective"),
        "ADV": _("adverb"),
        "ADP": _("preposition"),
        "CCONJ": _("conjunction"),
        "SCONJ": _("subordinating conjunction"),
        "PART": _("particle"),
        "PRON": _("pronoun"),
        "DET": _("determiner"),
        "NUM": _("number"),
        "INTJ": _("interjection"),
        "AUX": _("auxiliary"),
    }
    return labels.get(pos, pos)


@register.filter
def status_label(status: str) -> str:
    """An item's, set's or job's status code in words."""
    labels = {
        "draft": _("Draft"),
        "approved": _("Approved"),
        "rejected": _("Rejected"),
        "queued": _("Waiting to start"),
        "running": _("Running"),
        "done": _("Done"),
        "failed": _("Failed"),
    }
    return labels.get(status, status)


@register.filter
def kind_label(code: str) -> str:
    """An item's kind or subtype code in words."""
    labels = {
        "cloze": _("Cloze (fill in the blank)"),
        "comprehension": _("Comprehension"),
        "roots": _("Roots"),
        "heading": _("Headings and paragraphs"),
        "who_said": _("Who said it"),
        "numbers": _("Numbers"),
        "dates": _("Dates"),
        "sequence": _("Order of events"),
        "meaning": _("Meaning in context"),
        "true_false": _("True / false"),
        "main_idea": _("Main idea"),
        "cause": _("Cause and effect"),
        "reference": _("What a pronoun refers to"),
        "root_share": _("Same root"),
        "root_identify": _("Find the root"),
        "root_match": _("Words and roots"),
        "multiple_choice": _("Multiple choice"),
        "typed": _("Typed"),
        "matching": _("Matching"),
        "ordering": _("Ordering"),
        "import": _("Import an article"),
        "generate": _("Generate an exercise set"),
    }
    return labels.get(code, code.replace("_", " "))


@register.filter
def item_kind(item) -> str:
    """An item's kind and what sort of it, each named once: a cloze's subtype is "cloze" too,
    so its question type (multiple choice or typed) is named instead."""
    second = item.subtype if item.subtype and item.subtype != item.kind else item.type
    labels = dict.fromkeys(kind_label(code) for code in (item.kind, second) if code)
    return " · ".join(labels)


@register.filter
def local_decimal(value: object) -> str:
    """A formatted number with the Arabic decimal separator (٫) in the Arabic interface, in the
    digits the user chose."""
    return localize_digits(str(value))
