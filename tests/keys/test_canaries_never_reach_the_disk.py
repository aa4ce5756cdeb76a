"""Canary strings written into every encrypted field and a document leave no trace at rest.

A real `hogo` process, on its own database (a SQLite file; and a fresh
PostgreSQL database when the suite runs on PostgreSQL), writes a unique
canary into each encrypted field through the pages, the JSON API and the
actions, logging at DEBUG. Then every file the instance wrote (database,
WAL, documents, backup and the backup's decrypted contents), a `pg_dump`,
and everything the processes printed or logged are searched: no canary may
appear. The same process reads each canary back through the access layer and
the case page, so the test cannot pass by losing the data.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit, urlunsplit

import pytest

from hogo.backups.container import DecryptingReader

HOGO = [sys.executable, "-m", "hogo"]
TAG = secrets.token_hex(6)
CANARIES = {
    name: f"canary-{name.replace('_', '-')}-{TAG}"
    for name in (
        "summary",
        "reason",
        "note",
        "contact-with",
        "channel",
        "request",
        "outcome",
        "organisation",
        "broker-text",
        "findings",
        "document-name",
        "document-body",
    )
}
# An amount is a canary too, as digits no other value of the scenario has.
AMOUNT = f"{int(TAG, 16) % 10**9 + 10**9}.37"
CANARIES["amount"] = AMOUNT

SCENARIO = """
import json
from datetime import date
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from hogo.accounts.actions import issue_token
from hogo.accounts.models import ApiToken, Compartment, Role, User
from hogo import access
from hogo.cases.actions import create_case
from hogo.cases.documents import open_document
from hogo.cases.models import Event, EventKind
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

C = json.loads({canaries!r})
desk = Compartment.objects.create(code="east", name="East")
worker = User.objects.create_user(username="worker", password="x" * 20, role=Role.CASEWORKER)
worker.compartments.set([desk])
guard = User.objects.create_user(username="guard", password="x" * 20, role=Role.SECURITY_OFFICER)
guard.compartments.set([desk])
person = create_person(actor=worker, names=[NameInput(NameKind.LEGAL, "Kim", "Ok")])
case = create_case(actor=worker, person=person, category="other", compartment=desk)

_token, raw = issue_token(actor=worker, label="canaries")
api = Client(headers={{"Authorization": f"Bearer {{raw}}"}})
def post(path, body):
    response = api.post("/api/v1" + path, json.dumps(body), content_type="application/json")
    assert response.status_code in (200, 201), (path, response.status_code)
    return response
def patch(path, body):
    response = api.patch("/api/v1" + path, json.dumps(body), content_type="application/json")
    assert response.status_code == 200, (path, response.status_code)

patch(f"/cases/{{case.pk}}", {{"version": 1, "summary": C["summary"]}})
post(f"/cases/{{case.pk}}/transitions", {{"to": "verifying", "reason": C["reason"], "version": 2}})
day = str(date.today())
post(f"/cases/{{case.pk}}/events", {{"kind": "note", "occurred_on": day, "text": C["note"]}})
post(f"/cases/{{case.pk}}/events", {{"kind": "contact", "occurred_on": day,
     "contact_with": C["contact-with"], "channel": C["channel"]}})
post(f"/cases/{{case.pk}}/events", {{"kind": "diplomatic_request", "occurred_on": day,
     "addressee": "Ministry", "request": C["request"], "outcome": C["outcome"]}})
post(f"/cases/{{case.pk}}/events", {{"kind": "broker", "occurred_on": day,
     "organisation": C["organisation"], "demand_amount": C["amount"], "demand_currency": "USD",
     "decision": "refused", "text": C["broker-text"]}})

def signed_in(user):
    # Past the second factor, as django_otp.login leaves a session.
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    browser = Client()
    browser.force_login(user)
    session = browser.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return browser

page = signed_in(worker)
upload = page.post(f"/cases/{{case.pk}}/documents/new/", {{"occurred_on": day, "text": "",
    "file": SimpleUploadedFile(C["document-name"] + ".txt", C["document-body"].encode())}})
assert upload.status_code == 302, upload.status_code
guarded = signed_in(guard)
screened = guarded.post(f"/cases/{{case.pk}}/screening/",
                        {{"result": "concern", "findings": C["findings"]}})
assert screened.status_code == 302, screened.status_code

# Read back through the access layer and the page, as the people allowed to.
seen = access.get_case_for_user(worker, case.pk)
events = {{e.kind: e for e in seen.events.all() if e.kind != EventKind.TRANSITION}}
reason = seen.events.filter(kind=EventKind.TRANSITION, to_status="verifying").get().text
document = access.get_document_for_user(worker, events["document"].document_id)
read = {{
    "summary": seen.summary,
    "reason": reason,
    "note": events["note"].text,
    "contact-with": events["contact"].contact_with,
    "channel": events["contact"].channel,
    "request": events["diplomatic_request"].request,
    "outcome": events["diplomatic_request"].outcome,
    "organisation": events["broker"].organisation,
    "amount": str(events["broker"].demand_amount),
    "broker-text": events["broker"].text,
    "findings": access.get_case_for_user(guard, case.pk).screening.findings,
    "document-name": document.original_name.removesuffix(".txt"),
    "document-body": b"".join(open_document(document)).decode(),
}}
html = page.get(f"/cases/{{case.pk}}/").content.decode()
on_page = [name for name in ("summary", "note", "organisation", "contact-with") if C[name] in html]
downloaded = b"".join(page.get(
    f"/cases/{{case.pk}}/documents/{{document.pk}}/").streaming_content).decode()
