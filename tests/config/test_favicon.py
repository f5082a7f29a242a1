"""A favicon: a static file linked from every page, and /favicon.ico (which browsers ask for
whatever the page says) leads to it instead of a 404."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse


def test_favicon_ico_leads_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code in (301, 302)
    assert response.url == static("learning/favicon.ico")
    path = finders.find("learning/favicon.ico")
    assert path and Path(path).read_bytes()[:4] == b"\x00\x00\x01\x00", "an ICO file"


def test_pages_link_the_icon(client, db):
    html = client.get(reverse("exercises:article_list")).content.decode()
    assert f'<link rel="icon" href="{static("learning/favicon.ico")}"' in html
