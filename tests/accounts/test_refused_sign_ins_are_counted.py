"""Sign-ins refused while an account is paused are counted, not each appended to the chain.

Every failed sign-in used to append an entry under the chain's one lock,
even once the account was paused and the password was no longer checked: an
attacker hammering a paused account made every other request of the site
queue behind the audit log. Refused attempts are now counted by a short
update that takes no chain lock, and reach the chain as one entry, with
their number and period, at most once a minute (and at every
`hogo audit publish`). The count is never lost.
"""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import User
from hogo.audit import log
from hogo.audit.models import AuditEntry, HeldCount

ADDRESS = "203.0.113.7"


def _try() -> int:
    client = Client(REMOTE_ADDR=ADDRESS)
    response = client.post(
        reverse("accounts:login"), {"username": "caseworker", "password": "wrong guess"}
    )
    return response.status_code


@pytest.fixture
def paused(caseworker: User, settings: Any) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _try()
    assert _try() == 429


@pytest.fixture
def chain_locks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time the chain's lock is taken."""
    taken: list[int] = []
    real = log._lock_chain

    def spy() -> None:
        taken.append(1)
        real()

    monkeypatch.setattr(log, "_lock_chain", spy)
    return taken


def test_refused_sign_ins_on_a_paused_account_do_not_each_append_to_the_chain(
    paused: None, chain_locks: list[int]
) -> None:
    entries = AuditEntry.objects.count()

    for _ in range(20):
        assert _try() == 429

    assert AuditEntry.objects.count() == entries
    assert chain_locks == []
    held = HeldCount.objects.get(action="accounts.sign_in_refused")
    # The attempt that saw the pause (in the fixture) and these twenty.
    assert held.count == 21
    assert held.data == {"username": "caseworker", "address": ADDRESS}


def test_the_count_reaches_the_chain_as_one_entry_at_most_once_a_minute(
    paused: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(5):
        _try()
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=61))

    _try()  # a minute on: the count so far goes into the chain, once
    _try()  # and counting starts again

    (entry,) = AuditEntry.objects.filter(action="accounts.sign_in_refused")
    assert entry.data["count"] == 7
    assert entry.data["username"] == "caseworker"
    assert entry.data["address"] == ADDRESS
    assert "wrong guess" not in str(entry.data)
    assert HeldCount.objects.get().count == 1
    assert log.verify().ok


def test_publishing_the_head_appends_what_is_still_counted(
    paused: None, settings: Any, tmp_path: Any
) -> None:
    settings.AUDIT_HEAD_SINK = f"file:{tmp_path / 'heads.jsonl'}"
    _try()

    call_command("audit", "publish", stdout=io.StringIO())

    entry = AuditEntry.objects.get(action="accounts.sign_in_refused")
    assert entry.data["count"] == 2
    assert not HeldCount.objects.exists()
    assert str(entry.seq) in (tmp_path / "heads.jsonl").read_text()


def test_failures_before_the_pause_are_still_appended_one_by_one(
    caseworker: User, settings: Any
) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _try()

    failed = AuditEntry.objects.filter(action="accounts.sign_in_failed")
    assert failed.count() == settings.AXES_FAILURE_LIMIT
    assert not HeldCount.objects.exists()
