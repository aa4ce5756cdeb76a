"""Signed heads go to a sink outside the database, and `verify` checks them by default.

A sealed chain cannot be rewritten without the audit key, but its newest
entries can still be deleted: only a head kept elsewhere shows that the log
once went further.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from hogo.audit import heads, log
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run


@pytest.fixture
def sink(tmp_path: Path, settings: Any) -> Iterator[Path]:
    path = tmp_path / "heads.jsonl"
    settings.AUDIT_HEAD_SINK = f"file:{path}"
    heads.reset_schedule()
    yield path
    heads.reset_schedule()


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_audit_publish_appends_a_signed_head_to_the_sink(
    logged: list[AuditEntry], sink: Path, run_audit: Callable[..., Run]
) -> None:
    result = run_audit("publish")

    assert result.code == 0
    assert f"published head #{ENTRIES} {logged[-1].hash}" in result.out
    (line,) = _lines(sink)
    assert (line["seq"], line["hash"]) == (ENTRIES, logged[-1].hash)
    assert heads.is_genuine(heads.parse(json.dumps(line))) is True
    assert line["public_key"] == heads.public_key(bytes.fromhex(line["key_id"]))


@pytest.mark.usefixtures("unguarded")
def test_verify_checks_the_published_heads_by_default_and_catches_a_cut_tail(
    logged: list[AuditEntry], sink: Path, run_audit: Callable[..., Run]
) -> None:
    assert run_audit("publish").code == 0
    intact = run_audit("verify", "--no-record")
    assert intact.code == 0
    assert f"checked against 1 signed heads from file:{sink}, the newest for entry #{ENTRIES}" in (
        intact.out
    )

    AuditEntry.objects.filter(seq__gt=5).delete()
    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert f"a head was published for entry #{ENTRIES}, but the log ends at #5" in result.err


def test_a_forged_published_head_is_refused(
    logged: list[AuditEntry], sink: Path, run_audit: Callable[..., Run]
) -> None:
    run_audit("publish")
    line = _lines(sink)[0]
    line["seq"] = 3
    sink.write_text(json.dumps(line) + "\n")

    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert "does not carry a valid signature" in result.err


def test_a_sink_that_cannot_be_read_fails_verify_unless_the_chain_alone_is_asked_for(
    logged: list[AuditEntry], settings: Any, tmp_path: Path, run_audit: Callable[..., Run]
) -> None:
    settings.AUDIT_HEAD_SINK = f"file:{tmp_path / 'missing' / 'heads.jsonl'}"

    refused = run_audit("verify", "--no-record")
    alone = run_audit("verify", "--no-record", "--chain-only")

    assert refused.code == 1
    assert "cannot read the published heads" in refused.err
    assert alone.code == 0
    assert "no published head checked (--chain-only)" in alone.out


def test_the_application_publishes_heads_itself_at_most_once_an_interval(
    db: None, sink: Path, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.AUDIT_HEAD_SECONDS = 3600
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            log.record("audit.view", actor=None)
    first = _lines(sink)
    heads._last_published -= 3600  # an hour later
    with django_capture_on_commit_callbacks(execute=True):
        log.record("audit.view", actor=None)

    assert [line["seq"] for line in first] == [1]
    assert (
        [(line["seq"], line["hash"]) for line in _lines(sink)][-1]
        == log.latest()
        == (
            4,
            log.head(),
        )
    )


def test_a_sink_that_is_down_does_not_fail_the_change_that_wrote_the_entry(
    db: None, settings: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    settings.AUDIT_HEAD_SINK = f"file:{tmp_path / 'missing' / 'heads.jsonl'}"
    heads.reset_schedule()
    with django_capture_on_commit_callbacks(execute=True):
        log.record("audit.view", actor=None)
    heads.reset_schedule()

    assert AuditEntry.objects.count() == 1


class _Collector(BaseHTTPRequestHandler):
    kept: list[str] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.kept.append(self.rfile.read(length).decode())
        self.send_response(204)
        self.end_headers()

    def do_GET(self) -> None:
        body = "\n".join(self.kept).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_heads_are_posted_to_an_http_collector_and_read_back_from_it(
    logged: list[AuditEntry], settings: Any, run_audit: Callable[..., Run]
) -> None:
    _Collector.kept = []
    server = HTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings.AUDIT_HEAD_SINK = f"http://127.0.0.1:{server.server_port}/heads"
        assert run_audit("publish").code == 0
        result = run_audit("verify", "--no-record")
    finally:
        server.shutdown()
        server.server_close()

    assert len(_Collector.kept) == 1
    assert result.code == 0
    assert f"the newest for entry #{ENTRIES}" in result.out


def test_a_syslog_sink_gets_the_head_and_verify_reads_what_the_log_server_kept(
    logged: list[AuditEntry], settings: Any, tmp_path: Path, run_audit: Callable[..., Run]
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        server.settimeout(5)
        settings.AUDIT_HEAD_SINK = f"syslog:127.0.0.1:{server.getsockname()[1]}"
        assert run_audit("publish").code == 0
        received = server.recv(65536).decode()
    kept = tmp_path / "syslog.txt"
    kept.write_text(received + "\n")

    unreadable = run_audit("verify", "--no-record")
    result = run_audit("verify", "--no-record", "--heads", str(kept))

    assert "hogo-audit-head" in received
    assert unreadable.code == 1
    assert "cannot be read back" in unreadable.err
    assert result.code == 0
    assert f"checked against 1 signed heads from {kept}" in result.out


@pytest.mark.parametrize(
    "value", ["file:relative/heads", "ftp://example.org/x", "http://example.org/h"]
)
def test_a_sink_setting_that_names_no_sink_is_refused(value: str) -> None:
    with pytest.raises(heads.SinkError):
        heads.check_sink(value)


def test_publish_says_so_when_the_sink_is_down_and_dry_run_sends_nothing(
    logged: list[AuditEntry], settings: Any, tmp_path: Path, run_audit: Callable[..., Run]
) -> None:
    settings.AUDIT_HEAD_SINK = f"file:{tmp_path / 'missing' / 'heads.jsonl'}"

    down = run_audit("publish")
    dry = run_audit("publish", "--dry-run")

    assert down.code == 1
    assert "head not published" in down.err
    assert dry.code == 0
    printed = heads.parse(dry.out.strip())
    assert (printed.seq, printed.hash) == (ENTRIES, logged[-1].hash)
    assert not (tmp_path / "missing").exists()
