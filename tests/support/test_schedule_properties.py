"""Property tests: whatever the decision date, household and rule version, every
instalment falls on a business day and the schedule pays exactly what the rule says."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from hogo.support.calendar import add_months, is_business_day
from hogo.support.programmes import PROGRAMMES
from hogo.support.schedule import Household, Terms, monthly_amount, plan, total

MONTHLY_RULES = [
    Terms(
        kind="monthly",
        amounts=tuple(b.rule["amounts"]),
        each_further=b.rule["each_further"],
        first_multiplier=b.rule["first_multiplier"],
        duration_months=b.rule["duration_months"],
        extension_max_months=b.rule["extension_max_months"],
        deduction_per_person=b.rule["deduction_per_person"],
    )
    for p in PROGRAMMES
    for b in p.benefits
    if b.kind == "monthly"
]

rules = st.sampled_from(MONTHLY_RULES)
decisions = st.dates(min_value=date(2003, 1, 1), max_value=date(2040, 12, 31))
sizes = st.integers(min_value=1, max_value=8)


@given(rules, decisions, sizes, st.data())
def test_every_instalment_is_paid_on_a_business_day(
    terms: Terms, decided_on: date, size: int, data: st.DataObject
) -> None:
    extension = data.draw(st.integers(min_value=0, max_value=terms.extension_max_months))
    for item in plan(
        terms, Household(size=size), decided_on=decided_on, extension_months=extension
    ):
        assert is_business_day(item.due_date)
        assert item.due_date.weekday() < 5
        # Never later than the nominal day, and never in another month.
        assert item.due_date <= item.period.replace(day=10)
        assert (item.due_date.year, item.due_date.month) == (item.period.year, item.period.month)


@given(rules, decisions, sizes, st.data())
def test_the_schedule_has_the_right_count_and_sum(
    terms: Terms, decided_on: date, size: int, data: st.DataObject
) -> None:
    extension = data.draw(st.integers(min_value=0, max_value=terms.extension_max_months))
    planned = plan(terms, Household(size=size), decided_on=decided_on, extension_months=extension)
    months = terms.duration_months + extension
    first = min(terms.first_multiplier, months)
    assert len(planned) == months - first + 1
    assert total(planned) == monthly_amount(terms, size) * months
    assert planned[0].amount == monthly_amount(terms, size) * first
    assert all(isinstance(item.amount, int) for item in planned)
    # From the month after the decision.
    assert (planned[0].period.year, planned[0].period.month) == add_months(
        decided_on.year, decided_on.month, 1
    )


@given(rules, decisions, sizes, st.integers(min_value=0, max_value=8))
def test_the_income_deduction_is_taken_per_declared_person_never_below_zero(
    terms: Terms, decided_on: date, size: int, over: int
) -> None:
    declared = dict.fromkeys(range(decided_on.year - 1, decided_on.year + 20), over)
    household = Household(size=size, over_threshold=declared)
    planned = plan(terms, household, decided_on=decided_on)
    monthly = monthly_amount(terms, size)
    expected = max(0, monthly - min(over, size) * terms.deduction_per_person)
    assert total(planned) == expected * terms.duration_months


def test_the_abductee_act_scale_by_household_size() -> None:
    terms = MONTHLY_RULES[0]
    assert [monthly_amount(terms, n) for n in (1, 2, 3, 4)] == [170_000, 240_000, 270_000, 300_000]


def test_a_ten_year_benefit_with_a_fourfold_first_payment() -> None:
    planned = plan(MONTHLY_RULES[0], Household(size=1), decided_on=date(2026, 2, 16))
    assert len(planned) == 117
    assert planned[0].amount == 680_000
    assert planned[0].due_date == date(2026, 3, 10)
    # The first payment covers March to June; July is the next month paid.
    assert planned[1].period == date(2026, 7, 1)
    assert planned[1].due_date == date(2026, 7, 10)
    assert total(planned) == 170_000 * 120


def test_a_one_off_grant_pays_adults_and_minors_once() -> None:
    terms = Terms(kind="one_off", one_off_per_person=100_000, one_off_per_minor=50_000)
    planned = plan(terms, Household(size=3, minors=1), decided_on=date(2026, 2, 16))
    assert [(p.amount, p.due_date) for p in planned] == [(250_000, date(2026, 3, 10))]
