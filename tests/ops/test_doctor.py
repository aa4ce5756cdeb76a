"""`hogo doctor` names each configuration problem in plain words and exits 1 on one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.db import connection

from hogo.ops.doctor import check_clock, check_database, check_documents, check_url
from hogo.ops.findings import Level
from hogo.ops.keyfiles import check_key_files

ROOT = Path(__file__).resolve().parents[2]
MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="


def _levels(findings: list) -> list[Level]:  # type: ignore[type-arg]
    return [finding.level for finding in findings]


def test_a_key_file_that_does_not_exist_is_a_problem_said_plainly(tmp_path: Path) -> None:
    findings = check_key_files({"HOGO_MASTER_KEY_FILE": str(tmp_path / "gone")})
    master = findings[1]
    assert master.level is Level.PROBLEM
    assert "does not exist" in master.text
    assert "master keys" in master.text


def test_a_key_file_other_users_can_read_is_a_problem(tmp_path: Path) -> None:
    key = tmp_path / "master_key"
    key.write_text(MASTER_KEY)
    key.chmod(0o644)
    master = check_key_files({"HOGO_MASTER_KEY_FILE": str(key)})[1]
    assert master.level is Level.PROBLEM
    assert "every user of this machine" in master.text
    key.chmod(0o440)
    assert check_key_files({"HOGO_MASTER_KEY_FILE": str(key)})[1].level is Level.OK


def test_an_empty_key_file_is_a_problem(tmp_path: Path) -> None:
    key = tmp_path / "secret_key"
    key.write_text("\n")
    key.chmod(0o400)
    assert check_key_files({"HOGO_SECRET_KEY_FILE": str(key)})[0].level is Level.PROBLEM


def test_a_key_in_the_environment_is_a_warning_and_both_ways_a_problem(tmp_path: Path) -> None:
    assert check_key_files({"HOGO_MASTER_KEY": MASTER_KEY})[1].level is Level.WARNING
    both = check_key_files({"HOGO_MASTER_KEY": MASTER_KEY, "HOGO_MASTER_KEY_FILE": "/x"})
    assert both[1].level is Level.PROBLEM


def test_when_hogo_cannot_start_doctor_says_why_without_a_traceback(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("HOGO_")},
        "HOGO_SECRET_KEY": "k" * 20 + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789",
        "HOGO_MASTER_KEY_FILE": str(tmp_path / "master_key"),
        "HOGO_DATABASE_URL": "sqlite:///:memory:",
    }
    result = subprocess.run(
        [sys.executable, "-m", "hogo", "doctor"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"HOGO_MASTER_KEY_FILE ({tmp_path / 'master_key'}): the file does not exist" in (
        result.stdout
    )
    assert "hogo cannot start" in result.stdout


def test_a_clock_far_from_the_database_servers_is_a_problem() -> None:
    late = check_clock(lambda: datetime.now(UTC) - timedelta(seconds=90))
    assert late.level is Level.PROBLEM
    assert "authenticator codes" in late.text
    assert "ahead of" in late.text
    assert check_clock(lambda: datetime.now(UTC)).level is Level.OK


@pytest.mark.django_db
def test_the_database_role_is_judged() -> None:
    findings = check_database()
    texts = " ".join(finding.text for finding in findings)
    if connection.vendor == "postgresql":
        # The suite connects as postgres, a superuser: exactly what must not serve.
        assert Level.PROBLEM in _levels(findings)
        assert "is a superuser" in texts
        assert "clock: within" in texts
    else:
        assert "SQLite" in texts
        assert Level.PROBLEM not in _levels(findings)


def test_a_document_directory_open_to_other_users_is_a_problem(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    assert _levels(check_documents(root)) == [Level.PROBLEM]
    root.chmod(0o700)
    assert _levels(check_documents(root)) == [Level.OK]


class _Answer(BaseHTTPRequestHandler):
    status = 200
    headers_out: dict[str, str] = {}
    body = b""

    def do_GET(self) -> None:
        self.send_response(self.status)
        for name, value in self.headers_out.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def answering() -> Iterator[tuple[str, type[_Answer]]]:
    handler = type("Handler", (_Answer,), {})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def test_a_health_check_redirected_is_the_proxy_loop(answering: tuple[str, type[_Answer]]) -> None:
    base, handler = answering
    handler.status = 301
    handler.headers_out = {"Location": base.replace("http:", "https:") + "/healthz"}
    findings = check_url(base)
    assert _levels(findings) == [Level.PROBLEM]
    assert "X-Forwarded-Proto" in findings[0].text
    assert "redirect" in findings[0].text


def test_a_health_check_seen_as_plain_http_is_a_problem(
    answering: tuple[str, type[_Answer]],
) -> None:
    base, handler = answering
    handler.headers_out = {"Content-Type": "application/json"}
    handler.body = json.dumps({"status": "ok", "secure": False}).encode()
    findings = check_url(base)
    assert _levels(findings) == [Level.PROBLEM]
    assert "plain HTTP" in findings[0].text


def test_an_address_nothing_answers_at_is_a_problem() -> None:
    findings = check_url("http://127.0.0.1:9", timeout=2)
    assert _levels(findings) == [Level.PROBLEM]
    assert "cannot be reached" in findings[0].text
