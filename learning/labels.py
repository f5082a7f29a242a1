"""Words shown for codes: part-of-speech names, spaced roots, exercise types."""

from __future__ import annotations

from django.utils.translation import gettext as _


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


def root_letters(root: str) -> str:
    """ك ت ب rather than كتب: a root is read letter by letter."""
    return " ".join(root)


def type_label(item_type: str) -> str:
    """An exercise type in words of the interface language."""
    labels = {
        "multiple_choice": _("Multiple choice"),
        "typed": _("Typed"),
        "true_false": _("True / false"),
        "matching": _("Matching"),
        "ordering": _("Ordering"),
    }
    return labels.get(item_type, item_type)
