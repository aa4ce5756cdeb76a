"""Officers' decisions as labels: m moves towards what confirmed pairs show, the prior
towards who was found, and the probabilities are recalibrated on confirmed and rejected."""

from __future__ import annotations

import math
import random

import pytest

from hogo.linkage import labels
from hogo.linkage.labels import Label
from hogo.linkage.lookup import prior_model
from hogo.linkage.scorer import COMPARISONS, PythonModel


def _levels(**reached: int | None) -> dict[str, int | None]:
    return {name: reached.get(name) for name in COMPARISONS}


def _m(trained: dict[str, object], comparison: str, level: int) -> float:
    for entry in trained["comparisons"]:  # type: ignore[attr-defined]
        if entry["output_column_name"] == comparison:
            plain = [lv for lv in entry["comparison_levels"] if not lv.get("is_null_level")]
            return float(plain[level]["m_probability"])
    raise KeyError(comparison)


def test_confirmed_lunar_birthdays_raise_the_m_of_their_level() -> None:
    prior = prior_model()
    confirmed = [
        Label(f"P{i}", _levels(name=0, birth_date=2), 0.1, True) for i in range(40)
    ]  # officers keep confirming people whose lunar birthday was told as solar
    learnt = labels.with_m_from(prior, confirmed)
    assert _m(learnt, "birth_date", 2) > 2 * _m(prior, "birth_date", 2)
    assert _m(learnt, "birth_date", 0) < _m(prior, "birth_date", 0)
    # The levels of whole dates still share all true pairs; the year-alone levels'
    # m, conditional on a year given alone, keep their prior.
    levels = PythonModel(learnt).levels["birth_date"]
    conditional = [i for i, level in enumerate(levels) if level.label.startswith("year alone")]
    assert len(conditional) == 2
    total = sum(_m(learnt, "birth_date", i) for i in range(len(levels)) if i not in conditional)
    assert total == pytest.approx(1.0)
    assert [_m(learnt, "birth_date", i) for i in conditional] == [
        _m(prior, "birth_date", i) for i in conditional
    ]


def test_rejected_candidates_leave_m_alone() -> None:
    prior = prior_model()
    rejected = [Label(f"P{i}", _levels(name=5, birth_date=0), 1.0, False) for i in range(30)]
    assert labels.with_m_from(prior, rejected) == prior


def test_a_decision_under_other_levels_is_not_read() -> None:
    stale = Label("P1", _levels(name=0, birth_date=42), 0.0, True)
    assert labels.usable([stale], prior_model()) == []


def test_the_prior_follows_who_was_found() -> None:
    found = [Label(f"P{i}", _levels(name=0), 0.0, True) for i in range(80)]
    not_found = [Label(f"Q{i}", _levels(name=6), 0.0, False) for i in range(20)]
    share = labels.in_registry_from(found + not_found)
    assert 0.7 < share < 0.8  # 80 of 100, pulled a little towards one half


def test_calibration_recovers_a_known_distortion() -> None:
    rng = random.Random(3)
    scores, outcomes = [], []
    for _ in range(2000):
        score = rng.uniform(-6, 6)
        # The truth: the model is over-confident by half.
        truth = 1 / (1 + math.exp(-(0.5 * score + 0.3)))
        scores.append(score)
        outcomes.append(rng.random() < truth)
    fitted = labels.fit_calibration(scores, outcomes)
    assert fitted is not None
    assert fitted["slope"] == pytest.approx(0.5, abs=0.08)
    assert fitted["shift"] == pytest.approx(0.3, abs=0.15)


def test_too_few_decisions_keep_the_default_calibration() -> None:
    assert labels.fit_calibration([1.0, 2.0, -1.0], [True, True, False]) is None


def test_learn_keeps_what_it_learnt_and_the_report_reads_it() -> None:
    rng = random.Random(5)
    decided = []
    for i in range(60):
        if rng.random() < 0.6:  # the true record: names and date agree
            decided.append(Label(f"P{i}", _levels(name=0, birth_date=0, sex=0), 0.2, True))
        else:  # a sibling: the family name only, born years apart
            decided.append(Label(f"P{i}", _levels(name=6, birth_date=9, sex=0), 1.0, False))
    learnt = labels.learn(prior_model(), decided, rows=20_000)
    kept = learnt["hogo"]
    assert kept["labels"]["confirmed"] + kept["labels"]["rejected"] == 60
    assert 0.5 < kept["in_registry"] < 0.7
    assert kept["calibration"] is not None
    report = labels.report(learnt, decided, rows=20_000)
    assert report.confirmed == kept["labels"]["confirmed"]
    assert report.precision == pytest.approx(1.0)
    assert report.recall == pytest.approx(1.0)
    assert report.brier is not None
    assert report.brier < 0.05
    assert report.mean_confirmed is not None
    assert report.mean_rejected is not None
    assert report.mean_confirmed > 0.9 > 0.1 > report.mean_rejected
