from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import CommandError, call_command

from hogo.audit import chain, log
from hogo.audit.models import AuditEntry

from .conftest import Run


def test_audit_head_prints_the_current_head(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    result = run_audit("head")

    assert (result.code, result.out, result.err) == (0, f"{logged[-1].hash}\n", "")


def test_audit_head_of_an_empty_log_is_the_genesis(db: None, run_audit: Callable[..., Run]) -> None:
    assert run_audit("head").out == f"{chain.GENESIS}\n"


def test_an_intact_log_verifies_with_exit_status_zero(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    head = logged[-1].hash

    result = run_audit("verify")

    assert result.code == 0
    first, sealed, heads = result.out.splitlines()
    assert first == f"audit log intact: {len(logged)} entries, head {head}"
    assert sealed.startswith(f"sealed with an audit key held: {len(logged)};")
    assert heads.startswith("no published head checked: HOGO_AUDIT_HEAD_SINK is not set")
    assert result.err == ""


def test_a_successful_verification_is_recorded_after_the_chain_it_checked(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    verified_head = logged[-1].hash

    run_audit("verify", "--head", logged[2].hash)

    entry = AuditEntry.objects.order_by("-seq").first()
    assert entry is not None
    assert (entry.seq, entry.action, entry.actor_id, entry.prev_hash) == (
        len(logged) + 1,
        "audit.verify",
        None,
        verified_head,
    )
    assert entry.data["entries"] == len(logged)
    assert entry.data["head"] == verified_head
    assert entry.data["published_head"] == logged[2].hash
    assert log.verify().ok


def test_the_head_a_verification_printed_stays_verifiable(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    printed = run_audit("verify").out.splitlines()[0].rsplit(" ", 1)[-1]

    assert run_audit("verify", "--head", printed).code == 0


def test_no_record_leaves_the_log_as_it_was(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    assert run_audit("verify", "--no-record").code == 0

    assert AuditEntry.objects.count() == len(logged)


@pytest.mark.usefixtures("unguarded")
def test_a_failed_verification_records_nothing(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    AuditEntry.objects.filter(seq=3).update(actor_label="someone")

    result = run_audit("verify")

    assert result.code == 1
    assert result.out == ""
    assert AuditEntry.objects.count() == len(logged)
    assert not AuditEntry.objects.filter(action="audit.verify").exists()


@pytest.mark.parametrize("head", ["abc", "g" * 64, "0" * 63])
def test_a_malformed_published_head_is_a_usage_error(logged: list[AuditEntry], head: str) -> None:
    with pytest.raises(CommandError, match="64 hex digits"):
        call_command("audit", "verify", "--head", head)


def test_a_published_head_may_be_given_in_capitals(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    assert run_audit("verify", "--head", logged[4].hash.upper()).code == 0


def test_the_command_needs_a_subcommand(db: None) -> None:
    with pytest.raises(CommandError):
        call_command("audit")
