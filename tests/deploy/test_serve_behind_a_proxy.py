"""`hogo serve` behind a TLS proxy: a request forwarded as HTTPS is served, not
redirected to HTTPS again (the redirect loop waitress caused by dropping the
proxy's X-Forwarded-Proto before Django could read it)."""

from __future__ import annotations

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, headers: dict[str, str]) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/accounts/login/", headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def _serve(tmp_path: Path, *extra: str, behind_proxy: str = "1") -> Iterator[int]:
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("HOGO_")},
        "HOGO_DATABASE_URL": f"sqlite:///{tmp_path / 'hogo.sqlite3'}",
        "HOGO_SECRET_KEY": secrets.token_urlsafe(64),
        "HOGO_MASTER_KEY": MASTER_KEY,
        "HOGO_BEHIND_PROXY": behind_proxy,
        "PYTHONUNBUFFERED": "1",
        "HOGO_VAR_DIR": str(tmp_path),
    }
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "hogo", "serve", "--port", str(port), *extra],
        env=env, cwd=ROOT, stdout=log, stderr=log,
    )  # fmt: skip
    try:
        # Generous: on a machine busy with a parallel suite, starting takes a while.
        deadline = time.monotonic() + 180
        while True:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("hogo serve did not start: " + (tmp_path / "serve.log").read_text())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    yield from _serve(tmp_path_factory.mktemp("serve"))


def test_a_request_the_proxy_forwards_as_https_is_served_not_redirected(served: int) -> None:
    response = _get(served, {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
    assert response.status == 200
    assert "max-age=" in (response.getheader("Strict-Transport-Security") or "")


def test_a_plain_http_request_is_still_sent_to_https(served: int) -> None:
    response = _get(served, {"Host": "127.0.0.1"})
    assert response.status == 301
    assert response.getheader("Location") == "https://127.0.0.1/accounts/login/"


def test_the_header_is_believed_only_from_the_trusted_proxy(tmp_path: Path) -> None:
    # Here the proxy is said to be 127.0.0.2: the same header from 127.0.0.1 is dropped.
    for port in _serve(tmp_path, "--trusted-proxy", "127.0.0.2"):
        response = _get(port, {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
        assert response.status == 301


def test_hogo_serve_says_it_is_for_trying_out_and_warns_of_the_loop_without_a_proxy(
    tmp_path: Path,
) -> None:
    for _port in _serve(tmp_path, behind_proxy="0"):
        pass
    said = (tmp_path / "serve.log").read_text()
    assert "production runs gunicorn behind a TLS proxy (docs/deploy.md)" in said
    assert "HOGO_BEHIND_PROXY is off: every request will be sent to https://" in said
