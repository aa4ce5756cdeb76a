"""From a rule version and a decision to the instalments it pays: no database.

Amounts are whole yen (int) throughout; nothing here ever holds a float.

Reading of the rules (docs/support.md cites them):

- A monthly benefit is paid from the month after the decision, for
  `duration_months` (+ any extension granted) months.
- The first payment is `first_multiplier` times the monthly amount and covers
  that many months; the next instalment pays the month after them. The
  household is paid for exactly the months it is entitled to: a 10-year
  benefit with a 4x first payment is 117 instalments worth 120 months.
- The monthly amount depends on the number of eligible persons in the
  household: `amounts[n-1]` for the first sizes listed, then `each_further`
  for every person beyond them.
- When the previous year's income was at or above the threshold, the income
  deduction is taken per person so declared from every month of the year
  after; a month is never paid less than nothing.
- A one-off grant is one instalment in the month after the decision: the
  per-person amount for each person, the minor's amount for those under 18.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from hogo.support.calendar import add_months, payment_day


@dataclass(frozen=True)
class Terms:
    """What a rule version says, as plain values."""

    kind: str  # "monthly" or "one_off"
    amounts: tuple[int, ...] = ()
    each_further: int = 0
    first_multiplier: int = 1
    duration_months: int = 0
    extension_max_months: int = 0
    deduction_per_person: int = 0
    one_off_per_person: int = 0
    one_off_per_minor: int = 0
    pay_day: int = 10


@dataclass(frozen=True)
class Planned:
    period: date  # the first day of the month the instalment pays for (its first, if several)
    months: int  # how many months it pays for
    due_date: date
    amount: int


@dataclass(frozen=True)
class Household:
    size: int  # eligible persons
    minors: int = 0  # of whom under 18 at the decision
    # Persons whose previous-year income was at or above the threshold, by the year it was earned.
    over_threshold: Mapping[int, int] = field(default_factory=dict)


class TermsError(ValueError):
    pass


def monthly_amount(terms: Terms, size: int) -> int:
    if size < 1:
        raise TermsError("a household has at least one eligible person")
    if size <= len(terms.amounts):
        return terms.amounts[size - 1]
    if not terms.amounts:
        raise TermsError("this benefit has no monthly amounts")
    return terms.amounts[-1] + (size - len(terms.amounts)) * terms.each_further


def _month_amount(terms: Terms, household: Household, period: date) -> int:
    persons = household.over_threshold.get(period.year - 1, 0)
    deduction = min(persons, household.size) * terms.deduction_per_person
    return max(0, monthly_amount(terms, household.size) - deduction)


def plan(
    terms: Terms, household: Household, *, decided_on: date, extension_months: int = 0
) -> list[Planned]:
    if extension_months < 0 or extension_months > terms.extension_max_months:
        raise TermsError(f"an extension of {extension_months} months is not allowed here")
    year, month = add_months(decided_on.year, decided_on.month, 1)
    if terms.kind == "one_off":
        adults = household.size - household.minors
        amount = adults * terms.one_off_per_person + household.minors * terms.one_off_per_minor
        return [Planned(date(year, month, 1), 1, payment_day(year, month, terms.pay_day), amount)]
    total_months = terms.duration_months + extension_months
    periods = [date(*add_months(year, month, i), 1) for i in range(total_months)]
    first = max(1, min(terms.first_multiplier, total_months))
    planned: list[Planned] = []
    if periods:
        head = periods[:first]
        planned.append(
            Planned(
                head[0],
                len(head),
                payment_day(head[0].year, head[0].month, terms.pay_day),
                sum(_month_amount(terms, household, p) for p in head),
            )
        )
    for period in periods[first:]:
        planned.append(
            Planned(
                period,
                1,
                payment_day(period.year, period.month, terms.pay_day),
                _month_amount(terms, household, period),
            )
        )
    return planned


def total(planned: Sequence[Planned]) -> int:
    return sum(item.amount for item in planned)
