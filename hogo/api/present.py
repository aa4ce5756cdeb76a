"""Turning persons, cases and events into the API's output schemas.

Nothing here fetches a protected object or decides who may see it: callers
pass objects they got from `hogo.access`, and the screening is only
read when `access.can_see_screening` says so.
"""

from __future__ import annotations

from typing import Any

from hogo import access
from hogo.accounts.models import User
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import Status, allowed_targets
from hogo.people.models import Person

from .schemas import (
    CaseOut,
    CaseSummaryOut,
    CaseWithScreeningOut,
    EventOut,
    MemberOut,
    NameOut,
    OfficerOut,
    PersonOut,
    PersonRef,
    ScreeningOut,
    TargetOut,
    TransitionsOut,
)

# The fields of each kind of event that go into its `details`, in reading order.
EVENT_DETAILS: dict[str, tuple[str, ...]] = {
    EventKind.TRANSITION: ("from_status", "to_status"),
    EventKind.LOCATION: ("country", "region", "custodian"),
    EventKind.CONTACT: ("contact_with", "channel"),
    EventKind.NOTE: (),
    EventKind.DIPLOMATIC_REQUEST: ("addressee", "request", "outcome", "follow_up_on"),
    EventKind.BROKER: ("organisation", "demand_amount", "demand_currency", "decision"),
    EventKind.DOCUMENT: (),
}


def person_out(person: Person) -> PersonOut:
    return PersonOut(
        id=person.pk,
        names=[
            NameOut(kind=n.kind, family=n.family, given=n.given, full=n.full, script=n.script)
            for n in person.names.all()
        ],
        sex=person.sex,
        birth_date_text=person.birth_date_text,
        birth_date=person.birth_date,
        birth_date_precision=person.birth_date_precision,
        birthplace=person.birthplace,
        nationality_claimed=person.nationality_claimed,
        version=person.version,
    )


def officer_out(user: User | None) -> OfficerOut | None:
    if user is None:
        return None
    return OfficerOut(id=user.pk, username=user.get_username(), name=str(user))


def case_summary_out(case: Case) -> CaseSummaryOut:
    return CaseSummaryOut(
        id=case.pk,
        reference=case.reference,
        person=PersonRef(id=case.person.pk, name=str(case.person)),
        category=case.category,
        priority=case.priority,
        status=case.status,
        officer=officer_out(case.officer),
        compartment=case.compartment.code,
        opened_at=case.opened_at,
        updated_at=case.updated_at,
        version=case.version,
    )


def transitions_for(user: User, case: Case) -> list[str]:
    if not access.can_edit_case(user, case):
        return []
    return [str(target) for target in allowed_targets(case.status, held_from=case.held_from)]


def case_out(case: Case, *, user: User) -> CaseOut:
    members = case.members.select_related("person").prefetch_related("person__names")
    fields: dict[str, Any] = {
        "id": case.pk,
        "reference": case.reference,
        "person": person_out(case.person),
        "family": [MemberOut(person=person_out(m.person), relation=m.relation) for m in members],
        "category": case.category,
        "priority": case.priority,
        "status": case.status,
        "held_from": case.held_from,
        "allowed_transitions": transitions_for(user, case),
        "officer": officer_out(case.officer),
        "compartment": case.compartment.code,
        "summary": case.summary,
        "opened_at": case.opened_at,
        "updated_at": case.updated_at,
        "version": case.version,
    }
    if not access.can_see_screening(user, case):
        return CaseOut(**fields)
    screening = access.get_screening_for_user(user, case, via="api")
    if screening is None:
        return CaseWithScreeningOut(**fields, screening=None)
    return CaseWithScreeningOut(
        **fields,
        screening=ScreeningOut(
            result=screening.result,
            findings=screening.findings,
            updated_at=screening.updated_at,
        ),
    )


def event_out(event: Event) -> EventOut:
    details = {
        name: str(value)
        for name in EVENT_DETAILS.get(event.kind, ())
        if (value := getattr(event, name)) not in ("", None)
    }
    if event.document is not None:
        details["document_id"] = str(event.document.pk)
        details["document_name"] = event.document.original_name
    return EventOut(
        id=event.pk,
        kind=event.kind,
        occurred_on=event.occurred_on,
        occurred_precision=event.occurred_precision,
        recorded_at=event.recorded_at,
        recorded_by=event.recorded_by.get_username() if event.recorded_by else None,
        text=event.text,
        details=details,
    )


def transitions_out(case: Case, *, user: User) -> TransitionsOut:
    return TransitionsOut(
        status=case.status,
        held_from=case.held_from,
        version=case.version,
        allowed=[
            TargetOut(status=target, label=str(Status(target).label))
            for target in transitions_for(user, case)
        ],
    )
