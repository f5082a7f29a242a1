"""English and Arabic interface: language switch, dir and lang attributes, compiled catalog."""

import gettext
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "learning" / "locale" / "ar" / "LC_MESSAGES"


def test_english_pages_are_left_to_right(client, seed_article):
    html = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert '<article class="reading ar" lang="ar" dir="rtl"' in html, "the Arabic text stays RTL"


def test_switching_to_arabic_turns_the_interface_right_to_left(client, seed_article):
    url = reverse("exercises:article_detail", args=[seed_article.pk])
    response = client.post(reverse("set_language"), {"language": "ar", "next": url})
    assert response.url == url
    html = client.get(url).content.decode()
    assert '<html lang="ar" dir="rtl" data-digits="western">' in html
    assert "المقالات" in html and "تسجيل الدخول" in html
    assert 'value="en" lang="en">English</button>' in html, "the switch offers the other language"


def test_quiz_feedback_is_translated(client, learner, assignment):
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "ar"})
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    attempt = learner.attempts.get()
    url = reverse("learning:attempt_question", args=[attempt.pk, 2])
    html = client.get(url).content.decode()
    assert "السؤال 2 من 5" in html and "لوحة مفاتيح عربية على الشاشة" in html
    html = client.post(url, {"answer": "الالعاب"}, HTTP_HX_REQUEST="true").content.decode()
    assert "صحيح — انتبه إلى الإملاء." in html and "الهمزة والألف" in html


def po_entries(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    entries = {}
    for block in text.split("\n\n")[1:]:
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r"^msgstr(?:\[1\])? ((?:\".*\"\n?)+)", block, re.M)
        if msgid and msgstr:
            key = "".join(re.findall(r'"(.*)"', msgid.group(1)))
            entries[key] = "".join(re.findall(r'"(.*)"', msgstr.group(1)))
    return entries


def test_every_message_has_an_arabic_translation():
    entries = po_entries(LOCALE / "django.po")
    assert len(entries) > 250
    assert not [key for key, value in entries.items() if not value]


def test_the_compiled_catalog_is_up_to_date_with_the_po_file():
    with open(LOCALE / "django.mo", "rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    assert catalog.gettext("Review due words") == "مراجعة الكلمات المستحقة"
    assert catalog.ngettext("%(n)d day", "%(n)d days", 3) == "%(n)d أيام"
    for key in po_entries(LOCALE / "django.po"):
        assert catalog.gettext(key.replace('\\"', '"')) != key.replace('\\"', '"') or key in (
            "GIFT",
            "Moodle XML",
        ), key


def test_labels_follow_the_active_language():
    from learning.labels import pos_label

    with translation.override("ar"):
        assert pos_label("NOUN") == "اسم"
    with translation.override("en"):
        assert pos_label("NOUN") == "noun"
