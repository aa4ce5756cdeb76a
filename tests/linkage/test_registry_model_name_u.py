"""A registry's trained model keeps the prior's u where names agree.

Random pairs of a registry where a few names abound (Kim, Lee) agree on both names far
more often than two records of a typical name do; a lookup with that average u would
count every claimant as bearing a common name, and the true record's probability would
fall well below how often it is right.
"""

from __future__ import annotations

from typing import Any

from hogo.linkage.engine import PRIOR_U_NAME_LEVELS, frame, train_for_registry
from hogo.linkage.features import features
from hogo.linkage.lookup import prior_model
from hogo.linkage.records import FIELDS, PersonRecord

FAMILIES = ["Kim", "Lee", "Park"]
GIVEN = ["Young-ho", "Mi-kyung", "Sun-hee", "Jung-soo"]


def _record(number: int) -> PersonRecord:
    values = dict.fromkeys(FIELDS, "")
    values.update(
        family_name=FAMILIES[number % len(FAMILIES)],
        given_name=GIVEN[number % len(GIVEN)],
        birth_date=f"19{30 + number % 40}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        sex="MF"[number % 2],
    )
    return PersonRecord(f"r{number}", number + 2, values)


def _name_levels(trained: dict[str, Any]) -> list[dict[str, Any]]:
    (name,) = [c for c in trained["comparisons"] if c["output_column_name"] == "name"]
    return [lv for lv in name["comparison_levels"] if not lv.get("is_null_level")]


def _bayes_factor(level: dict[str, Any]) -> float:
    return float(level["m_probability"]) / float(level["u_probability"])


def test_names_agreeing_weigh_as_much_after_training_as_before() -> None:
    rows = [features(_record(n)) for n in range(400)]
    trained = train_for_registry(frame(rows[:200]), frame(rows[200:]), rows=400)
    prior = _name_levels(prior_model())
    learnt = _name_levels(trained)
    for index in PRIOR_U_NAME_LEVELS:
        assert _bayes_factor(learnt[index]) >= 0.99 * _bayes_factor(prior[index])
    # What random pairs do teach is kept: no name shared at all.
    assert learnt[-1]["u_probability"] != prior[-1]["u_probability"]
