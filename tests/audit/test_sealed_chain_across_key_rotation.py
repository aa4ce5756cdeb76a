"""Rotating the master key keeps the audit chain verifiable, even once the old key is gone.

Each entry is sealed under the audit key of the master key active when it was
written. After `hogo keys rotate`, new entries are sealed under the new key;
when the old key has left the keyring, the entries it sealed are still checked
link by link, and the later entries' seals cover them.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.management import call_command

from hogo.audit import log
from hogo.audit.models import AuditEntry
from hogo.keys.provider import reset
from hogo.lib.envelope import master_key_id

from .conftest import ENTRIES, Run


@pytest.fixture(autouse=True)
def _fresh_provider() -> Iterator[None]:
    reset()
    yield
    reset()


def _use(settings: Any, *keys: bytes) -> None:
    settings.MASTER_KEYS = list(keys)
    reset()


def test_the_chain_verifies_after_rotation_and_after_the_old_key_is_retired(
    logged: list[AuditEntry], settings: Any, run_audit: Callable[..., Run]
) -> None:
    old, new = settings.MASTER_KEYS[0], secrets.token_bytes(32)
    _use(settings, new, old)
    call_command("keys", "rotate", stdout=None)
    log.record("audit.view", actor=None)
    under_new = AuditEntry.objects.filter(key_id=master_key_id(new).hex()).count()
    assert under_new >= 2  # the rotation's own entry and the one after it

    both = log.verify()
    _use(settings, new)
    retired = log.verify()

    assert (both.ok, both.sealed, both.retired) == (True, ENTRIES + under_new, 0)
    assert (retired.ok, retired.sealed, retired.retired) == (True, under_new, ENTRIES)
    assert run_audit("verify", "--no-record").code == 0


@pytest.mark.usefixtures("unguarded")
def test_an_entry_sealed_under_a_retired_key_still_cannot_be_changed(
    logged: list[AuditEntry], settings: Any
) -> None:
    old, new = settings.MASTER_KEYS[0], secrets.token_bytes(32)
    _use(settings, new, old)
    log.record("audit.view", actor=None)
    _use(settings, new)
    AuditEntry.objects.filter(seq=3).update(actor_label="someone else")

    verdict = log.verify()

    assert (verdict.ok, verdict.bad_seq) == (False, 3)
    assert "entry #3: its contents were modified" in verdict.problem


def test_a_log_whose_newest_entries_no_held_key_sealed_does_not_verify(
    logged: list[AuditEntry], settings: Any
) -> None:
    _use(settings, secrets.token_bytes(32))

    verdict = log.verify()

    assert (verdict.ok, verdict.bad_seq) == (False, 1)
    assert "sealed under a key not in the keyring" in verdict.problem
