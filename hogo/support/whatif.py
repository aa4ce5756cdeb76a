"""What a benefit would cost if it paid every current case: the "what if" of a draft programme.

The question is asked of every arrived or resettled case of the chosen
categories, not only of the supervisor's own, so the answer leaves through the
statistics' small-cell protection (`hogo.stats.protection`): no count from 1
to 9 is shown, nor any figure a count from 1 to 9 could be worked out from.

How the counts are cut so that every shown figure is a sum of them:

- Every person who would be paid counts in exactly one group, by their place in
  the household's scale: the first person of a household, the second, ...,
  each further person (for a one-off grant: adults and those under 18). The
  first group is the number of households; all groups together are the
  beneficiaries.
- The monthly amount of a household is the sum of what each of its places
  adds (¥170,000 for the first, ¥70,000 for the second, ¥30,000 for each
  further on the abductees' scale), and every household is decided on the same
  day, so a year's cost is exactly the sum, over the groups, of the group's
  count times what its place adds, times the months paid that year.
- A group's count is shown, or withheld as "<10" by the suppression; its cost
  is shown exactly when its count is. The total cost is exact only when no
  group is withheld; otherwise it is given as a range worked out from shown
  figures alone (the withheld persons, whose number follows from the shown
  total, times the least and the most a withheld place adds).

Income deductions are not applied: the cost is what the benefit would pay at
most. Each run is audited with what it showed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from hogo import access
from hogo.access import system_reader
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.cases.workflow import Status
from hogo.stats import protection
from hogo.stats.tables import protection_level
from hogo.support import schedule
from hogo.support.actions import SupportRefused, rule_in_force, terms_of
from hogo.support.models import Benefit, BenefitKind, Household

CURRENT = (Status.ARRIVED, Status.RESETTLEMENT)
ROW = "persons"


@dataclass(frozen=True)
class Place:
    """One group of the table: persons who add the same amount to their household's."""

    key: str
    label: str
    adds: int  # yen a month (monthly benefit) or once (one-off grant) per person


@dataclass(frozen=True)
class Member:
    """What the cost needs of one person who would be paid: no name, no case."""

    minor: bool


def places_of(terms: schedule.Terms) -> list[Place]:
    if terms.kind == BenefitKind.ONE_OFF:
        return [
            Place("adults", _("adults"), terms.one_off_per_person),
            Place("minors", _("under 18"), terms.one_off_per_minor),
        ]
    places: list[Place] = []
    before = 0
    for i, amount in enumerate(terms.amounts, start=1):
        label = _("first person of a household") if i == 1 else _("person %(n)d") % {"n": i}
        places.append(Place(f"p{i}", label, amount - before))
        before = amount
    if terms.each_further:
        places.append(Place("further", _("each further person"), terms.each_further))
    return places


def place_counts(households: Iterable[Sequence[Member]], terms: schedule.Terms) -> dict[str, int]:
    """How many persons fall in each place, zeros included."""
    counts: Counter[str] = Counter()
    places = places_of(terms)
    for members in households:
        if not members:
            continue
        if terms.kind == BenefitKind.ONE_OFF:
            minors = sum(1 for m in members if m.minor)
            counts["adults"] += len(members) - minors
            counts["minors"] += minors
            continue
        listed = [p for p in places if p.key != "further"]
        for i in range(len(members)):
            if i < len(listed):
                counts[listed[i].key] += 1
            else:
                counts["further"] += 1
    return {p.key: counts[p.key] for p in places}


def months_by_year(terms: schedule.Terms, decided_on: date) -> dict[int, int]:
    """Months of the benefit paid by the instalments due in each year (1 for a grant)."""
    if terms.kind == BenefitKind.ONE_OFF:
        planned = schedule.plan(terms, schedule.Household(size=1), decided_on=decided_on)
        return {planned[0].due_date.year: 1}
    months: Counter[int] = Counter()
    for item in schedule.plan(terms, schedule.Household(size=1), decided_on=decided_on):
        months[item.due_date.year] += item.months
    return dict(sorted(months.items()))


@dataclass
class YearCost:
    year: int
    exact: int | None  # the year's cost, when nothing is withheld
    low: int  # otherwise the range the cost lies in
    high: int


@dataclass
class WhatIf:
    benefit: Benefit
    decided_on: date
    categories: list[str]
    places: list[Place]
    shown: dict[str, str]  # place key (and "total") -> released text
    costs: dict[str, int | None]  # place key -> cost per month or once, None when withheld
    years: list[YearCost] = field(default_factory=list)
    households: str = ""
    beneficiaries: str = ""
    withheld_any: bool = False

    @property
    def everything_withheld(self) -> bool:
        return self.beneficiaries == protection.WITHHELD


