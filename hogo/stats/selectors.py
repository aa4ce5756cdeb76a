"""The supervisor's dashboard: figures over the cases the access layer lets them see."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet

from hogo.access import Reader, cases_visible_to
from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import OPEN_STATUSES, Status
from hogo.stats.periods import quarter_of, sort_key


@dataclass
class Spread:
    label: str
    n: int
    median: float
    low: float  # first quartile
    high: float  # third quartile


@dataclass
class Dashboard:
    pipeline: list[tuple[Status, int]] = field(default_factory=list)
    stages: list[Spread] = field(default_factory=list)
    quarters: list[tuple[str, int, int]] = field(
        default_factory=list
    )  # quarter, arrivals, closures
    open_requests: int = 0
    request_ages: Spread | None = None
    verifying: int = 0
    total: int = 0
    # The cases behind each figure, so that every number links to exactly them.
    status_cases: dict[str, list[int]] = field(default_factory=dict)
    arrival_cases: dict[str, list[int]] = field(default_factory=dict)
    closure_cases: dict[str, list[int]] = field(default_factory=dict)


def dashboard_cases(
    user: Reader,
    *,
    compartment: int | None = None,
    category: str = "",
    start: date | None = None,
    end: date | None = None,
) -> QuerySet[Case]:
    cases = cases_visible_to(user)
    if compartment is not None:
        cases = cases.filter(compartment_id=compartment)
    if category:
        cases = cases.filter(category=category)
    if start is not None:
        cases = cases.filter(opened_at__date__gte=start)
    if end is not None:
        cases = cases.filter(opened_at__date__lte=end)
    return cases


def _spread(label: str, values: list[int]) -> Spread:
    if len(values) == 1:
        return Spread(label, 1, values[0], values[0], values[0])
    low, median, high = statistics.quantiles(values, n=4, method="inclusive")
    return Spread(label, len(values), median, low, high)


def _stage_days(cases: QuerySet[Case], today: date) -> dict[str, list[int]]:
    """Days each case spent in each status it has been in (the current one up to today)."""
    moves: dict[int, list[tuple[date, str]]] = defaultdict(list)
    transitions = Event.objects.filter(case__in=cases, kind=EventKind.TRANSITION)
    for case_id, day, status in transitions.order_by("occurred_on", "pk").values_list(
        "case_id", "occurred_on", "to_status"
    ):
        moves[case_id].append((day, status))
    days: dict[str, list[int]] = defaultdict(list)
    for steps in moves.values():
        for (day, status), (following, _next) in zip(steps, [*steps[1:], (today, "")], strict=True):
            days[status].append((following - day).days)
    return days


def build_dashboard(cases: QuerySet[Case], *, today: date) -> Dashboard:
    board = Dashboard()
    for pk, status in cases.values_list("pk", "status"):
        board.status_cases.setdefault(status, []).append(pk)
    counts = dict(cases.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    board.pipeline = [(status, counts.get(status, 0)) for status in Status]
    board.total = sum(counts.values())
    board.verifying = counts.get(Status.VERIFYING, 0)
    days = _stage_days(cases, today)
    board.stages = [_spread(str(s.label), days[s]) for s in Status if days.get(s)]
    arrivals: Counter[str] = Counter()
    closures: Counter[str] = Counter()
    firsts = (
        Event.objects.filter(
            case__in=cases, kind=EventKind.TRANSITION, to_status__in=[Status.ARRIVED, Status.CLOSED]
        )
        .order_by("occurred_on", "pk")
        .values_list("case_id", "to_status", "occurred_on")
    )
    seen: set[tuple[int, str]] = set()
    for case_id, status, day in firsts:
        if (case_id, status) not in seen:
            seen.add((case_id, status))
            quarter = quarter_of(day)
            (arrivals if status == Status.ARRIVED else closures)[quarter] += 1
            behind = board.arrival_cases if status == Status.ARRIVED else board.closure_cases
            behind.setdefault(quarter, []).append(case_id)
    board.quarters = [
        (q, arrivals[q], closures[q]) for q in sorted({*arrivals, *closures}, key=sort_key)
    ]
    requests = Event.objects.filter(
        case__in=cases.filter(status__in=OPEN_STATUSES),
        kind=EventKind.DIPLOMATIC_REQUEST,
        outcome="",
    ).values_list("occurred_on", flat=True)
    ages = [(today - day).days for day in requests]
    board.open_requests = len(ages)
    board.request_ages = _spread("", ages) if ages else None
    return board
