"""Synthetic demo data, made through the same actions the pages call.

Generation has two halves. :func:`build_plan` is pure: from a seed, a count and
a day it draws households, persons, names and case histories with
``random.Random(seed)`` and touches no database, so the same arguments always
give the same plan. :func:`load` then replays a plan through
``hogo.people.actions`` and ``hogo.cases.actions`` only, acting as the demo
user whose role would do each thing, so the audit log records everything as
it would in use.

All names are common surnames and given names combined at random; they
describe no one. The one case drawn from public reporting (the 64-year-old
Japanese spouse held in Jilin in early 2003, see :data:`REPORT_CASE_NAME`)
carries an invented name and only the facts the reports give.

The parts live beside this module: :mod:`hogo.demo.plan` (what a plan holds and
who acts in it), :mod:`hogo.demo.stories` (the tables the random stories are
drawn from), :mod:`hogo.demo.fixed_cases` (the case from the reports, and the
one the tests search for) and :mod:`hogo.demo.loader` (the replay).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from hogo.demo.fixed_cases import (
    KIM_NAME,
    REPORT_CASE_BIRTH_YEAR,
    REPORT_CASE_NAME,
    REPORT_DATE,
    REPORT_HUSBAND_NAME,
    avoids_reserved_names,
    kim_household,
    report_household,
)
from hogo.demo.loader import LoadResult, ensure_accounts, ensure_authenticator, is_loaded, load
from hogo.demo.plan import (
    ACCOUNTS,
    ALL_COMPARTMENTS,
    CASEWORKERS,
    COMPARTMENTS,
    DEFAULT_COUNT,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    SECURITY,
    SUPERVISOR,
    CasePlan,
    DemoAccount,
    DemoPlan,
    DocumentPlan,
    EventPlan,
    HouseholdPlan,
    PersonPlan,
    RelationPlan,
    Step,
    TransitionPlan,
)
from hogo.demo.stories import STATUS_WEIGHTS, Planner, birth_date_text, check_route, route_to
from hogo.lib.progress import Progress

__all__ = [
    "ACCOUNTS",
    "ALL_COMPARTMENTS",
    "CASEWORKERS",
    "COMPARTMENTS",
    "DEFAULT_COUNT",
    "DEFAULT_SEED",
    "DEMO_PASSWORD",
    "KIM_NAME",
    "REPORT_CASE_BIRTH_YEAR",
    "REPORT_CASE_NAME",
    "REPORT_DATE",
    "REPORT_HUSBAND_NAME",
    "SECURITY",
    "STATUS_WEIGHTS",
    "SUPERVISOR",
    "CasePlan",
    "DemoAccount",
    "DemoPlan",
    "DocumentPlan",
    "EventPlan",
    "Extras",
    "HouseholdPlan",
    "LoadResult",
    "PersonPlan",
    "RelationPlan",
    "Step",
    "TransitionPlan",
    "birth_date_text",
    "build_plan",
    "check_route",
    "ensure_accounts",
    "ensure_authenticator",
    "generate",
    "is_loaded",
    "load",
    "load_extras",
    "route_to",
]


def build_plan(*, seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, today: date) -> DemoPlan:
    """What the demo will contain: the same for the same seed, count and day."""
    if count < 2:
        raise ValueError("the demo needs at least 2 cases")
    rng = random.Random(seed)
    planner = Planner(rng, today)
    planner.households += [kim_household(today), report_household()]
    remaining = count - 2
    # Every status at least once, then a realistic spread.
    statuses = list(STATUS_WEIGHTS)
    rng.shuffle(statuses)
    targets = statuses[:remaining] + rng.choices(
        list(STATUS_WEIGHTS),
        weights=list(STATUS_WEIGHTS.values()),
        k=max(0, remaining - len(statuses)),
    )
    index = 0
    while targets:
        wanted = 2 if len(targets) >= 2 and rng.random() < 0.12 else 1
        batch, targets = targets[:wanted], targets[wanted:]
        before = len(planner.households)
        planner.household(index, batch)
        household = planner.households[-1]
        if not all(avoids_reserved_names(p) for p in household.persons):
            # Redraw: the fixed cases' names stay unique.
            planner.households = planner.households[:before]
            targets = batch + targets
        elif len(household.cases) < len(batch):
            targets = batch[len(household.cases) :] + targets
        index += 1
    return DemoPlan(seed, today, tuple(planner.households))


@dataclass
class Extras:
    """What the demo adds around its cases, each once: 0 where it was already there."""

    households: int = 0
    registry_rows: int = 0
    articles: int = 0
    alerts: int = 0
    feeds: int = 0


def load_extras(*, seed: int = DEFAULT_SEED, today: date | None = None) -> Extras:
    """Support households, a trained registry, press articles and paused feeds, each unless
    already there.

    Run after the cases (the registry is written from their persons, the articles are
    scored against them), and again on a later start of a demo loaded before these
    parts existed.
    """
    from django.utils import timezone

    from hogo.demo.articles import load_demo_articles
    from hogo.demo.feeds import load_demo_feeds
    from hogo.demo.registry import load_demo_registry
    from hogo.support.demo import load_support_demo

    today = today or timezone.localdate()
    extras = Extras()
    extras.households = load_support_demo(today=today)
    extras.registry_rows = load_demo_registry(seed=seed)
    extras.articles, extras.alerts = load_demo_articles(today=today)
    extras.feeds = load_demo_feeds()
    return extras


def generate(
    *,
    seed: int = DEFAULT_SEED,
    count: int = DEFAULT_COUNT,
    today: date | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    from django.utils import timezone

    today = today or timezone.localdate()
    return load(build_plan(seed=seed, count=count, today=today), progress=progress)
