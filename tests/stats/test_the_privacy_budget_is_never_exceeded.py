"""Differentially private releases spend a budget per table and quarter, and never more."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hogo.accounts.models import User
from hogo.stats.actions import ReleaseError, budget, publish_table
from hogo.stats.models import BudgetSpend, Release

Y = date.today().year - 1
QUARTERS = [
    (date(Y, 1, 1), date(Y, 3, 31)),
    (date(Y, 4, 1), date(Y, 6, 30)),
    (date(Y, 7, 1), date(Y, 9, 30)),
    (date(Y, 10, 1), date(Y, 12, 31)),
]
Request = tuple[int, int, float]  # first quarter, last quarter, ε


@st.composite
def requests(draw: st.DrawFn) -> list[Request]:
    runs = []
    for _ in range(draw(st.integers(1, 8))):
        first = draw(st.integers(0, 3))
        last = draw(st.integers(first, 3))
        runs.append((first, last, draw(st.sampled_from([0.1, 0.25, 0.3, 0.5, 0.75, 1.0]))))
    return runs


def _release(first: int, last: int, epsilon: float, actor: User) -> str:
    try:
        publish_table(
            "arrivals_by_quarter",
            start=QUARTERS[first][0],
            end=QUARTERS[last][1],
            method="dp",
            epsilon=epsilon,
            actor=actor,
            today=timezone.localdate(),
        )
    except ReleaseError as error:
        return str(error)
    return ""


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(requests())
@pytest.mark.django_db
def test_no_quarter_spends_more_than_its_budget(statistician: User, runs: list[Request]) -> None:
    with transaction.atomic():
        spent = [0.0] * 4
        for first, last, epsilon in runs:
            span = range(first, last + 1)
            fits = all(spent[q] + epsilon <= budget() + 1e-12 for q in span)
            refusal = _release(first, last, epsilon, statistician)
            assert bool(refusal) != fits, refusal
            if fits:
                for q in span:
                    spent[q] += epsilon
            else:
                assert "budget" in refusal
        ledger = {line.quarter: line.spent for line in BudgetSpend.objects.all()}
        assert all(value <= budget() + 1e-12 for value in ledger.values())
        assert sorted(ledger.values()) == pytest.approx(sorted(s for s in spent if s))
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_a_refused_release_spends_nothing_and_records_nothing(statistician: User) -> None:
    assert not _release(0, 0, 0.75, statistician)
    assert "0.25 left" in _release(0, 0, 0.5, statistician)
    assert Release.objects.count() == 1
    assert BudgetSpend.objects.get().spent == pytest.approx(0.75)
