"""Template filters for mixed Arabic and English content."""

from __future__ import annotations

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

register = template.Library()

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@register.filter
def text_attrs(text: str) -> SafeString:
    """``lang`` and ``dir`` for a piece of content: Arabic if it holds an Arabic letter."""
    if _ARABIC.search(str(text)):
        return mark_safe('lang="ar" dir="rtl"')
    return mark_safe('lang="en" dir="ltr"')


_BLANK = re.compile(r"[＿_]{2,}")


@register.filter
def prompt_html(text: str) -> SafeString:
    """An item's prompt: escaped, line breaks kept, the cloze blank drawn as a line.

    The generators mark the blank with full-width low lines, which Arabic fonts lack (they show
    as empty boxes); a bordered span reads the same in every font and is announced as "blank".
    """
    blank = format_html('<span class="blank" role="img" aria-label="{}"></span>', _("blank"))
    parts = [conditional_escape(part) for part in _BLANK.split(str(text))]
    return mark_safe(blank.join(parts).replace("\n", "<br>"))


@register.filter
def prompt_filled(text: str, answer: str) -> SafeString:
    """A cloze prompt after answering: its one gap holds the right answer, marked; a prompt
    without exactly one gap is drawn as before."""
    parts = _BLANK.split(str(text))
    if len(parts) != 2 or not str(answer).strip():
        return prompt_html(text)
    filled = format_html('<mark class="filled" lang="ar">{}</mark>', answer)
    # A clitic kept before the gap is drawn joined with a tatweel (بـ＿＿): filled, it joins the word.
    before, after = conditional_escape(parts[0].rstrip("\u0640")), conditional_escape(parts[1])
    return mark_safe(f"{before}{filled}{after}".replace("\n", "<br>"))


@register.filter
def prompt_excerpt(text: str, limit: int = 90) -> SafeString:
    """A prompt shortened to about ``limit`` characters around its gap, so the gap stays."""
    text = str(text)
    if len(text) <= limit:
        return prompt_html(text)
    gap = _BLANK.search(text)
    middle = gap.start() if gap else 0
    start = max(0, min(middle - limit // 2, len(text) - limit))
    end = start + limit
    if gap:
        end = max(end, gap.end())
    excerpt = text[start:end]
    return prompt_html(("…" if start else "") + excerpt + ("…" if end < len(text) else ""))


@register.filter
def kbd(key: str) -> SafeString:
    """A key of the keyboard as keyboard help shows it: isolated left to right, so that the
    Arabic around it neither reorders it nor joins to it."""
    return format_html('<bdi dir="ltr"><kbd>{}</kbd></bdi>', key)
