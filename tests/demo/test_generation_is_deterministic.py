from __future__ import annotations

from hogo.demo import generator
from tests.demo.conftest import COUNT, SEED, TODAY, LoadedDemo


def test_the_same_seed_gives_the_same_plan() -> None:
    first = generator.build_plan(seed=SEED, count=COUNT, today=TODAY)
    second = generator.build_plan(seed=SEED, count=COUNT, today=TODAY)
    assert first == second


def test_another_seed_gives_other_cases() -> None:
    first = generator.build_plan(seed=SEED, count=COUNT, today=TODAY)
    other = generator.build_plan(seed=SEED + 1, count=COUNT, today=TODAY)
    assert first != other


def test_the_plan_has_as_many_cases_as_asked() -> None:
    plan = generator.build_plan(seed=SEED, count=COUNT, today=TODAY)
    assert sum(1 for _ in plan.cases()) == COUNT


class TestLoading(LoadedDemo):
    def test_the_loaded_cases_match_the_plan(self) -> None:
        assert self.result.cases == COUNT
        assert self.result.statuses == self.plan.status_counts()

    def test_loading_reports_cases_done_of_all_until_the_last(self) -> None:
        done = [d for d, _ in self.progress]
        assert done == sorted(done)
        assert {total for _, total in self.progress} == {COUNT}
        assert self.progress[-1] == (COUNT, COUNT)
