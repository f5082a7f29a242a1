from django import forms
from django.utils.translation import gettext_lazy as _

from exercises.arabic.frequency import LEVELS

KIND_CHOICES = [
    ("cloze", _("Cloze (fill in the blank)")),
    ("comprehension", _("Comprehension")),
    ("roots", _("Root families")),
]


class GenerateForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Exercise kinds"),
        choices=KIND_CHOICES,
        initial=[kind for kind, _label in KIND_CHOICES],
        widget=forms.CheckboxSelectMultiple,
    )
    count = forms.IntegerField(
        label=_("Items per kind, at most"), min_value=1, max_value=60, initial=20
    )
    level = forms.ChoiceField(
        label=_("Cloze words up to level"),
        choices=[("", _("Any level"))] + [(level, level) for level in LEVELS],
        required=False,
    )
    cloze_typed = forms.BooleanField(
        label=_("Typed cloze answers instead of choices"), required=False
    )
    keep_clitics = forms.BooleanField(
        label=_("Blank only the stem, keep attached prefixes visible"), required=False
    )
    seed = forms.IntegerField(label=_("Seed (same seed, same items)"), initial=1, min_value=0)


class ItemEditForm(forms.Form):
    prompt = forms.CharField(
        label=_("Question"), widget=forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"})
    )
    options = forms.CharField(
        label=_("Options, one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "rtl", "lang": "ar"}),
    )
    answer = forms.CharField(
        label=_("Answer"), widget=forms.TextInput(attrs={"dir": "rtl", "lang": "ar"})
    )
    hint = forms.CharField(label=_("Hint (English)"), required=False, max_length=300)
    explanation = forms.CharField(
        label=_("Explanation"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class WorksheetForm(forms.Form):
    """Sections and layout of a PDF worksheet; field names match WorksheetOptions, except
    ``vocabulary_level``, which chooses the words."""

    header = forms.BooleanField(label=_("Name / class / date line"), required=False, initial=True)
    article = forms.BooleanField(label=_("The article"), required=False, initial=True)
    line_numbers = forms.BooleanField(label=_("Line numbers"), required=False)
    vocabulary = forms.BooleanField(label=_("Vocabulary table"), required=False, initial=True)
    vocabulary_level = forms.ChoiceField(
        label=_("Vocabulary: words at this level and harder"),
        choices=[("", _("All words"))] + [(level, level) for level in LEVELS],
        required=False,
    )
    names = forms.BooleanField(label=_("Names and places"), required=False, initial=True)
    cloze = forms.BooleanField(label=_("Cloze"), required=False, initial=True)
    word_bank = forms.BooleanField(label=_("Cloze word bank"), required=False, initial=True)
    comprehension = forms.BooleanField(
        label=_("Comprehension questions"), required=False, initial=True
    )
    roots = forms.BooleanField(label=_("Root families"), required=False, initial=True)
    answer_key = forms.BooleanField(
        label=_("Answer key on separate pages"), required=False, initial=True
    )
    page_size = forms.ChoiceField(
        label=_("Paper"), choices=[("A4", "A4"), ("Letter", "Letter")], initial="A4"
    )
