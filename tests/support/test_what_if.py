"""The "what if" of a draft programme: cost by year over every current case, with no
count from 1 to 9 shown, nor any figure such a count could be worked out from."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, CaseMember, Category
from hogo.cases.workflow import Status
from hogo.people.models import Person
from hogo.stats import protection
from hogo.support.actions import SupportRefused
from hogo.support.models import Benefit
from hogo.support.whatif import run_what_if

_serial = itertools.count(1)
DECIDED = date(2027, 4, 1)  # the draft's first day


@pytest.fixture
def draft(programmes: None) -> Benefit:
    return Benefit.objects.get(programme__code="spouses-draft", code="monthly")


@pytest.fixture
def add_households(east: Compartment, west: Compartment) -> Callable[..., None]:
    """`add_households(n, size)`: n current cases, each of `size` persons."""

    def add(
        n: int,
        size: int,
        *,
        category: str = Category.JAPANESE_SPOUSE,
        status: str = Status.RESETTLEMENT,
    ) -> None:
        for i in range(n):
            case = Case.objects.create(
                reference=f"W-{next(_serial):06d}",
                person=Person.objects.create(birth_date=date(1950, 1, 1)),
                category=category,
                compartment=east if i % 2 else west,
                status=status,
            )
            for _ in range(size - 1):
                CaseMember.objects.create(
                    case=case, person=Person.objects.create(), relation="child"
                )

    return add


@pytest.mark.django_db
def test_with_nothing_withheld_the_cost_by_year_is_exact(
    draft: Benefit, add_households: Callable[..., None], supervisor: User
) -> None:
    add_households(12, 1)
    add_households(10, 2)
    result = run_what_if(
        draft, categories=[Category.JAPANESE_SPOUSE], decided_on=DECIDED, actor=supervisor
    )
    assert result.households == "22"
    assert result.beneficiaries == "32"
    assert not result.withheld_any
    monthly = 22 * 170_000 + 10 * 70_000
    years = {y.year: y.exact for y in result.years}
    # Decided in April: May pays four months at once, then September to December.
    assert years[2027] == 8 * monthly
    assert sum(v or 0 for v in years.values()) == 120 * monthly
    assert all(isinstance(v, int) for v in years.values())


@pytest.mark.django_db
def test_a_small_group_is_withheld_and_the_cost_is_a_range_it_cannot_be_read_from(
    draft: Benefit, add_households: Callable[..., None], supervisor: User
) -> None:
    add_households(15, 1)
    add_households(3, 2)  # three second persons: never shown, nor worked out
    result = run_what_if(
        draft, categories=[Category.JAPANESE_SPOUSE], decided_on=DECIDED, actor=supervisor
    )
    shown = result.shown
    assert shown["p2"] == protection.WITHHELD
    assert result.beneficiaries == "21"
    assert not any(text.isdigit() and 0 < int(text) < 10 for text in shown.values())
    # The second persons cannot be had from the total less the other groups either:
    # a second group is withheld beside them, so the shown figures leave them open.
    assert sum(protection.is_withheld(text) for text in shown.values()) >= 2
    first = result.years[0]
    assert first.exact is None
    true_cost = 8 * (18 * 170_000 + 3 * 70_000)
    assert first.low is not None
    assert first.high is not None
    assert first.low <= true_cost <= first.high
    assert first.low < first.high


@pytest.mark.django_db
def test_fewer_than_ten_persons_show_nothing(
    draft: Benefit, add_households: Callable[..., None], supervisor: User
) -> None:
    add_households(4, 2)
    result = run_what_if(
        draft, categories=[Category.JAPANESE_SPOUSE], decided_on=DECIDED, actor=supervisor
    )
    assert result.everything_withheld
    assert result.years == []
    assert set(result.shown.values()) <= {protection.WITHHELD, "0"}


@pytest.mark.django_db
def test_only_current_cases_of_the_chosen_categories_count(
    draft: Benefit, add_households: Callable[..., None], supervisor: User
) -> None:
    add_households(11, 1)
    add_households(20, 1, category=Category.FORMER_RESIDENT)
    add_households(20, 1, status=Status.VERIFYING)
    add_households(20, 1, status=Status.CLOSED)
    result = run_what_if(
        draft, categories=[Category.JAPANESE_SPOUSE], decided_on=DECIDED, actor=supervisor
    )
    assert result.beneficiaries == "11"


@pytest.mark.django_db
def test_only_a_supervisor_runs_it(
    draft: Benefit, add_households: Callable[..., None], caseworker: User
) -> None:
    with pytest.raises(SupportRefused):
        run_what_if(draft, categories=[Category.OTHER], decided_on=DECIDED, actor=caseworker)


@pytest.mark.django_db
def test_the_page_shows_the_cost_and_a_chart_and_is_audited(
    draft: Benefit,
    add_households: Callable[..., None],
    supervisor: User,
    client_for: Callable[..., Client],
) -> None:
    add_households(12, 1)
    add_households(10, 3)
    client = client_for(supervisor)
    blank = client.get(reverse("support:what_if"))
    assert blank.status_code == 200
    assert AuditEntry.objects.filter(action="support.what_if").count() == 0
    response = client.get(
        reverse("support:what_if"),
        {"benefit": draft.pk, "categories": [Category.JAPANESE_SPOUSE], "decided_on": "2027-04-01"},
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert 'data-figure="beneficiaries">42<' in text
    assert "data:image/svg+xml;base64," in text
    assert "¥" in text
    entry = AuditEntry.objects.get(action="support.what_if")
    assert entry.actor == supervisor
    assert entry.data["shown"]["total"] == "42"


@pytest.mark.django_db
def test_a_form_without_a_category_says_so(
    draft: Benefit, supervisor: User, client_for: Callable[..., Client]
) -> None:
    response = client_for(supervisor).get(
        reverse("support:what_if"), {"benefit": draft.pk, "decided_on": "2027-04-01"}
    )
    assert "Choose at least one category of cases." in response.content.decode()
    assert not AuditEntry.objects.filter(action="support.what_if").exists()
