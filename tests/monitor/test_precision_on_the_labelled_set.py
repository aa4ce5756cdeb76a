"""The labelled synthetic articles (English and Japanese) alert the right cases."""

from __future__ import annotations

import pytest

from bench import monitor_precision as bench
from hogo.demo import generator


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[float, float]]:
    plan = generator.build_plan(seed=7, count=60, today=bench.TODAY)
    articles = bench.labelled_set(plan, seed=7, sample=20)
    assert {a.language for a in articles} == {"en", "ja"}
    return bench.report(bench.evaluate(plan, articles))


@pytest.mark.parametrize("language", ["en", "ja"])
def test_precision_and_recall_hold_in_each_language(
    language: str, results: dict[str, tuple[float, float]]
) -> None:
    precision, recall = results[language]
    assert precision >= 0.9
    assert recall >= 0.7


@pytest.mark.slow
def test_the_full_benchmark_matches_docs() -> None:
    plan = generator.build_plan(seed=generator.DEFAULT_SEED, count=300, today=bench.TODAY)
    articles = bench.labelled_set(plan, seed=generator.DEFAULT_SEED, sample=60)
    precision, recall = bench.report(bench.evaluate(plan, articles))["all"]
    assert precision >= 0.95
    assert recall >= 0.8
