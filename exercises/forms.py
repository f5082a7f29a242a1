from django import forms
from django.utils.translation import gettext_lazy as _

from exercises.arabic.frequency import LEVELS
from exercises.article_files import ArticleFileError, ArticleText, decode_article
from exercises.article_sources import (
    MAX_PAGE_BYTES,
    UPLOAD_SUFFIXES,
    FetchRules,
    fetch_article,
    read_upload,
)

MAX_TITLE_LENGTH = 300
MAX_SOURCE_LENGTH = 500
MAX_UPLOAD_BYTES = MAX_PAGE_BYTES

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
    cloze_hints = forms.ChoiceField(
        label=_("English meaning as a cloze hint"),
        choices=[("", _("Typed cloze only")), ("on", _("Always")), ("off", _("Never"))],
        required=False,
    )
    seed = forms.IntegerField(
        label=_("Seed (same seed, same items)"), initial=1, min_value=0, max_value=2**31 - 1
    )


class ItemEditForm(forms.Form):
    # The version the teacher is editing: a save over someone else's newer edit is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
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
        label=_("Paper"), choices=[("A4", "A4"), ("Letter", _("US Letter"))], initial="A4"
    )


class ArticleImportForm(forms.Form):
    """An article to import: pasted text, an uploaded file or a web address (exactly one)."""

    text = forms.CharField(
        label=_("Paste the article"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "rtl", "lang": "ar"}),
    )
    file = forms.FileField(
        label=_("or upload a file (.txt, .md, .html, .docx)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}),
    )
    url = forms.URLField(
        label=_("or give the address of a web page"), required=False, assume_scheme="https"
    )
    title = forms.CharField(
        label=_("Title (optional: the first heading or sentence otherwise)"),
        required=False,
        max_length=MAX_TITLE_LENGTH,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    source = forms.CharField(
        label=_("Source (optional)"),
        required=False,
        max_length=MAX_SOURCE_LENGTH,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )

    def __init__(self, *args, fetch_rules: FetchRules | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fetch_rules = fetch_rules or FetchRules()
        self.article_text: ArticleText | None = None

    def clean(self) -> dict:
        data = super().clean()
        given = [name for name in ("text", "file", "url") if data.get(name)]
        if len(given) != 1:
            raise forms.ValidationError(
                _("Paste the text, upload a file or give a web address: one of the three.")
            )
        try:
            self.article_text = self._read(given[0], data)
        except ArticleFileError as error:
            raise forms.ValidationError(str(error)) from None
        if not data.get("source") and given[0] == "url":
            data["source"] = data["url"][:MAX_SOURCE_LENGTH]
        return data

    def _read(self, kind: str, data: dict) -> ArticleText:
        if kind == "text":
            return decode_article(data["text"].encode("utf-8"), name=_("The text"))
        if kind == "url":
            return fetch_article(data["url"], self.fetch_rules)
        upload = data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ArticleFileError(_("%(name)s is larger than 3 MB.") % {"name": upload.name})
        return read_upload(upload.name, upload.read())


class ArticleEditForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=MAX_TITLE_LENGTH)
    source = forms.CharField(label=_("Source"), required=False, max_length=MAX_SOURCE_LENGTH)
