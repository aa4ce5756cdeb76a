from __future__ import annotations

from itertools import pairwise

from hogo.accounts.models import User
from hogo.audit import chain, log
from hogo.audit.models import AuditEntry
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.cases.workflow import Status


def test_each_entry_links_to_the_one_before_it(logged: list[AuditEntry]) -> None:
    assert [entry.seq for entry in logged] == list(range(1, len(logged) + 1))
    assert logged[0].prev_hash == chain.GENESIS
    for previous, entry in pairwise(logged):
        assert entry.prev_hash == previous.hash


def test_each_hash_covers_the_entry_as_read_back(logged: list[AuditEntry]) -> None:
    for link, entry in zip(log.links(), logged, strict=True):
        assert chain.compute_hash(link) == entry.hash


def test_the_head_is_the_hash_of_the_newest_entry(logged: list[AuditEntry]) -> None:
    assert log.head() == logged[-1].hash


def test_an_empty_log_has_the_genesis_head(db: None) -> None:
    assert log.head() == chain.GENESIS
    assert log.verify() == chain.Verdict(True, 0, chain.GENESIS)


def test_entries_written_by_actions_chain_as_well(case: Case, caseworker: User) -> None:
    transition_case(
        case, to=Status.VERIFYING, actor=caseworker, reason="Checking", expected_version=1
    )

    verdict = log.verify()

    assert verdict.ok, verdict.problem
    assert verdict.entries == AuditEntry.objects.count() >= 3
    assert verdict.head == log.head()
