"""Two officers open the same record; the second to save must not overwrite the first."""

from __future__ import annotations

import pytest

from hogo.accounts.models import User
from hogo.audit.conflicts import Conflict
from hogo.audit.models import AuditEntry
from hogo.cases.actions import transition_case, update_case
from hogo.cases.models import Case, Event
from hogo.cases.workflow import Status
from hogo.people.actions import update_person
from hogo.people.models import Person


def _load_case(case: Case) -> Case:
    return Case.objects.get(pk=case.pk)


def _load_person(person: Person) -> Person:
    return Person.objects.get(pk=person.pk)


def test_a_stale_case_update_is_refused_and_names_the_earlier_change(
    case: Case, caseworker: User, supervisor: User
) -> None:
    mine, theirs = _load_case(case), _load_case(case)
    assert mine.version == theirs.version == 1
    update_case(mine, actor=supervisor, expected_version=1, changes={"priority": 4})
    audit_entries = AuditEntry.objects.count()

    with pytest.raises(Conflict) as conflict:
        update_case(
            theirs, actor=caseworker, expected_version=1, changes={"summary": "Moved to the city."}
        )

    message = str(conflict.value)
    assert "supervisor" in message
    assert "priority: high → urgent" in message
    assert (conflict.value.expected, conflict.value.current) == (1, 2)
    stored = _load_case(case)
    assert (stored.priority, stored.summary, stored.version) == (
        4,
        "Reached a safe house near the border.",
        2,
    )
    assert AuditEntry.objects.count() == audit_entries


def test_a_stale_transition_is_refused_and_names_the_earlier_one(
    case: Case, caseworker: User, supervisor: User
) -> None:
    mine, theirs = _load_case(case), _load_case(case)
    transition_case(
        mine, to=Status.VERIFYING, actor=caseworker, reason="Checking", expected_version=1
    )
    events = Event.objects.filter(case=case).count()
    audit_entries = AuditEntry.objects.count()

    with pytest.raises(Conflict) as conflict:
        transition_case(
            theirs, to=Status.WITHDRAWN, actor=supervisor, reason="Withdrew", expected_version=1
        )

    message = str(conflict.value)
    assert "caseworker" in message
    assert "status: reported → verifying" in message
    stored = _load_case(case)
    assert (stored.status, stored.version) == (Status.VERIFYING, 2)
    assert Event.objects.filter(case=case).count() == events
    assert AuditEntry.objects.count() == audit_entries


def test_a_stale_update_after_a_transition_names_the_transition(
    case: Case, caseworker: User, supervisor: User
) -> None:
    mine, theirs = _load_case(case), _load_case(case)
    transition_case(
        mine, to=Status.VERIFYING, actor=caseworker, reason="Checking", expected_version=1
    )

    with pytest.raises(Conflict) as conflict:
        update_case(theirs, actor=supervisor, expected_version=1, changes={"priority": 1})

    assert "status: reported → verifying" in str(conflict.value)
    assert _load_case(case).priority == 3


def test_a_stale_person_update_is_refused_and_names_the_earlier_change(
    case: Case, person: Person, caseworker: User, supervisor: User
) -> None:
    mine, theirs = _load_person(person), _load_person(person)
    assert mine.version == theirs.version == 1
    update_person(mine, actor=caseworker, expected_version=1, changes={"birthplace": "大阪府"})
    audit_entries = AuditEntry.objects.count()

    with pytest.raises(Conflict) as conflict:
        update_person(
            theirs, actor=supervisor, expected_version=1, changes={"nationality_claimed": "韓国"}
        )

    message = str(conflict.value)
    assert "caseworker" in message
    assert "birthplace: 新潟県 → 大阪府" in message
    stored = _load_person(person)
    assert (stored.birthplace, stored.nationality_claimed, stored.version) == (
        "大阪府",
        "朝鮮",
        2,
    )
    assert AuditEntry.objects.count() == audit_entries


def test_the_first_editor_can_go_on_from_the_version_they_got_back(
    case: Case, caseworker: User
) -> None:
    mine = _load_case(case)
    update_case(mine, actor=caseworker, expected_version=1, changes={"priority": 4})

    update_case(mine, actor=caseworker, expected_version=mine.version, changes={"priority": 1})

    assert _load_case(case).version == 3
