"""Reading articles from files, folders, feeds and web pages. No ORM here.

Every failure is a :class:`SourceError` naming the source, so one bad file or
feed is reported and skipped and the others still arrive.
"""

from __future__ import annotations

import calendar
import http.client
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser  # type: ignore[import-untyped, unused-ignore]
import trafilatura  # type: ignore[import-untyped, unused-ignore]
from lxml import html as lxml_html  # type: ignore[import-untyped, unused-ignore]

MAX_BYTES = 5_000_000
TIMEOUT_SECONDS = 20
MAX_REDIRECTS = 5
# However slowly a server answers, one fetch ends after this long (each socket
# operation alone would allow a server dripping a byte every few seconds forever).
TOTAL_SECONDS = 60
READ_SIZE = 64 * 1024
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


class AddressRefused(SourceError):
    """An address hogo will not fetch, before any connection is made.

    `reason` names the rule (for a message in the reader's language):
    ``scheme`` (not https://), ``host`` (no host name), ``port`` (not a port),
    ``credentials`` (a user name or password in the address), ``unresolved``
    (the name has no address) or ``private`` (an address that is private,
    loopback, link-local, multicast or reserved: `address` says which).
    """

    def __init__(self, message: str, *, reason: str, address: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.address = address


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


Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: Address) -> bool:
    """Whether an address is on the public internet: not private, loopback, link-local,
    multicast, reserved or unspecified, nor one of those wrapped in an IPv6 address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def resolve_host(host: str, port: int) -> list[Address]:
    """Every address the name resolves to (an address literal is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise SourceError(f"{host}: the name does not resolve ({error})") from error
    addresses: list[Address] = []
    for _family, _type, _proto, _name, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to one address already checked, with the certificate checked for the host name.

    Connecting to the address, not the name, means a second resolution (DNS
    rebinding) cannot send the request somewhere the check did not see.
    """

    def __init__(
        self, host: str, port: int, *, address: Address, timeout: float, tls: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=tls)
        self._address = address
        self._tls = tls
        # Kept after the connection hands the socket to a response that reads to
        # the end (HTTP/1.0, `Connection: close`), so each read's timeout can be set.
        self.pinned: socket.socket | None = None

    def connect(self) -> None:
        raw = socket.create_connection((str(self._address), self.port), self.timeout)
        self.sock = self.pinned = self._tls.wrap_socket(raw, server_hostname=self.host)


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Fetcher:
    """Reads a URL from the public internet: HTTPS only, every hop of a redirect checked,
    the connection pinned to the address checked, the body cut off at `max_bytes`.

    The defaults are the only ones hogo uses; tests give a resolver, an address
    rule and a TLS context of their own to reach a server on this machine.
    """

    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT_SECONDS
    total_seconds: float = TOTAL_SECONDS
    max_redirects: int = MAX_REDIRECTS
    resolve: Callable[[str, int], list[Address]] = resolve_host
    permit: Callable[[Address], bool] = is_public
    tls: ssl.SSLContext = field(default_factory=ssl.create_default_context)

    def check(self, url: str) -> None:
        """Refuse, without connecting, an address that `get` would refuse before connecting:
        what a page checks before it saves a feed (`AddressRefused` says which rule)."""
        self._target(url)

    def get(self, url: str) -> Fetched:
        current = url
        deadline = time.monotonic() + self.total_seconds
        for _hop in range(self.max_redirects + 1):
            response, connection = self._request(current, deadline)
            try:
                if response.status in (301, 302, 303, 307, 308):
                    location = response.getheader("Location")
                    if not location:
                        raise SourceError(f"{current}: a redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if not 200 <= response.status < 300:
                    answer = f"HTTP {response.status} {response.reason}"
                    raise SourceError(f"{current}: could not be fetched ({answer})")
                return Fetched(
                    url=current,
                    content_type=response.getheader("Content-Type") or "",
                    data=self._body(current, response, connection, deadline),
                )
            finally:
                connection.close()
        raise SourceError(f"{url}: more than {self.max_redirects} redirects")

    def _target(self, url: str) -> tuple[str, int, str, Address]:
        parts = urlsplit(url)
        if parts.scheme.lower() != "https":
            raise AddressRefused(f"{url}: only https:// addresses are fetched", reason="scheme")
        # A password in a feed's address would be shown on its page and written to the
        # audit log; and credentials are never sent, so refuse rather than drop them.
        if parts.username is not None or parts.password is not None:
            raise AddressRefused(
                f"{parts.scheme}://…@{parts.hostname}: refused, the address carries a user "
                "name or password",
                reason="credentials",
            )
        if not parts.hostname:
            raise AddressRefused(f"{url}: no host name", reason="host")
        try:
            port = parts.port or 443
        except ValueError:
            raise AddressRefused(f"{url}: not a valid port", reason="port") from None
        try:
            addresses = self.resolve(parts.hostname, port)
        except AddressRefused:
            raise
        except SourceError as error:
            raise AddressRefused(str(error), reason="unresolved") from error
        if not addresses:
            raise AddressRefused(f"{url}: the name does not resolve", reason="unresolved")
        # Every address must be public: a name that also resolves inside is refused
        # whole, so which one the connection takes cannot matter.
        for address in addresses:
            if not self.permit(address):
                raise AddressRefused(
                    f"{url}: refused, {parts.hostname} is a private, local or reserved "
                    f"address ({address})",
                    reason="private",
                    address=str(address),
                )
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return parts.hostname, port, path, addresses[0]

    def _remaining(self, url: str, deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SourceError(f"{url}: took longer than {self.total_seconds:g} seconds")
        return min(self.timeout, left)

    def _request(
        self, url: str, deadline: float
    ) -> tuple[http.client.HTTPResponse, http.client.HTTPSConnection]:
        host, port, path, address = self._target(url)
        connection = _PinnedHTTPSConnection(
            host, port, address=address, timeout=self._remaining(url, deadline), tls=self.tls
        )
        try:
            connection.request(
                "GET", path, headers={"User-Agent": "hogo", "Accept-Encoding": "identity"}
            )
            return connection.getresponse(), connection
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            raise SourceError(f"{url}: could not be fetched ({error})") from error

    def _body(
        self,
        url: str,
        response: http.client.HTTPResponse,
        connection: http.client.HTTPSConnection,
        deadline: float,
    ) -> bytes:
        encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
        if encoding != "identity":
            raise SourceError(f"{url}: sent {encoding}-encoded, which is not read")
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"{url}: larger than {self.max_bytes} bytes")
        data = bytearray()
        try:
            while True:
                # Each read waits at most until the deadline, and returns what one
                # receive brought, so a slow drip cannot stretch a read.
                left = self._remaining(url, deadline)
                if isinstance(connection, _PinnedHTTPSConnection) and connection.pinned:
                    connection.pinned.settimeout(left)
                chunk = response.read1(READ_SIZE)
                if not chunk:
                    break
                data += chunk
                if len(data) > self.max_bytes:
                    raise SourceError(f"{url}: larger than {self.max_bytes} bytes")
        except (OSError, http.client.HTTPException) as error:
            raise SourceError(f"{url}: could not be read ({error})") from error
        return bytes(data)


def _text_of(fetched: Fetched) -> str:
    match = re.search(r"charset=([\w.:-]+)", fetched.content_type, re.IGNORECASE)
    if match:
        try:
            return fetched.data.decode(match[1])
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(fetched.data, fetched.url)


def fetch_url(url: str, *, fetcher: Fetcher | None = None) -> list[RawArticle]:
    """A feed or a page on the web (see `Fetcher`), or a local file given as file://."""
    if url.startswith("file://"):
        return read_file(Path(url.removeprefix("file://")))
    fetched = (fetcher or Fetcher()).get(url)
    kind = fetched.content_type.lower()
    text = _text_of(fetched)
    if "rss" in kind or "atom" in kind or _looks_like_feed(text):
        return parse_feed(fetched.data, source=url)
    return [html_to_article(text, source=url, origin="url", url=fetched.url)]


def is_local_path(url: str) -> bool:
    """Whether a feed's address names a file on this machine (a path, or file://)."""
    return url.startswith("file://") or not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url)


def read_feed(url: str, *, fetcher: Fetcher | None = None) -> list[RawArticle]:
    """A configured feed: an https:// URL, or a path to a feed file (handy offline and in tests).

    Any other scheme (plain http:// among them) is refused by the fetcher.
    """
    if not is_local_path(url):
        return fetch_url(url, fetcher=fetcher)
    path = Path(url.removeprefix("file://"))
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise SourceError(f"{url}: cannot be read ({error.strerror})") from error
    return parse_feed(data, source=url)
