"""`hogo doctor`'s checks of a configured instance, each answered in plain words.

Each check returns findings; a problem makes the command exit 1. The checks
look at what an operator gets wrong and hogo cannot refuse at start-up: a
database role that could rewrite the audit log, a clock too far off for
authenticator codes, a proxy whose X-Forwarded-Proto never reaches hogo or
that lets a client choose the request id.
"""

from __future__ import annotations

import json
import os
import secrets
import ssl
import stat
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core import checks as django_checks
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from hogo.audit.models import AuditEntry
from hogo.ops.findings import Finding, ok, problem, warning
from hogo.ops.keyfiles import check_key_files

# django-otp accepts the code of the step before and after the current one
# (30 s each); beyond this the codes users type start to be refused.
CLOCK_SKEW_SECONDS = 15.0


def check_settings() -> list[Finding]:
    findings = []
    if settings.DEBUG:
        findings.append(problem("HOGO_DEBUG is on: error pages would show internals; set it to 0"))
    if not settings.HTTPS:
        findings.append(
            problem("HOGO_HTTPS is off: cookies would travel over plain HTTP and no HSTS is sent")
        )
    else:
        findings.append(ok("HTTPS: secure cookies and HSTS are on"))
    if not settings.AUDIT_HEAD_SINK:
        findings.append(
            warning(
                "HOGO_AUDIT_HEAD_SINK is not set: signed audit heads are published nowhere, "
                "so a cut tail of the audit log would go unnoticed (docs/security.md)"
            )
        )
    for message in django_checks.run_checks(include_deployment_checks=True):
        if message.level >= django_checks.WARNING and not message.is_silenced():
            findings.append(problem(f"{message.msg} ({message.id})"))
    return findings


def check_documents(root: Path | None = None) -> list[Finding]:
    root = root or Path(settings.DOCUMENT_ROOT)
    if not root.exists():
        parent = root.parent
        if os.access(parent, os.W_OK):
            return [ok(f"documents: {root} will be created at the first upload")]
        return [problem(f"documents: {root} does not exist and this user cannot create it")]
    if not root.is_dir():
        return [problem(f"documents: {root} is not a directory")]
    if not os.access(root, os.R_OK | os.W_OK | os.X_OK):
        return [problem(f"documents: this user cannot read and write {root}")]
    if root.stat().st_mode & stat.S_IRWXO:
        return [
            problem(
                f"documents: every user of this machine may enter {root}; run: chmod o-rwx {root}"
            )
        ]
    return [ok(f"documents: {root} is writable by hogo and closed to other users")]


def _one(query: str, params: list[str] | None = None) -> object:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        row = cursor.fetchone()
    return row[0] if row else None


def clock_finding(skew: float) -> Finding:
    if abs(skew) > CLOCK_SKEW_SECONDS:
        direction = "ahead of" if skew < 0 else "behind"
        return problem(
            f"clock: this machine is {abs(skew):.0f} s {direction} the database server; "
            "authenticator codes (30 s steps) will be refused. Keep both clocks synchronised "
            "(systemd-timesyncd or chrony)"
        )
    return ok(f"clock: within {abs(skew):.1f} s of the database server")


def check_clock(database_now: Callable[[], datetime] | None = None) -> Finding:
    """The database server's clock against this machine's: a second opinion on the time."""

    def from_database() -> datetime:
        value = _one("SELECT now()")
        assert isinstance(value, datetime)
        return value

    before = time.time()
    server = (database_now or from_database)()
    after = time.time()
    return clock_finding(server.timestamp() - (before + after) / 2)


