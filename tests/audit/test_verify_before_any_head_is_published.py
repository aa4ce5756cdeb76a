"""`hogo audit verify` on a new instance, before the first signed head is published.

The sink is configured (HOGO_AUDIT_HEAD_SINK) but nothing has reached it yet:
the file sink's file does not exist, or the file or the collector holds no
line. verify checks the chain on its own and says in words that nothing was
published, and what that leaves unchecked, instead of failing on a missing
file or passing with no word about the heads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from hogo.audit import heads
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run

NOTHING = "nothing has been published to {sink} yet: the chain was checked on its own"


@pytest.fixture
def file_sink(tmp_path: Path, settings: Any) -> Iterator[Path]:
    path = tmp_path / "heads.jsonl"
    settings.AUDIT_HEAD_SINK = f"file:{path}"
    heads.reset_schedule()
    yield path
    heads.reset_schedule()


def test_a_sink_file_not_created_yet_is_nothing_published_in_words(
    logged: list[AuditEntry], file_sink: Path, run_audit: Callable[..., Run]
) -> None:
    assert not file_sink.exists()

    result = run_audit("verify", "--no-record")

    assert result.code == 0, result.err
    assert f"audit log intact: {ENTRIES} entries" in result.out
    said = NOTHING.format(sink=f"file:{file_sink}")
    assert said in result.out
    assert "entries cut from its end would go unseen" in result.out
    assert "`hogo audit publish`" in result.out
    assert result.err.startswith(f"warning: {said}")
    assert "Errno" not in result.out + result.err


def test_an_empty_sink_file_is_nothing_published_in_words(
    logged: list[AuditEntry], file_sink: Path, run_audit: Callable[..., Run]
) -> None:
    file_sink.write_text("")

    result = run_audit("verify", "--no-record")

    assert result.code == 0, result.err
    assert NOTHING.format(sink=f"file:{file_sink}") in result.out


def test_once_a_head_is_published_the_warning_is_gone(
    logged: list[AuditEntry], file_sink: Path, run_audit: Callable[..., Run]
) -> None:
    assert run_audit("publish").code == 0

    result = run_audit("verify", "--no-record")

    assert result.code == 0, result.err
    assert f"checked against 1 signed heads from file:{file_sink}" in result.out
    assert "nothing has been published" not in result.out + result.err


def test_a_sink_directory_that_is_missing_is_still_an_error(
    logged: list[AuditEntry], settings: Any, tmp_path: Path, run_audit: Callable[..., Run]
) -> None:
    # A mistyped or unmounted directory is not "nothing published yet".
    settings.AUDIT_HEAD_SINK = f"file:{tmp_path / 'unmounted' / 'heads.jsonl'}"

    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert "cannot read the published heads" in result.err


class _EmptyCollector(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_collector_that_holds_no_head_yet_is_nothing_published_in_words(
    logged: list[AuditEntry], settings: Any, run_audit: Callable[..., Run]
) -> None:
    server = HTTPServer(("127.0.0.1", 0), _EmptyCollector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sink = f"http://127.0.0.1:{server.server_port}/heads"
    try:
        settings.AUDIT_HEAD_SINK = sink
        result = run_audit("verify", "--no-record")
    finally:
        server.shutdown()
        server.server_close()

    assert result.code == 0, result.err
    assert NOTHING.format(sink=sink) in result.out
