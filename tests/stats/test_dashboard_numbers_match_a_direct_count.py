"""The dashboard shows the same numbers as a direct count, within the compartments."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import Status

LAST_YEAR = date.today().year - 1


def _figure(page: str, name: str) -> int:
    match = re.search(rf'data-figure="{name}">(\d+)<', page)
    assert match, name
    return int(match.group(1))


def _status_count(page: str, status: str) -> int:
    match = re.search(rf'data-status="{status}">(\d+)<', page)
    assert match, status
    return int(match.group(1))


def test_the_figures_match_a_direct_count(
    supervisor: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
    west: Compartment,
) -> None:
    add_cases(4, "descendant", date(LAST_YEAR, 2, 1), status=Status.VERIFYING)
    arrived = add_cases(3, "japanese_spouse", date(LAST_YEAR, 5, 1))
    add_cases(6, "descendant", date(LAST_YEAR, 2, 1), status=Status.VERIFYING, compartment=west)
    Event.objects.create(
        case=arrived[0],
        kind=EventKind.DIPLOMATIC_REQUEST,
        occurred_on=date(LAST_YEAR, 6, 1),
        addressee="Ministry",
        request="exit permit",
    )
    page = client_for(supervisor).get(reverse("stats:dashboard")).content.decode()
    mine = Case.objects.filter(compartment__code="east")
    assert _figure(page, "total") == mine.count() == 7
    assert _figure(page, "verifying") == mine.filter(status=Status.VERIFYING).count() == 4
    assert _status_count(page, "arrived") == 3
    assert _figure(page, "open_requests") == 1
    assert f"{LAST_YEAR}-Q2" in page
    verifying = ",".join(
        str(pk)
        for pk in mine.filter(status=Status.VERIFYING).order_by("pk").values_list("pk", flat=True)
    )
    assert f"ids={verifying.replace(',', '%2C')}" in page
    assert AuditEntry.objects.filter(action="stats.view_dashboard", actor_id=supervisor.pk).exists()


def test_filters_narrow_the_figures(
    supervisor: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
) -> None:
    add_cases(4, "descendant", date(LAST_YEAR, 2, 1), status=Status.VERIFYING)
    add_cases(2, "japanese_spouse", date(LAST_YEAR, 2, 1), status=Status.VERIFYING)
    page = client_for(supervisor).get(reverse("stats:dashboard"), {"category": "japanese_spouse"})
    assert _figure(page.content.decode(), "total") == 2


def test_the_other_compartments_supervisor_sees_none_of_these_cases(
    other_supervisor: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
) -> None:
    add_cases(5, "descendant", date(LAST_YEAR, 2, 1), status=Status.VERIFYING)
    page = client_for(other_supervisor).get(reverse("stats:dashboard")).content.decode()
    assert _figure(page, "total") == 0


def test_caseworkers_and_outsiders_get_404(
    caseworker: User, outsider: User, auditor: User, client_for: Callable[[User | None], Client]
) -> None:
    for user in (caseworker, outsider, auditor):
        assert client_for(user).get(reverse("stats:dashboard")).status_code == 404