def check_role() -> list[Finding]:
    """PostgreSQL: the role hogo serves as must not be able to reshape the audit log."""
    table = AuditEntry._meta.db_table
    role = str(_one("SELECT current_user"))
    findings = []
    if _one("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
        findings.append(
            problem(
                f"database role {role!r} is a superuser: it could lift the audit log's "
                "triggers. Serve as a role of its own (docs/deploy.md, hogo db grant-app-role)"
            )
        )
    if _one("SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user"):
        findings.append(
            problem(
                f"database role {role!r} may create roles (CREATEROLE): it could make itself "
                "a member of the owner's role and alter the audit table. Remove it: "
                f"ALTER ROLE {role} NOCREATEROLE"
            )
        )
    if _one("SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user"):
        findings.append(
            problem(
                f"database role {role!r} bypasses row-level security (BYPASSRLS), which "
                f"serving never needs. Remove it: ALTER ROLE {role} NOBYPASSRLS"
            )
        )
    owner = _one("SELECT tableowner FROM pg_tables WHERE tablename = %s", [table])
    if owner is not None and _one("SELECT pg_has_role(current_user, %s, 'USAGE')", [str(owner)]):
        findings.append(
            problem(
                f"database role {role!r} owns hogo's tables (or is a member of {owner!r}, "
                "which does): it could alter the audit table. Migrate as the owner, serve as "
                "another role (hogo db grant-app-role)"
            )
        )
    # A table-wide UPDATE is too much; the grant of the chain's own columns
    # (seq, prev_hash, hash, mac), which the sequencer fills in, is not table-wide.
    for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
        if owner is not None and _one(
            "SELECT has_table_privilege(current_user, %s, %s)", [table, privilege]
        ):
            findings.append(
                problem(
                    f"database role {role!r} may {privilege} the audit log: re-run grant-app-role"
                )
            )
    if not findings:
        findings.append(
            ok(
                f"database role {role!r} may only read the audit log, "
                "append to it and chain what it appended"
            )
        )
    return findings


def check_database() -> list[Finding]:
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        return [problem(f"database: cannot connect: {str(error).strip().splitlines()[0]}")]
    findings = []
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        findings.append(
            problem(f"database: {len(pending)} migrations are not applied; run hogo migrate")
        )
    if connection.vendor == "sqlite":
        findings.append(
            warning(
                "database: SQLite serves one writer at a time and has no roles to keep the "
                "audit log append-only; run production on PostgreSQL"
            )
        )
        return findings
    findings.extend(check_role())
    findings.append(check_clock())
    return findings


def check_url(base: str, *, cafile: str | None = None, timeout: float = 10.0) -> list[Finding]:
    """Ask the health endpoint through the proxy, as a browser would reach hogo."""
    url = base.rstrip("/") + "/healthz"
    context = ssl.create_default_context(cafile=cafile)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect(), urllib.request.HTTPSHandler(context=context))
    # An id of the client's choosing: the proxy must replace it with its own.
    forged_id = secrets.token_hex(16)
    request = urllib.request.Request(url, headers={"X-Request-ID": forged_id})  # noqa: S310
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        response = error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return [problem(f"{url}: cannot be reached: {reason}")]
    with response:
        status, headers, body = response.status, response.headers, response.read(4096)
    if 300 <= status < 400:
        return [
            problem(
                f"{url} answers {status}, a redirect to {headers.get('Location')}: hogo did not "
                "see the request as HTTPS. Set HOGO_BEHIND_PROXY=1 and have the proxy set "
                "X-Forwarded-Proto (deploy/nginx/hogo.conf); otherwise every page loops"
            )
        ]
    try:
        answer = json.loads(body)
    except ValueError:
        return [problem(f"{url} answered {status} with something other than hogo's health")]
    findings = []
    if answer.get("status") != "ok":
        findings.append(problem(f"{url}: hogo answers but cannot reach its database"))
    if answer.get("secure") is not True:
        findings.append(
            problem(
                f"{url}: hogo saw the request as plain HTTP: the proxy's X-Forwarded-Proto does "
                "not reach it (set HOGO_BEHIND_PROXY=1; the proxy must set the header)"
            )
        )
    if url.startswith("https:") and "max-age=" not in headers.get("Strict-Transport-Security", ""):
        findings.append(problem(f"{url}: no Strict-Transport-Security header reaches the browser"))
    if headers.get("X-Request-Id") == forged_id:
        findings.append(
            problem(
                f"{url}: the proxy passes the client's X-Request-ID on to hogo, so anyone could "
                "choose the request id written in the logs and on audit entries. The proxy must "
                "set its own (nginx: proxy_set_header X-Request-ID $request_id)"
            )
        )
    if not findings:
        findings.append(ok(f"{url}: hogo answers through the proxy, sees HTTPS and sends HSTS"))
    return findings


def run_all(
    *, url: str | None = None, cafile: str | None = None, timeout: float = 10.0
) -> list[Finding]:
    findings = check_key_files()
    findings += check_settings()
    findings += check_documents()
    findings += check_database()
    if url:
        findings += check_url(url, cafile=cafile, timeout=timeout)
    return findings
