"""A statistician sees released tables, never a live count nor a case."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from hogo.stats.actions import publish_table

LAST_YEAR = date.today().year - 1
START, END = date(LAST_YEAR, 1, 1), date(LAST_YEAR, 3, 31)


def test_the_overview_lists_releases_and_no_live_figures(
    statistician: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
    case: Case,
) -> None:
    add_cases(37, "japanese_spouse", date(LAST_YEAR, 2, 1))
    page = client_for(statistician).get(reverse("stats:overview")).content.decode()
    # Tokens and nonces in the markup may hold the digits; the text a reader sees must not.
    assert not re.search(r"(?<![\w-])37(?![\w-])", visible_text(page))
    assert "No table has been released yet." in page
    release = publish_table(
        "arrivals_by_quarter", start=START, end=END, actor=statistician, today=timezone.localdate()
    )
    page = client_for(statistician).get(reverse("stats:overview")).content.decode()
    assert reverse("stats:release", args=[release.pk]) in page
    detail = client_for(statistician).get(reverse("stats:release", args=[release.pk]))
    assert "37" in detail.content.decode()
    assert "“withheld” marks a withheld cell" in detail.content.decode()
    assert AuditEntry.objects.filter(action="stats.view_release").count() == 1


def test_the_statistician_reaches_no_case_and_no_dashboard(
    statistician: User, client_for: Callable[[User | None], Client], case: Case
) -> None:
    client = client_for(statistician)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.get(reverse("cases:list")).status_code == 404
    assert client.get(reverse("stats:dashboard")).status_code == 404


def test_a_release_can_be_made_from_the_page_and_downloaded(
    statistician: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
) -> None:
    add_cases(12, "descendant", date(LAST_YEAR, 2, 1))
    client = client_for(statistician)
    response = client.post(
        reverse("stats:publish"),
        {
            "table": "arrivals_by_quarter",
            "start": START,
            "end": END,
            "method": "suppress",
        },
    )
    assert response.status_code == 302
    pk = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    csv = client.get(reverse("stats:csv", args=[pk])).content.decode()
    assert csv.splitlines()[0].startswith("quarter,")
    assert f"{LAST_YEAR}-Q1," in csv
    xlsx = client.get(reverse("stats:xlsx", args=[pk]))
    assert xlsx.content[:2] == b"PK"
    assert AuditEntry.objects.filter(action="stats.export").count() == 2


def test_a_bad_period_on_the_page_is_explained_and_releases_nothing(
    statistician: User, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(statistician).post(
        reverse("stats:publish"),
        {
            "table": "arrivals_by_quarter",
            "start": date(LAST_YEAR, 1, 2),
            "end": END,
            "method": "suppress",
        },
    )
    assert response.status_code == 200
    assert "quarter&#x27;s first day" in response.content.decode()
    from hogo.stats.models import Release

    assert not Release.objects.exists()


@pytest.mark.parametrize("name", ["stats:overview", "stats:release", "stats:csv"])
def test_other_roles_get_404(
    name: str,
    supervisor: User,
    caseworker: User,
    client_for: Callable[[User | None], Client],
    statistician: User,
) -> None:
    release = publish_table(
        "arrivals_by_quarter", start=START, end=END, actor=statistician, today=timezone.localdate()
    )
    url = reverse(name) if name == "stats:overview" else reverse(name, args=[release.pk])
    for user in (supervisor, caseworker):
        assert client_for(user).get(url).status_code == 404


def visible_text(page: str) -> str:
    """The words a reader sees: markup, scripts and attribute values removed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"<[^>]*>", " ", page)
