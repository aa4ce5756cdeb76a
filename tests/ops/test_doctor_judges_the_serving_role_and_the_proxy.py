"""`hogo doctor` on a role too powerful to serve, a proxy that lets a client choose the
request id, a missing HSTS header, and key files that are not files.

The role checks run on PostgreSQL as the role itself (`SET ROLE` inside the
test's transaction, rolled back with the role at the end).
"""

from __future__ import annotations

import io
import secrets
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from hogo.audit.models import AuditEntry
from hogo.ops.doctor import check_role, check_url
from hogo.ops.findings import Finding, Level
from hogo.ops.keyfiles import check_key_files
from tests.tls import issue

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="database roles exist on PostgreSQL only"
)


def _as(role: str) -> list[Finding]:
    with connection.cursor() as cursor:
        cursor.execute(f'SET ROLE "{role}"')
        try:
            return check_role()
        finally:
            cursor.execute("RESET ROLE")


@pytest.fixture
def app_role(db: None) -> str:
    role = f"hogo_app_{secrets.token_hex(4)}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE ROLE "{role}" NOLOGIN')
    call_command("db", "grant-app-role", role, stdout=io.StringIO())
    return role


@on_postgresql
@pytest.mark.postgres
def test_a_role_granted_by_grant_app_role_is_fit_to_serve(app_role: str) -> None:
    findings = _as(app_role)
    assert [finding.level for finding in findings] == [Level.OK]
    assert "may only read the audit log, append to it and chain what it appended" in (
        findings[0].text
    )


@on_postgresql
@pytest.mark.postgres
def test_a_role_that_may_create_roles_is_too_powerful(app_role: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER ROLE "{app_role}" CREATEROLE')

    findings = _as(app_role)

    assert [finding.level for finding in findings] == [Level.PROBLEM]
    assert "may create roles (CREATEROLE)" in findings[0].text
    assert f"ALTER ROLE {app_role} NOCREATEROLE" in findings[0].text


@on_postgresql
@pytest.mark.postgres
@pytest.mark.parametrize("privilege", ["UPDATE", "DELETE", "TRUNCATE"])
def test_a_role_that_may_change_the_audit_log_is_too_powerful(
    app_role: str, privilege: str
) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'GRANT {privilege} ON {AuditEntry._meta.db_table} TO "{app_role}"')

    findings = _as(app_role)

    assert [finding.level for finding in findings] == [Level.PROBLEM]
    assert f"may {privilege} the audit log: re-run grant-app-role" in findings[0].text


class _Health(BaseHTTPRequestHandler):
    """hogo's /healthz behind a proxy: `passes_client_id` plays a proxy that forwards
    the client's X-Request-ID instead of setting its own."""

    passes_client_id = False
    hsts = True

    def do_GET(self) -> None:
        body = b'{"status": "ok", "secure": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.hsts:
            self.send_header("Strict-Transport-Security", "max-age=63072000")
        given = self.headers.get("X-Request-ID", "")
        self.send_header("X-Request-Id", given if self.passes_client_id else secrets.token_hex(16))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def health() -> Iterator[tuple[str, type[_Health]]]:
    handler = type("Handler", (_Health,), {})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def test_a_proxy_that_sets_its_own_request_id_is_fine(health: tuple[str, type[_Health]]) -> None:
    base, _ = health
    findings = check_url(base)
    assert [finding.level for finding in findings] == [Level.OK]


def test_a_proxy_that_passes_the_clients_request_id_is_a_problem(
    health: tuple[str, type[_Health]],
) -> None:
    base, handler = health
    handler.passes_client_id = True

    findings = check_url(base)

    assert [finding.level for finding in findings] == [Level.PROBLEM]
    assert "passes the client's X-Request-ID on to hogo" in findings[0].text
    assert "proxy_set_header X-Request-ID $request_id" in findings[0].text


def test_an_https_answer_without_hsts_is_a_problem(
    health: tuple[str, type[_Health]], tmp_path: Path
) -> None:
    _, handler = health
    handler.hsts = False
    certificate = issue(tmp_path, ("127.0.0.1",))
    server = HTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate.chain, certificate.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        findings = check_url(
            f"https://127.0.0.1:{server.server_address[1]}", cafile=str(certificate.authority)
        )
    finally:
        server.shutdown()
        server.server_close()

    assert [finding.level for finding in findings] == [Level.PROBLEM]
    assert "no Strict-Transport-Security header reaches the browser" in findings[0].text


def test_a_key_path_that_is_a_directory_is_a_problem(tmp_path: Path) -> None:
    findings = check_key_files({"HOGO_SECRET_KEY_FILE": str(tmp_path)})
    assert findings[0].level is Level.PROBLEM
    assert "not a plain file" in findings[0].text