def protect(places: Sequence[Place], counts: dict[str, int]) -> dict[str, str]:
    """The released text of every place and of the total, by the statistics' suppression."""
    columns = [p.key for p in places]
    cells = [protection.Cell(ROW, c, frozenset({(ROW, c)})) for c in columns]
    cells.append(protection.Cell(ROW, protection.TOTAL, frozenset((ROW, c) for c in columns)))
    values = {(ROW, c): counts.get(c, 0) for c in columns}
    level = protection_level()
    withheld = protection.suppress(cells, values, quarters=[ROW], columns=columns, level=level)
    rendered = protection.render(cells, values, withheld, level=level)
    return {column: text for (_row, column), text in rendered.items()}


def cost(
    terms: schedule.Terms, decided_on: date, places: Sequence[Place], shown: dict[str, str]
) -> tuple[dict[str, int | None], list[YearCost]]:
    """The cost of every shown group, and each year's cost (exact, or a range), from
    the shown counts alone."""
    per_place: dict[str, int | None] = {}
    known = 0
    hidden: list[Place] = []
    for place in places:
        text = shown[place.key]
        if text == protection.WITHHELD:
            per_place[place.key] = None
            hidden.append(place)
        else:
            per_place[place.key] = int(text) * place.adds
            known += int(text) * place.adds
    total = shown[protection.TOTAL]
    if total == protection.WITHHELD:
        return per_place, []
    # The withheld persons together: the shown total less the shown groups.
    rest = int(total) - sum(int(shown[p.key]) for p in places if p not in hidden)
    low = known + rest * min((p.adds for p in hidden), default=0)
    high = known + rest * max((p.adds for p in hidden), default=0)
    years = [
        YearCost(year, known * months if not hidden else None, low * months, high * months)
        for year, months in months_by_year(terms, decided_on).items()
    ]
    return per_place, years


def _is_minor(birth: date | None, on: date) -> bool:
    if birth is None:
        return False
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return age < 18


def current_households(categories: Sequence[str], *, on: date) -> list[list[Member]]:
    """The persons who would be paid on each current case of these categories: the
    household set up for support where there is one, else the case's person and members."""
    cases = (
        system_reader("support.what_if")
        .cases()
        .filter(status__in=CURRENT, category__in=list(categories))
    )
    rows = list(cases.values_list("pk", "person__birth_date"))
    with_household = {
        h.case_id: [Member(minor=m.minor) for m in h.members.all()]
        for h in Household.objects.filter(case__in=[pk for pk, _b in rows]).prefetch_related(
            "members"
        )
    }
    others: dict[int, list[Member]] = {}
    for pk, birth in rows:
        others[pk] = [Member(minor=_is_minor(birth, on))]
    members = cases.values_list("pk", "members__person__birth_date", "members__pk")
    for pk, birth, member_pk in members:
        if member_pk is not None:
            others[pk].append(Member(minor=_is_minor(birth, on)))
    return [with_household.get(pk) or others[pk] for pk, _b in rows]


def run_what_if(
    benefit: Benefit, *, categories: Sequence[str], decided_on: date, actor: User
) -> WhatIf:
    """Cost `benefit` as if every current case of `categories` were decided on `decided_on`."""
    if not access.can_run_what_if(actor):
        raise SupportRefused(_("You may not do this."))
    if not categories:
        raise SupportRefused(_("Choose at least one category of cases."))
    rule = rule_in_force(benefit, decided_on)
    terms = terms_of(rule, benefit.kind)
    places = places_of(terms)
    counts = place_counts(current_households(categories, on=decided_on), terms)
    shown = protect(places, counts)
    per_place, years = cost(terms, decided_on, places, shown)
    result = WhatIf(
        benefit=benefit,
        decided_on=decided_on,
        categories=list(categories),
        places=places,
        shown=shown,
        costs=per_place,
        years=years,
        households=shown[places[0].key] if terms.kind == BenefitKind.MONTHLY else "",
        beneficiaries=shown[protection.TOTAL],
        withheld_any=protection.WITHHELD in shown.values(),
    )
    with transaction.atomic():
        record(
            "support.what_if",
            actor=actor,
            obj=benefit,
            data={
                "benefit": str(benefit),
                "rule_version": rule.version,
                "categories": sorted(categories),
                "decided_on": decided_on,
                "shown": shown,
                "years": {
                    y.year: y.exact if y.exact is not None else [y.low, y.high] for y in years
                },
            },
        )
    return result
