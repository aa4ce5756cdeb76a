from __future__ import annotations

import pytest

from hogo.cases.models import Case, Event, EventKind
from hogo.cases.workflow import Status, is_allowed
from hogo.demo import generator
from tests.demo.conftest import COUNT, TODAY, LoadedDemo


def test_the_plan_reaches_every_status_even_when_small() -> None:
    plan = generator.build_plan(seed=3, count=14, today=TODAY)
    assert set(plan.status_counts()) == set(Status.values)


@pytest.mark.parametrize("seed", range(20))
def test_every_planned_route_is_allowed(seed: int) -> None:
    plan = generator.build_plan(seed=seed, count=40, today=TODAY)
    for case in plan.cases():
        route = [s.to for s in case.steps if isinstance(s, generator.TransitionPlan)]
        generator.check_route(route)


class TestTheLoadedWorkflow(LoadedDemo):
    def test_the_loaded_cases_are_in_every_status(self) -> None:
        assert set(Case.objects.values_list("status", flat=True)) == set(Status.values)

    def test_every_status_history_follows_allowed_transitions(self) -> None:
        cases = Case.objects.all()
        assert cases.count() == COUNT
        for case in cases:
            transitions = Event.objects.filter(case=case, kind=EventKind.TRANSITION).order_by("pk")
            opening, *moves = transitions
            assert opening.to_status == Status.REPORTED
            current, held_from = Status.REPORTED.value, ""
            for move in moves:
                assert move.from_status == current
                assert is_allowed(current, move.to_status, held_from=held_from), (
                    f"{case.reference}: {current} → {move.to_status}"
                )
                assert move.text
                held_from = current if move.to_status == Status.ON_HOLD else ""
                current = move.to_status
            assert current == case.status

    def test_no_event_is_dated_in_the_future(self) -> None:
        assert not Event.objects.filter(occurred_on__gt=TODAY).exclude(kind=EventKind.TRANSITION)
