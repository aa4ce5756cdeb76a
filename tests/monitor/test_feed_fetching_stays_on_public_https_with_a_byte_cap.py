"""Feed fetching: HTTPS only, no private or local address at any hop, a byte cap while reading.

A feed URL is typed by an administrator but answered by whoever runs that
server: a redirect must not turn hogo into a way to reach the machines around
it (a cloud metadata service, an admin port), and an endless body must not
fill its memory. Nothing here uses the internet: names are resolved by the test.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hogo.monitor import sources

from .local_https import LocalHttps, serve

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Held in Jilin</title><link>https://news.test/1</link>
<description>A woman was detained in Jilin.</description></item></channel></rss>"""


@pytest.fixture
def https(tmp_path: Path) -> Iterator[LocalHttps]:
    yield from serve(tmp_path)


def body(*chunks: bytes) -> object:
    return lambda: iter(chunks)


def test_a_feed_is_read_over_https_from_the_address_that_was_checked(https: LocalHttps) -> None:
    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, body(FEED))
    [article] = sources.read_feed(https.url("/feed.xml"), fetcher=https.fetcher())
    assert article.title == "Held in Jilin"
    # One resolution: the connection went to the checked address and did not ask the
    # resolver again (news.test has no address outside this test).
    assert https.resolutions == ["news.test"]


def test_feed_fetching_refuses_plain_http() -> None:
    with pytest.raises(sources.SourceError, match="only https://"):
        sources.read_feed("http://news.example/feed.xml")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104 - an address to refuse, not one to bind
        "224.0.0.251",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::5",
        "ff02::1",
        "::ffff:10.0.0.1",
        "2002:a00:1::1",
    ],
)
def test_feed_fetching_refuses_a_private_local_or_reserved_address(
    address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def resolve(host: str, port: int) -> list[sources.Address]:
        return [ipaddress.ip_address(address)]

    monkeypatch.setattr(sources, "resolve_host", resolve)
    with pytest.raises(sources.SourceError, match="refused"):
        sources.fetch_url("https://news.example/feed.xml", fetcher=sources.Fetcher(resolve=resolve))


def test_feed_fetching_refuses_a_name_with_any_private_address() -> None:
    def resolve(host: str, port: int) -> list[sources.Address]:
        return [ipaddress.ip_address("93.184.215.14"), ipaddress.ip_address("10.0.0.7")]

    with pytest.raises(sources.SourceError, match="refused"):
        sources.fetch_url("https://news.example/", fetcher=sources.Fetcher(resolve=resolve))


@pytest.mark.parametrize(
    "location",
    [
        "https://169.254.169.254/latest/meta-data/",
        "https://internal.test/admin",
        "https://[::1]/",
    ],
)
def test_feed_fetching_refuses_a_redirect_to_a_private_address(
    https: LocalHttps, location: str
) -> None:
    https.routes["/feed.xml"] = (302, {"Location": location.replace("/admin", "")}, body())
    fetcher = https.fetcher(names={"internal.test": "10.0.0.8"})
    with pytest.raises(sources.SourceError, match="refused"):
        sources.read_feed(https.url("/feed.xml"), fetcher=fetcher)


def test_feed_fetching_refuses_a_redirect_to_plain_http(https: LocalHttps) -> None:
    https.routes["/feed.xml"] = (301, {"Location": "http://news.test/feed.xml"}, body())
    with pytest.raises(sources.SourceError, match="only https://"):
        sources.read_feed(https.url("/feed.xml"), fetcher=https.fetcher())


def test_feed_fetching_follows_a_redirect_that_stays_public(https: LocalHttps) -> None:
    https.routes["/old"] = (308, {"Location": "/feed.xml"}, body())
    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, body(FEED))
    [article] = sources.read_feed(https.url("/old"), fetcher=https.fetcher())
    assert article.title == "Held in Jilin"
    assert https.resolutions == ["news.test", "news.test"]


def test_feed_fetching_stops_an_endless_body_at_the_byte_cap(https: LocalHttps) -> None:
    def endless() -> Iterator[bytes]:
        while True:
            yield b"<rss>" + b"x" * 65536

    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, endless)
    started = time.monotonic()
    with pytest.raises(sources.SourceError, match="larger than 100000 bytes"):
        sources.read_feed(https.url("/feed.xml"), fetcher=https.fetcher(max_bytes=100_000))
    assert time.monotonic() - started < 10


def test_feed_fetching_refuses_a_declared_length_over_the_cap_before_reading(
    https: LocalHttps,
) -> None:
    https.routes["/feed.xml"] = (200, {"Content-Length": "9000000"}, body(FEED))
    with pytest.raises(sources.SourceError, match="larger than"):
        sources.read_feed(https.url("/feed.xml"), fetcher=https.fetcher())


def test_feed_fetching_refuses_a_certificate_it_cannot_verify(https: LocalHttps) -> None:
    https.routes["/feed.xml"] = (200, {}, body(FEED))
    trusting_nothing = https.fetcher()
    strict = sources.Fetcher(resolve=trusting_nothing.resolve, permit=trusting_nothing.permit)
    with pytest.raises(sources.SourceError, match="could not be fetched"):
        sources.read_feed(https.url("/feed.xml"), fetcher=strict)
