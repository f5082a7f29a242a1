"""Words shown for codes: part-of-speech names, spaced roots, exercise types."""

from __future__ import annotations

from django.utils.translation import gettext as _

from exercises.templatetags.item_labels import pos_label

__all__ = ["pos_label", "root_letters", "type_label"]


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
