"""Entries are written unchained in their transaction and chained in order after it.

With HOGO_AUDIT_SEQUENCING=after-commit, `record` writes the entry in the
caller's transaction with no place in the chain, sealed on its own; the
sequencer gives it its number, previous hash, hash and chain seal just after
the commit. Until then the entry seal is what protects it: a change or a
forgery is named by `verify`, a deletion is not (docs/threat-model.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import DatabaseError, transaction

from hogo.accounts.models import User
from hogo.audit import chain, log
from hogo.audit.models import AuditEntry
from tests.audit.conftest import Run


@pytest.fixture
def after_commit(settings: Any) -> None:
    settings.AUDIT_SEQUENCING = "after-commit"


def _record(number: int) -> AuditEntry:
    return log.record("audit.view", actor=None, data={"page": number})


def _rolled_back(number: int) -> None:
    with transaction.atomic():
        _record(number)
        raise RuntimeError("rolled back: its entry goes with it")


@pytest.mark.django_db(transaction=True)
def test_an_entry_is_written_unchained_and_chained_when_its_transaction_commits(
    after_commit: None,
) -> None:
    with transaction.atomic():
        written = _record(1)
        assert (written.seq, written.hash, written.mac) == (None, None, "")
        assert written.version == chain.SEQUENCED
        assert len(written.entry_mac) == 64

    entry = AuditEntry.objects.get(pk=written.pk)
    assert (entry.seq, entry.prev_hash) == (1, chain.GENESIS)
    assert log.verify(chain_first=False).ok


@pytest.mark.django_db(transaction=True)
def test_entries_are_chained_in_the_order_their_transactions_wrote_them(
    after_commit: None,
) -> None:
    for number in range(1, 6):
        _record(number)
    with pytest.raises(RuntimeError, match="rolled back"):
        _rolled_back(99)
    _record(6)

    chained = list(AuditEntry.objects.order_by("seq").values_list("seq", "data"))
    assert chained == [(n, {"page": n}) for n in range(1, 7)]
    assert log.unchained() == 0
    verdict = log.verify(chain_first=False)
    assert (verdict.ok, verdict.entries) == (True, 6)


def test_an_entry_still_unchained_is_chained_by_whoever_reads_the_chain(
    db: None, after_commit: None
) -> None:
    # Inside the test's own transaction nothing commits: the entries wait.
    for number in range(1, 4):
        _record(number)
    assert log.unchained() == 3

    verdict = log.verify()

    assert (verdict.ok, verdict.entries, log.unchained()) == (True, 3, 0)
    assert log.latest() == tuple(
        AuditEntry.objects.order_by("-seq").values_list("seq", "hash").first() or ()
    )


def test_verify_no_record_checks_a_copy_as_it_stands(
    db: None, after_commit: None, run_audit: Callable[..., Run]
) -> None:
    _record(1)

    result = run_audit("verify", "--chain-only", "--no-record")

    assert result.code == 0, result.err
    assert "audit log intact: 0 entries" in result.out
    assert "not chained yet, so not checked: 1 entries" in result.out
    assert log.unchained() == 1


def test_hogo_audit_seal_chains_what_is_waiting(
    db: None, after_commit: None, run_audit: Callable[..., Run]
) -> None:
    for number in range(1, 3):
        _record(number)

    result = run_audit("seal")

    assert result.code == 0, result.err
    assert result.out.startswith("chained 2 entries; head ")
    assert log.unchained() == 0
    assert log.verify(chain_first=False).ok


def test_the_database_refuses_to_change_an_unchained_entry(db: None, after_commit: None) -> None:
    entry = _record(1)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(data={"page": 2})
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(
            seq=1, prev_hash=chain.GENESIS, hash="0" * 64, mac="1" * 64, actor_label="x"
        )


def test_the_database_lets_a_chained_entry_be_chained_only_once(
    db: None, after_commit: None
) -> None:
    entry = _record(1)
    log.sequence()
    chained = AuditEntry.objects.get(pk=entry.pk)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).update(seq=7, hash="f" * 64)

    assert AuditEntry.objects.get(pk=entry.pk).hash == chained.hash


def test_an_unchained_entry_changed_before_it_is_chained_is_named(
    db: None, after_commit: None, unguarded: None
) -> None:
    _record(1)
    changed = _record(2)
    _record(3)
    # An intruder with the database, but without the audit key, edits the
    # entry while it waits; the sequencer chains it as found.
    AuditEntry.objects.filter(pk=changed.pk).update(data={"page": 20})

    verdict = log.verify()

    assert (verdict.ok, verdict.bad_seq) == (False, 2)
    assert "before it was chained" in verdict.problem


def test_an_unchained_entry_forged_without_the_audit_key_is_named(
    db: None, after_commit: None
) -> None:
    _record(1)
    forged = _record(2)
    # A row inserted as the application's role could: its entry seal is made up.
    AuditEntry.objects.create(
        created_at=forged.created_at,
        actor_label="system",
        action="audit.view",
        data={"forged": True},
        version=chain.SEQUENCED,
        key_id=forged.key_id,
        entry_mac="0" * 64,
    )

    verdict = log.verify()

    assert (verdict.ok, verdict.bad_seq) == (False, 3)
    assert "forged" in verdict.problem


def test_an_unchained_entry_deleted_before_it_is_chained_leaves_no_trace(
    db: None, after_commit: None, caseworker: User, unguarded: None
) -> None:
    """The sequencing window, as docs/threat-model.md states it: this is not caught."""
    _record(1)
    lost = log.record("audit.view", actor=caseworker, data={"page": 2})
    AuditEntry.objects.filter(pk=lost.pk).delete()

    verdict = log.verify()

    assert (verdict.ok, verdict.entries) == (True, 1)
