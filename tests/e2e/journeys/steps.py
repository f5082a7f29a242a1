"""The one check made at every step of every journey, and what the journeys share: the screens
they run on, logging in, and a numbered series of steps per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from playwright.sync_api import Page

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import DESKTOP, PHONE, SCREENSHOTS
from tests.e2e.test_phone_widths import overflow

JOURNEYS = SCREENSHOTS / "journeys"
SCREENS = {"phone": PHONE, "desktop": DESKTOP}
TIMEOUT_MS = 15_000
# Text quoted from an article is written as its author wrote it (news articles hold names like
# "/PRNewswire/"): the reader's text, a sentence given as support or example, a prompt.
ARTICLE_CONTENT = "article.reading, blockquote.support, .prompt"

every_screen = pytest.mark.parametrize(
    ("language", "size"), [(lang, size) for lang in ("en", "ar") for size in SCREENS]
)


def check(page: Page, name: str, language: str) -> Path:
    """One step of a journey, as it stands: saved as journeys/NAME.png (NAME may hold a folder),
    then no horizontal overflow, no English words on an Arabic page (outside article content,
    the language switch and names in <bdi>), and no serious or critical axe-core violation."""
    page.wait_for_load_state("load")
    page.wait_for_function(SETTLED)
    path = JOURNEYS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    assert page.get_attribute("html", "lang") == language, f"{name}: the page's language"
    wider = overflow(page)
    assert wider == 0, f"{name} ({page.url}): {wider} px wider than the window"
    if language == "ar":
        english = english_on(page)
        assert not english, f"{name} ({page.url}): English on the Arabic page: {english}"
    assert_accessible(page, name)
    return path


# Loaded, fonts in, no htmx request under way (quicker than "networkidle", which waits 500 ms).
SETTLED = "() => document.fonts.status === 'loaded' && !document.querySelector('.htmx-request')"
ENGLISH_ON_ARABIC_PAGE = """(content) => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const skip = 'script, style, bdi, [lang]:not([lang="ar"]), ' + content;
  while (walker.nextNode()) {
    const node = walker.currentNode, element = node.parentElement;
    if (!element || element.closest(skip)) continue;
    if (/[A-Za-z]{3,}/.test(node.textContent)) found.push(node.textContent.trim());
  }
  return found;
}"""


def english_on(page: Page) -> list[str]:
    """Latin words on an Arabic page outside English content (lang="en": the language switch,
    an English gloss), names isolated in <bdi>, and article content."""
    return page.evaluate(ENGLISH_ON_ARABIC_PAGE, ARTICLE_CONTENT)


@dataclass
class Run:
    """One journey in one language on one screen: opens its pages and numbers its steps."""

    journey: str
    language: str
    size: str
    open_page: object
    base: str
    steps: list[str] = field(default_factory=list)

    def page(self, username: str | None = None, **options) -> Page:
        """A new page of this run's size in this run's language, logged in as ``username``
        with a session made on the server (logging in is no journey's subject)."""
        page = self.open_page(SCREENS[self.size], TIMEOUT_MS, **options)
        cookies = [{"name": settings.LANGUAGE_COOKIE_NAME, "value": self.language}]
        if username:
            client = Client()
            client.force_login(User.objects.get(username=username))
            session = client.cookies[settings.SESSION_COOKIE_NAME].value
            cookies.append({"name": settings.SESSION_COOKIE_NAME, "value": session})
        page.context.add_cookies([{**cookie, "url": self.base} for cookie in cookies])
        return page

    def check(self, page: Page, step: str) -> Path:
        self.steps.append(step)
        name = f"{self.journey}/{self.language}-{self.size}-{len(self.steps):02d}-{step}"
        return check(page, name, self.language)