print(json.dumps({{
    "read_back": sorted(name for name, value in read.items() if value == C[name]),
    "on_page": on_page,
    "downloaded": downloaded == C["document-body"],
}}))
"""


def _hogo(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*HOGO, *args], env=env, capture_output=True, text=True, timeout=300, check=True
    )


def _postgres_database(base_url: str) -> Iterator[str]:
    import psycopg

    parts = urlsplit(base_url)
    name = f"hogo_canary_{uuid.uuid4().hex[:10]}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _databases(tmp: Path) -> Iterator[tuple[str, str]]:
    yield "sqlite", f"sqlite:///{tmp / 'canary.sqlite3'}"
    configured = os.environ.get("HOGO_DATABASE_URL", "")
    if configured.startswith("postgres"):
        yield from (("postgresql", url) for url in _postgres_database(configured))


def _decrypted_backup(path: Path, key: str) -> bytes:
    import base64

    with path.open("rb") as raw:
        reader = DecryptingReader(raw, base64.b64decode(key))
        contents = io.BytesIO()
        with tarfile.open(fileobj=cast(io.BufferedReader, reader), mode="r|") as tar:
            for member in tar:
                extracted = tar.extractfile(member)
                if extracted is not None:
                    contents.write(extracted.read())
        reader.drain()
    return contents.getvalue()


def _hits(haystack: bytes, where: str) -> list[str]:
    lowered = haystack.lower()
    return [
        f"{name} in {where}"
        for name, canary in CANARIES.items()
        if canary.lower().encode() in lowered
    ]


def test_no_canary_is_found_anywhere_at_rest(tmp_path: Path) -> None:
    for vendor, url in _databases(tmp_path):
        var = tmp_path / vendor
        var.mkdir()
        backup_key = __import__("base64").b64encode(secrets.token_bytes(32)).decode()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
        env.update(
            HOGO_DATABASE_URL=url,
            HOGO_VAR_DIR=str(var),
            HOGO_DOCUMENT_ROOT=str(var / "documents"),
            HOGO_ALLOWED_HOSTS="testserver",
            HOGO_LOG_LEVEL="DEBUG",
            HOGO_BACKUP_KEY=backup_key,
        )
        printed: list[str] = []
        for args in (("migrate", "-v0"),):
            done = _hogo(env, *args)
            printed += [done.stdout, done.stderr]
        script = SCENARIO.format(canaries=json.dumps(CANARIES))
        ran = _hogo(env, "shell", "-c", script)
        outcome = json.loads(ran.stdout.strip().splitlines()[-1])
        # The canaries are there for whoever may read them ...
        assert outcome["read_back"] == sorted(CANARIES)
        assert outcome["on_page"] == ["summary", "note", "organisation", "contact-with"]
        assert outcome["downloaded"]
        printed += [ran.stdout, ran.stderr]
        backup = var / "canary.hogo"
        made = _hogo(env, "backup", str(backup))
        printed += [made.stdout, made.stderr]

        # ... and nowhere else.
        hits = _hits("\n".join(printed).encode(), f"{vendor} output and logs")
        files = [path for path in tmp_path.rglob("*") if path.is_file()]
        assert any(path.name.startswith("canary.sqlite3") for path in files)
        assert any(path.parent.name == "documents" for path in files)
        for path in files:
            hits += _hits(path.read_bytes(), str(path.relative_to(tmp_path)))
        hits += _hits(_decrypted_backup(backup, backup_key), f"{vendor} backup, decrypted")
        if vendor == "postgresql":
            pg_dump = shutil.which("pg_dump")
            assert pg_dump is not None, "pg_dump is needed to check the PostgreSQL dump"
            dump = subprocess.run([pg_dump, url], capture_output=True, check=True, timeout=120)
            assert b"cases_event" in dump.stdout
            hits += _hits(dump.stdout, "pg_dump")
        assert hits == []


def test_the_search_finds_a_planted_canary(tmp_path: Path) -> None:
    """The search itself works: a canary left in clear is found."""
    leaked = tmp_path / "leak.txt"
    leaked.write_text(f"log line: {CANARIES['findings'].upper()}", encoding="utf-8")
    assert _hits(leaked.read_bytes(), "leak.txt") == ["findings in leak.txt"]
    assert _hits(AMOUNT.encode(), "x") == ["amount in x"]
    with pytest.raises(AssertionError):
        assert _hits(leaked.read_bytes(), "leak.txt") == []
