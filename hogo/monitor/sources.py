"""Reading articles from files, folders, feeds and web pages. No ORM here.

Every failure is a :class:`SourceError` naming the source, so one bad file or
feed is reported and skipped and the others still arrive.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import feedparser  # type: ignore[import-untyped, unused-ignore]
import requests
import trafilatura  # type: ignore[import-untyped, unused-ignore]
from lxml import html as lxml_html  # type: ignore[import-untyped, unused-ignore]

MAX_BYTES = 5_000_000
TIMEOUT_SECONDS = 20
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}

# Lines of plain text that are the publisher talking, not the article.
_BOILERPLATE = re.compile(
    r"subscrib|sign up|newsletter|advertisement|all rights reserved|cookie|購読|会員登録|広告",
    re.IGNORECASE,
)


class SourceError(ValueError):
    """A source that could not be read: the message says which and why."""


@dataclass(frozen=True)
class RawArticle:
    source: str
    origin: str  # Origin value: file, feed, url, paste
    text: str
    title: str = ""
    url: str = ""
    published_on: date | None = None


def clean_text(text: str) -> str:
    """Plain text without publisher notices and with tidy paragraphs."""
    kept = [
        line.strip()
        for line in text.replace("\r\n", "\n").split("\n")
        if not (_BOILERPLATE.search(line) and len(line) < 400)
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _iso_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def html_to_article(markup: str, *, source: str, origin: str, url: str = "") -> RawArticle:
    """The article in a page, without navigation, notices or other boilerplate."""
    try:
        extracted = trafilatura.bare_extraction(
            markup, url=url or None, include_comments=False, with_metadata=True
        )
        document: Any = None
        if extracted is not None and not isinstance(extracted, dict):
            document = extracted.as_dict()
    except Exception as error:
        raise SourceError(f"{source}: the page could not be read ({error})") from error
    if not isinstance(document, dict) or not (document.get("text") or "").strip():
        raise SourceError(f"{source}: no article text found in the page")
    return RawArticle(
        source=source,
        origin=origin,
        text=clean_text(str(document["text"])),
        title=str(document.get("title") or "")[:500],
        url=url,
        published_on=_iso_date(document.get("date")),
    )


def _fragment_text(markup: str) -> str:
    """Text of a feed entry's HTML summary: too short for trafilatura, so lxml."""
    if "<" not in markup:
        return markup
    try:
        return str(lxml_html.fromstring(markup).text_content())
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", markup)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date.fromtimestamp(calendar.timegm(parsed))
    return None


def parse_feed(data: bytes | str, *, source: str) -> list[RawArticle]:
    """Every entry of an RSS or Atom document that has any text."""
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise SourceError(f"{source}: not a readable RSS or Atom feed ({problem})")
    articles = []
    for entry in parsed.entries:
        parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
        text = clean_text("\n\n".join(_fragment_text(part) for part in parts if part))
        if not text:
            continue
        articles.append(
            RawArticle(
                source=source,
                origin="feed",
                text=text,
                title=str(entry.get("title", ""))[:500],
                url=str(entry.get("link", "")),
                published_on=_entry_date(entry),
            )
        )
    if not articles and parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        raise SourceError(f"{source}: a malformed feed with no readable entry ({problem})")
    return articles


def _looks_like_feed(head: str) -> bool:
    start = head.lstrip()[:500].lower()
    return (
        start.startswith("<?xml") and ("<rss" in start or "<feed" in start)
    ) or start.startswith(("<rss", "<feed"))


def _decode(data: bytes, source: str) -> str:
    for encoding in ("utf-8-sig", "cp932", "euc-jp"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{source}: not UTF-8, Shift_JIS or EUC-JP text")


def read_file(path: Path) -> list[RawArticle]:
    """One file: text, HTML, or a feed saved to disk. `source` is the file name."""
    source = path.name
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise SourceError(f"{source}: cannot be read ({error.strerror})") from error
    if len(data) > MAX_BYTES:
        raise SourceError(f"{source}: larger than {MAX_BYTES} bytes")
    content = _decode(data, source)
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES or _looks_like_feed(content):
        return parse_feed(data, source=source)
    if suffix in HTML_SUFFIXES or content.lstrip()[:200].lower().startswith(("<!doctype", "<html")):
        return [html_to_article(content, source=source, origin="file")]
    text = clean_text(content)
    if not text:
        raise SourceError(f"{source}: the file is empty")
    return [RawArticle(source=source, origin="file", text=text)]


def files_in(path: Path) -> Iterator[Path]:
    """The readable files under a folder, in a stable order; the file itself otherwise."""
    if path.is_dir():
        suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
        yield from sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
        )
    elif path.exists():
        yield path
    else:
        raise SourceError(f"{path}: no such file or folder")


def fetch_url(url: str) -> list[RawArticle]:
    """A feed or a page on the web."""
    if url.startswith("file://"):
        return read_file(Path(url.removeprefix("file://")))
    try:
        response = requests.get(url, timeout=TIMEOUT_SECONDS, headers={"User-Agent": "hogo"})
        response.raise_for_status()
    except requests.RequestException as error:
        raise SourceError(f"{url}: could not be fetched ({error})") from error
    data = response.content[: MAX_BYTES + 1]
    if len(data) > MAX_BYTES:
        raise SourceError(f"{url}: larger than {MAX_BYTES} bytes")
    kind = response.headers.get("Content-Type", "")
    text = response.text
    if "rss" in kind or "atom" in kind or _looks_like_feed(text):
        return parse_feed(data, source=url)
    return [html_to_article(text, source=url, origin="url", url=url)]


def read_feed(url: str) -> list[RawArticle]:
    """A configured feed: a URL, or a path to a feed file (handy offline and in tests)."""
    if re.match(r"^https?://", url):
        return fetch_url(url)
    path = Path(url.removeprefix("file://"))
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise SourceError(f"{url}: cannot be read ({error.strerror})") from error
    return parse_feed(data, source=url)
