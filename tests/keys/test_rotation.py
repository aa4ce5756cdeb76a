"""`hogo keys rotate`: afterwards nothing depends on the retired key."""

from __future__ import annotations

import base64
import io
import secrets
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases import actions, documents
from hogo.cases.models import Case, Document, Event, EventKind
from hogo.cases.selectors import events_naming_organisation
from hogo.keys import rotation
from hogo.keys.provider import reset
from hogo.lib.envelope import master_key_id


def _key() -> bytes:
    return secrets.token_bytes(32)


def _use(settings: Any, *keys: bytes) -> None:
    settings.MASTER_KEYS = list(keys)
    reset()


def _fill(case: Case, caseworker: User, security_officer: User) -> None:
    actions.add_event(
        case,
        actor=caseworker,
        kind=EventKind.BROKER,
        occurred_on=date(2026, 1, 5),
        fields={"organisation": "Mediators Ltd", "decision": "refused", "text": "Called us."},
    )
    actions.update_screening(
        case, actor=security_officer, result="pending", findings="Nothing yet."
    )
    actions.upload_document(
        case,
        actor=caseworker,
        stream=SimpleUploadedFile("note.txt", "保護の記録".encode()),
        filename="note.txt",
        occurred_on=date(2026, 1, 6),
    )


def test_rotation_rewraps_every_value_and_document_under_the_new_key(
    case: Case, caseworker: User, security_officer: User, settings: Any
) -> None:
    old, new = settings.MASTER_KEYS[0], _key()  # the fixtures were sealed under `old`
    _fill(case, caseworker, security_officer)
    before = rotation.status()
    assert set(before) == {master_key_id(old).hex()}

    _use(settings, new, old)
    done = rotation.rotate(batch_size=2)
    assert done == sum(before.values())
    assert rotation.rotate(batch_size=2) == 0  # nothing left: running again is harmless
    assert rotation.status() == {master_key_id(new).hex(): sum(before.values())}
    assert AuditEntry.objects.filter(action="keys.rotate").count() == 2

    _use(settings, new)  # the retired key is gone
    case = Case.objects.get(pk=case.pk)
    assert case.summary == "Reached a safe house near the border."
    assert case.screening.findings == "Nothing yet."
    broker = Event.objects.get(kind=EventKind.BROKER)
    assert broker.organisation == "Mediators Ltd"
    assert list(events_naming_organisation(Event.objects.all(), "mediators ltd")) == [broker]
    document = Document.objects.get()
    assert document.original_name == "note.txt"
    assert b"".join(documents.open_document(document)).decode() == "保護の記録"


def test_the_status_command_names_the_active_key_and_refuses_missing_ones(
    case: Case, settings: Any
) -> None:
    old, new = settings.MASTER_KEYS[0], _key()
    _use(settings, new, old)
    out = io.StringIO()
    call_command("keys", "status", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == f"{master_key_id(new).hex()}  active   0"
    assert lines[1].startswith(f"{master_key_id(old).hex()}  retired")
    _use(settings, new)
    with pytest.raises(CommandError, match="not in the keyring"):
        call_command("keys", "status", stdout=io.StringIO())


def test_generate_prints_a_usable_key() -> None:
    out = io.StringIO()
    call_command("keys", "generate", stdout=out)
    assert len(base64.b64decode(out.getvalue().strip(), validate=True)) == 32
