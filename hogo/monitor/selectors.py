"""Reads for the monitor: open cases as matcher facts, and alerts as users may see them."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from hogo.access import Reader, cases_visible_to, system_reader
from hogo.accounts.models import Role, User
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import Status
from hogo.monitor.models import Alert, AlertStatus, Feed
from hogo.monitor.scoring import (
    CaseFacts,
    EventFacts,
    NameFacts,
    departure_years_in,
    relation_keys,
)
from hogo.people.models import PersonName

# A case in one of these states has no one left to expose: an article cannot alert it.
NOT_CANDIDATES = (Status.WITHDRAWN, Status.DECEASED)


def open_cases() -> QuerySet[Case]:
    """Every case not closed, withdrawn or deceased: the system scorer's view, never shown."""
    return system_reader("monitor.scoring").open_cases().exclude(status__in=NOT_CANDIDATES)


def _case_facts(case: Case) -> CaseFacts:
    person = case.person
    names = [NameFacts(n.family, n.given, "") for n in person.names.all()]
    relations: set[str] = set()
    for member in case.members.all():
        relation = member.relation.lower()
        relations.add(relation)
        names += [NameFacts(n.family, n.given, relation) for n in member.person.names.all()]
    events = [
        EventFacts(e.occurred_on, e.kind, e.country, e.region, e.custodian, e.decision)
        for e in case.events.all()
    ]
    departures = {
        e.occurred_on.year for e in events if e.kind == EventKind.LOCATION and e.country == "KP"
    }
    departures |= departure_years_in(case.summary)
    return CaseFacts(
        case_id=case.pk,
        sex=person.sex,
        birth_date=person.birth_date,
        birth_precision=person.birth_date_precision,
        birthplace=person.birthplace,
        category=case.category,
        names=tuple(names),
        events=tuple(events),
        departure_years=frozenset(departures),
        relations=relation_keys(relations),
    )


def open_case_facts() -> list[CaseFacts]:
    names = PersonName.objects.only("person_id", "family", "given")
    events = Event.objects.exclude(kind=EventKind.TRANSITION).only(
        "case_id", "occurred_on", "kind", "country", "region", "custodian", "decision"
    )
    cases = (
        open_cases()
        .select_related("person")
        .prefetch_related(
            Prefetch("person__names", queryset=names),
            Prefetch("events", queryset=events),
            "members__person__names",
        )
    )
    return [_case_facts(case) for case in cases]


def alerts_visible_to(user: Reader) -> QuerySet[Alert]:
    """Alerts on the cases this user may see, and only those."""
    return Alert.objects.filter(case__in=cases_visible_to(user)).select_related(
        "article", "case", "case__person"
    )


def inbox(user: User, *, status: str = AlertStatus.OPEN) -> QuerySet[Alert]:
    alerts = alerts_visible_to(user)
    if status:
        alerts = alerts.filter(status=status)
    return alerts.order_by("-created_at", "-pk")


def recipients_for(case: Case) -> list[User]:
    """The case's officer and the supervisors of its compartment."""
    supervisors = User.objects.filter(
        role=Role.SUPERVISOR, is_active=True, compartments=case.compartment_id
    )
    people = {user.pk: user for user in supervisors}
    if case.officer is not None and case.officer.is_active:
        people[case.officer.pk] = case.officer
    return list(people.values())


def dismissal_reasons() -> list[dict[str, Any]]:
    """Dismissed alerts with their score and reason: the threshold report's input."""
    rows = Alert.objects.filter(status=AlertStatus.DISMISSED).order_by("score")
    return [
        {"alert_id": a.pk, "score": a.score, "threshold": a.threshold, "reason": a.reason}
        for a in rows
    ]


def feeds() -> QuerySet[Feed]:
    """Every feed, with how many articles it brought: the feeds page's list."""
    return Feed.objects.annotate(articles=Count("article")).order_by("name", "pk")


def get_feed(pk: int) -> Feed:
    """One feed, or 404 (a page reaches this only for those who manage feeds)."""
    found = Feed.objects.filter(pk=pk).first()
    if found is None:
        raise Http404
    return found
