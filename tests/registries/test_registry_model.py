"""A model trained on a registry, kept with it and used to look people up in it."""

from __future__ import annotations

import importlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.linkage.features import Features, features
from hogo.linkage.lookup import prior_model
from hogo.linkage.scorer import PythonModel
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person
from hogo.registries import selectors
from hogo.registries.models import KeyCount, RecordKey, Registry, RegistryRecord
from tests.registries.conftest import GOOD, VERIFY_ROWS, seed_record

FAMILIES = [("朴", "ボク"), ("崔", "サイ"), ("鄭", "テイ"), ("林", "リン"), ("韓", "カン")]
GIVENS = [("英哲", "エイテツ"), ("順子", "ジュンシ"), ("光男", "ミツオ"), ("春子", "ハルコ")]


def _crowd(count: int) -> list[str]:
    """Look-alikes: other families and given names, born over twenty years."""
    rows = []
    for index in range(count):
        family, family_kana = FAMILIES[index % len(FAMILIES)]
        given, given_kana = GIVENS[index % len(GIVENS)]
        sex = "M" if index % 2 else "F"
        rows.append(
            f"X{index},{family},{given},{family_kana},{given_kana},,{sex},"
            f"昭和{5 + index % 20}年{1 + index % 12}月{1 + index % 28}日,"
            f"新潟県,朝鮮,,196{index % 5}"
        )
    return rows


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("registry", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def big_manifests(write_csv: Callable[..., Path], db: None) -> Registry:
    from hogo.registries.actions import import_registry

    path = write_csv(*VERIFY_ROWS, *_crowd(80), name="big.csv")
    return import_registry(name="big", path=path, actor=None).registry


@pytest.mark.django_db
def test_train_stores_the_model_audits_it_and_lookups_use_it(
    big_manifests: Registry, told_in_hangul: Person
) -> None:
    assert "model: not trained" in _run("describe", "big")
    assert "model trained and stored" in _run("train", "big")
    big_manifests.refresh_from_db()
    trained = json.loads(big_manifests.model_json)
    # The person is in the registry with even odds, spread over its rows.
    assert trained["probability_two_random_records_match"] == pytest.approx(0.5 / 87)
    # u is learnt from the registry: it differs from the prior somewhere.
    prior = prior_model()
    learnt = [
        lv.get("u_probability") for c in trained["comparisons"] for lv in c["comparison_levels"]
    ]
    assumed = [
        lv.get("u_probability") for c in prior["comparisons"] for lv in c["comparison_levels"]
    ]
    assert learnt != assumed
    entry = AuditEntry.objects.get(action="registries.train")
    assert entry.data["rows"] == 87
    assert entry.data["sample"] == 87
    assert "model: trained" in _run("describe", "big")

    found = selectors.search(told_in_hangul, reader=told_in_hangul.created_by)
    assert found[0].record.record_id == "R1"
    claim = selectors.claim_for(told_in_hangul, reader=told_in_hangul.created_by)
    row = found[0].record
    stored = cast(Features, {**row.features, "unique_id": row.record_id})
    expected = PythonModel(trained).score(features(claim), stored)
    assert found[0].scored.match_weight == pytest.approx(expected.match_weight)


@pytest.mark.django_db
def test_importing_again_forgets_the_model(
    big_manifests: Registry, write_csv: Callable[..., Path]
) -> None:
    from hogo.registries.actions import import_registry

    _run("train", "big")
    path = write_csv(*VERIFY_ROWS, *_crowd(81), name="big2.csv")
    import_registry(name="big", path=path, actor=None)
    big_manifests.refresh_from_db()
    assert big_manifests.model_json == ""


@pytest.mark.django_db
def test_a_tiny_registry_is_not_trained(write_csv: Callable[..., Path]) -> None:
    _run("import", "tiny", str(write_csv(*GOOD)))
    with pytest.raises(CommandError, match="at least 20 rows"):
        _run("train", "tiny")
    assert Registry.objects.get(name="tiny").model_json == ""
    assert not AuditEntry.objects.filter(action="registries.train").exists()


@pytest.mark.django_db
def test_features_are_kept_at_import(big_manifests: Registry) -> None:
    row = RegistryRecord.objects.get(registry=big_manifests, record_id="R1")
    assert row.features["birth_iso"] == "1935-03-05"
    assert "kim" in row.features["family_keys"]  # 金 read the Korean way
    assert selectors.searchable(big_manifests)


@pytest.mark.django_db
def test_rows_without_features_are_still_scored_and_describe_says_import_again(
    big_manifests: Registry, told_in_hangul: Person
) -> None:
    old = Registry.objects.create(
        name="old", source_sha256="x", row_count=1, imported_at=big_manifests.imported_at
    )
    seed_record(old, "OLD1", family_name="金", given_name="正一", birth_date="1935")
    found = selectors.candidates_in(
        old, selectors.claim_for(told_in_hangul, reader=told_in_hangul.created_by)
    )
    assert [c.record.record_id for c in found] == ["OLD1"]
    assert "import the file again" in _run("describe", "old")
    assert "import the file again" not in _run("describe", "big")


@pytest.mark.django_db
def test_common_keys_only_rank_the_records_the_rare_keys_found(
    big_manifests: Registry, told_in_hangul: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a tiny bound every family name is "common": the given name still finds him,
    # and the family name still ranks him above the other 正一 (朴 正一, R5).
    monkeypatch.setattr(selectors, "COMMON_KEY", 3)
    monkeypatch.setattr(selectors, "MAX_POOL", 2)
    claim = features(selectors.claim_for(told_in_hangul, reader=told_in_hangul.created_by))
    pks = selectors.blocked_records(big_manifests, claim)
    found = RegistryRecord.objects.filter(pk__in=pks).values_list("record_id", flat=True)
    assert set(found) == {"R1", "R6"}


def _namesakes(write_csv: Callable[..., Path]) -> Registry:
    """Sixty-one men named 金田 清 (a common tsūmei), one born each year 1900-1960, and
    one whose birth date the registry does not give."""
    from hogo.registries.actions import import_registry

    rows = [f"N{year},金田,清,,,,M,{year}年,,,,1960" for year in range(1900, 1961)]
    rows.append("NX,金田,清,,,,M,,,,,1960")
    return import_registry(name="namesakes", path=write_csv(*rows), actor=None).registry


def _kaneda_kiyoshi(caseworker: User, born: str) -> Features:
    person = create_person(
        actor=caseworker, names=[NameInput(NameKind.ALIAS, "金田", "清")], birth_date_text=born
    )
    return features(selectors.claim_for(person, reader=caseworker))


def _record_ids(pks: list[int]) -> list[str]:
    by_pk = dict(RegistryRecord.objects.filter(pk__in=pks).values_list("pk", "record_id"))
    return [by_pk[pk] for pk in pks]


@pytest.mark.django_db
def test_namesakes_born_nearest_the_claimed_year_are_kept_first(
    write_csv: Callable[..., Path], caseworker: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = _namesakes(write_csv)
    monkeypatch.setattr(selectors, "MAX_POOL", 5)
    pool = _record_ids(selectors.blocked_records(registry, _kaneda_kiyoshi(caseworker, "1935")))
    assert pool == ["N1935", "N1934", "N1936", "N1933", "N1937"]


@pytest.mark.django_db
def test_a_key_over_the_budget_is_read_around_the_claimed_year_only(
    write_csv: Callable[..., Path], caseworker: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = _namesakes(write_csv)
    monkeypatch.setattr(selectors, "KEY_BUDGET", 10)  # every key of 金田 清 is held by 62
    pool = _record_ids(selectors.blocked_records(registry, _kaneda_kiyoshi(caseworker, "1935")))
    assert set(pool) == {"N1933", "N1934", "N1935", "N1936", "N1937", "NX"}
    assert pool[0] == "N1935"
    # Without a year there is no band: the rarest key is read whole.
    pool = _record_ids(selectors.blocked_records(registry, _kaneda_kiyoshi(caseworker, "")))
    assert len(pool) == 62


@pytest.mark.django_db
def test_key_counts_are_recounted_for_registries_imported_before_they_were_kept(
    big_manifests: Registry,
) -> None:
    from django.apps import apps

    migration = importlib.import_module("hogo.registries.migrations.0004_key_counts")
    kept = dict(KeyCount.objects.filter(registry=big_manifests).values_list("key", "records"))
    KeyCount.objects.all().delete()  # as before the migration
    migration.count_keys(apps, None)
    counted = dict(KeyCount.objects.filter(registry=big_manifests).values_list("key", "records"))
    assert counted == kept
    assert counted["kim"] == RecordKey.objects.filter(registry=big_manifests, key="kim").count()
