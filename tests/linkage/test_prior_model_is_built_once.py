"""The lookup's prior model is built once per process, and every caller gets its own copy.

Splink parses the SQL of every level and blocking rule to build it: rebuilt for each
verify-identity lookup (to check a stored model against it), it took longer than the
lookup itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from hogo.linkage import lookup, model


def test_the_prior_model_is_built_once_however_often_it_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[int] = []
    settings = model.settings

    def counted() -> Any:
        built.append(1)
        return settings()

    monkeypatch.setattr(model, "settings", counted)
    lookup._prior_model_json.cache_clear()
    lookup._prior_level_counts.cache_clear()
    for _lookup in range(3):
        assert lookup.compatible(lookup.prior_model())
    assert len(built) == 1


def test_each_caller_gets_a_copy_of_its_own() -> None:
    changed = lookup.prior_model()
    changed["probability_two_random_records_match"] = 0.5
    changed["comparisons"].clear()
    fresh = lookup.prior_model()
    assert fresh["probability_two_random_records_match"] != 0.5
    assert fresh["comparisons"]


def test_it_is_the_models_settings_as_splink_writes_them() -> None:
    assert lookup.prior_model() == model.settings().create_settings_dict(sql_dialect_str="duckdb")


def test_a_stored_model_with_other_levels_is_still_not_compatible() -> None:
    stale = lookup.prior_model()
    stale["comparisons"][0]["comparison_levels"].pop()
    assert not lookup.compatible(stale)
