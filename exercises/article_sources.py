"""Article text from what a teacher or learner brings in the browser: an uploaded file (.txt,
.md, .html, .docx) or a web address whose page is fetched and reduced to the article's body.

Plain Python: the same checks as the command's files (``article_files``), and the same error
class, so every way in refuses bad input with one kind of message.
"""

from __future__ import annotations

import io
import ipaddress
import socket
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from exercises.article_files import (
    ALLOWED_SUFFIXES,
    MAX_BYTES,
    ArticleFileError,
    ArticleText,
    decode_article,
)

UPLOAD_SUFFIXES = (*ALLOWED_SUFFIXES, ".html", ".htm", ".docx")
MAX_PAGE_BYTES = 3_000_000  # a news page is mostly markup; its article is far smaller


@dataclass(frozen=True, slots=True)
class FetchRules:
    allow_private: bool = False  # loopback, private and link-local addresses (tests only)
    timeout: float = 10.0
    max_bytes: int = MAX_PAGE_BYTES


def read_upload(name: str, data: bytes) -> ArticleText:
    """The article in an uploaded file, by its extension.

    Raises:
        ArticleFileError: another type of file, or one that holds no Arabic article.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        kinds = ", ".join(UPLOAD_SUFFIXES)
        raise ArticleFileError(f"{name}: only these files can be imported: {kinds}.")
    if suffix in (".html", ".htm"):
        return html_article(data, name=name)
    if suffix == ".docx":
        return docx_article(data, name=name)
    return decode_article(data, name=name, markdown=suffix == ".md")


def docx_article(data: bytes, *, name: str = "The document") -> ArticleText:
    """The paragraphs of a Word document, one per line; its title from the first heading."""
    import docx  # python-docx is only needed here

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise ArticleFileError(f"{name} is not a Word document (.docx) that can be read.") from None
    lines, title = [], ""
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if not title and (style.startswith("heading") or style == "title"):
            title = text
        lines.append(text)
    article = decode_article("\n".join(lines).encode("utf-8"), name=name)
    return ArticleText(article.text, "docx", title)


def html_article(data: bytes, *, name: str = "The page") -> ArticleText:
    """The article body of a web page (navigation, comments and boilerplate left out)."""
    import trafilatura  # loading it takes a moment: only when a page is imported

    if len(data) > MAX_PAGE_BYTES:
        raise ArticleFileError(f"{name} is larger than 3 MB; it cannot be imported.")
    body = trafilatura.extract(data, favor_precision=True, include_comments=False)
    if not body:
        raise ArticleFileError(f"{name}: no article text was found on the page.")
    metadata = trafilatura.extract_metadata(data)
    title = (metadata.title or "").strip() if metadata is not None else ""
    article = decode_article(body.encode("utf-8"), name=name)
    return ArticleText(article.text, "html", title)


def fetch_article(url: str, rules: FetchRules | None = None) -> ArticleText:
    """Fetch a web page and extract its article.

    Raises:
        ArticleFileError: not an http(s) address, a private address (unless allowed), a page
            that cannot be reached in time, is too large, is not a web page, or holds no
            Arabic article.
    """
    rules = rules or FetchRules()
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ArticleFileError("Give a web address that starts with http:// or https://.")
    if not rules.allow_private:
        _refuse_private(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    request = urllib.request.Request(url, headers={"User-Agent": "arabic-exercises/1.0"})
    opener = urllib.request.build_opener(_CheckedRedirects(rules))
    try:
        with opener.open(request, timeout=rules.timeout) as response:
            content_type = response.headers.get_content_type()
            data = response.read(rules.max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise ArticleFileError(f"{parts.hostname} answered with error {error.code}.") from None
    except (urllib.error.URLError, TimeoutError, OSError):
        raise ArticleFileError(
            f"Could not reach {parts.hostname}: the site is offline, the address is wrong, or "
            "this server has no internet access."
        ) from None
    if len(data) > rules.max_bytes:
        raise ArticleFileError(f"The page at {parts.hostname} is too large to import.")
    if content_type == "text/plain":
        return decode_article(data, name=parts.hostname)
    if content_type not in ("text/html", "application/xhtml+xml"):
        raise ArticleFileError(f"The address gives a {content_type} file, not a web page.")
    return html_article(data, name=f"The page at {parts.hostname}")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is a new address: it must pass the same checks as the first one."""

    def __init__(self, rules: FetchRules) -> None:
        self.rules = rules

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        parts = urlsplit(newurl)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ArticleFileError("The page redirects to an address that cannot be imported.")
        if not self.rules.allow_private:
            _refuse_private(parts.hostname, parts.port or 80)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _refuse_private(host: str, port: int) -> None:
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port)}
    except socket.gaierror:
        raise ArticleFileError(f"Could not find the site {host}: check the address.") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise ArticleFileError(
                f"{host} is a private or local address; only public web pages can be imported."
            )


__all__ = [
    "MAX_BYTES",
    "FetchRules",
    "docx_article",
    "fetch_article",
    "html_article",
    "read_upload",
]
