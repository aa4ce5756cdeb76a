"""One fetch ends by its deadline, however slowly the server drips its answer.

Each socket operation has its own timeout, but a server sending a byte just
before each one runs out would otherwise hold a worker (or a page's "fetch now")
for as long as it liked.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from hogo.monitor import sources

from .local_https import LocalHttps, serve


@pytest.fixture
def https(tmp_path: Path) -> Iterator[LocalHttps]:
    yield from serve(tmp_path)


def drip() -> Iterator[bytes]:
    yield b'<?xml version="1.0"?><rss version="2.0"><channel>'
    for _ in range(40):
        time.sleep(0.2)
        yield b" "


def test_a_dripping_server_is_cut_off_at_the_deadline(https: LocalHttps) -> None:
    https.routes["/slow.xml"] = (200, {"Content-Type": "application/rss+xml"}, drip)
    fetcher = replace(https.fetcher(), total_seconds=1.5)
    started = time.monotonic()
    with pytest.raises(sources.SourceError, match=r"could not be read|longer than"):
        fetcher.get(https.url("/slow.xml"))
    # Well before the eight seconds the drip would take.
    assert time.monotonic() - started < 4


def test_a_quick_answer_is_read_whole(https: LocalHttps) -> None:
    body = b"<rss>" + b"x" * 300_000 + b"</rss>"
    https.routes["/big.xml"] = (200, {"Content-Type": "application/rss+xml"}, lambda: iter([body]))
    fetched = replace(https.fetcher(), total_seconds=5).get(https.url("/big.xml"))
    assert fetched.data == body
