"""Moving the three two-person records onto one shape renames columns and loses
nothing: who asked, when, and who decided survive the migration, and going back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("accounts", "0004_role_payment_officer"),
    ("approvals", "0003_alert_notifications"),
    ("support", "0002_service_plans"),
]
AFTER = [
    ("accounts", "0005_account_change_is_a_two_person_record"),
    ("approvals", "0004_request_is_a_two_person_record"),
    ("support", "0003_override_is_a_two_person_record"),
]
ASKED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _migrate(targets: list[tuple[str, str]]) -> object:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_renames_keep_every_record_both_ways() -> None:
    old = _migrate(BEFORE)
    user_model = old.get_model("accounts", "User")  # type: ignore[attr-defined]
    asker = user_model.objects.create(username="asker", role="supervisor")
    decider = user_model.objects.create(username="decider", role="supervisor")
    east = old.get_model("accounts", "Compartment").objects.create(code="east", name="East")  # type: ignore[attr-defined]
    person = old.get_model("people", "Person").objects.create()  # type: ignore[attr-defined]
    request = old.get_model("approvals", "Request").objects.create(  # type: ignore[attr-defined]
        kind="compartment_access",
        requester=asker,
        compartment=east,
        reason="a family member",
        decision="approved",
        decided_by=decider,
    )
    override = old.get_model("support", "EligibilityOverride").objects.create(  # type: ignore[attr-defined]
        person=person, reason="seen at the mission", requested_by=asker
    )
    old.get_model("support", "EligibilityOverride").objects.filter(pk=override.pk).update(  # type: ignore[attr-defined]
        requested_at=ASKED
    )

    new = _migrate(AFTER)
    moved = new.get_model("approvals", "Request").objects.get(pk=request.pk)  # type: ignore[attr-defined]
    assert (moved.proposed_by_id, moved.decided_by_id) == (asker.pk, decider.pk)
    kept = new.get_model("support", "EligibilityOverride").objects.get(pk=override.pk)  # type: ignore[attr-defined]
    assert kept.proposed_by_id == asker.pk
    assert kept.created_at == ASKED
    assert kept.decision == "pending"

    back = _migrate(BEFORE)
    again = back.get_model("support", "EligibilityOverride").objects.get(pk=override.pk)  # type: ignore[attr-defined]
    assert (again.requested_by_id, again.requested_at) == (asker.pk, ASKED)
    assert (
        back.get_model("approvals", "Request").objects.get(pk=request.pk).requester_id == asker.pk
    )  # type: ignore[attr-defined]
    # Leave the database at its newest state, whatever came after these migrations.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
