"""The lookup finds the record of a name told with a typing error or run together, even
where its family name alone is held by too many records to find anyone by."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hogo.linkage.features import features
from hogo.linkage.records import FIELDS, PersonRecord
from hogo.registries import selectors
from hogo.registries.models import Registry, RegistryRecord
from hogo.registries.selectors import blocked_records, candidates_in

# Each family's namesakes come first in the file: among records sharing only the family
# name, the earliest are kept when the pool is full.
ROWS = [
    "L1,李,珠順,リ,シュジュン,,F,1931.2.1,京畿道,朝鮮,,1983",
    "L2,李,英子,リ,エイコ,,F,1930.5.9,京畿道,朝鮮,,1970",
    "L3,李,明浩,リ,メイコウ,,F,1929.8.3,京畿道,朝鮮,,1983",
    "L4,李,順子,リ,ジュンコ,,F,1930.1.2,京畿道,朝鮮,,1961",
    "L5,李,珠淑,リ,,李家 花子,F,1930.3.6,京畿道,朝鮮,,1983",
    "K1,金,英順,キン,エイジュン,,M,1944.2.2,京都府,朝鮮,,1972",
    "K2,金,正一,キン,セイイチ,,M,1944.6.1,京都府,朝鮮,,1972",
    "K3,金,秀光,キン,シュウコウ,,M,1943.3.3,京都府,朝鮮,,1972",
    "K4,金,淑子,キン,シュクコ,,M,1944.9.9,京都府,朝鮮,,1972",
    "K5,金,愛淑,キン,アイシュク,金山 博,M,1944.12.3,京都府,朝鮮,,1972",
    "K6,金,節子,キン,セツコ,山田 節子,F,昭和5年5月9日,新潟県,朝鮮,金 花愛,1976",
    "K7,金,節子,キン,セツコ,,F,昭和5年7月1日,新潟県,朝鮮,,1976",
    "Y1,山田,花子,ヤマダ,ハナコ,,F,昭和5年5月9日,新潟県,日本,,1976",
    "P1,朴,順子,ボク,ジュンコ,,F,S13.1.8,広島県,朝鮮,,1983",
    "P2,朴,珠鎬,ボク,シュコウ,朴井 実,F,S13.9.8,広島県,朝鮮,,1983",
]


@pytest.fixture
def told_registry(write_csv: Callable[..., Path], db: None) -> Registry:
    from hogo.registries.actions import import_registry

    path = write_csv(*ROWS, name="told.csv")
    return import_registry(name="told", path=path, actor=None).registry


def _claim(**values: str) -> PersonRecord:
    return PersonRecord("C", 2, {name: values.get(name, "") for name in FIELDS})


def _first(registry: Registry, claim: PersonRecord) -> str:
    found = candidates_in(registry, claim, keep=3)
    return found[0].record.record_id if found else ""


@pytest.mark.parametrize(
    ("family", "given", "place", "record"),
    [
        ("Ri", "Chu-suik", "Gyeonggi", "L5"),  # 珠淑 jusuk
        ("Kim", "Aesua", "Kyoto", "K5"),  # 愛淑 aesuk
    ],
)
@pytest.mark.django_db
def test_a_mistyped_passport_given_name_finds_its_record_among_many_namesakes(
    told_registry: Registry,
    monkeypatch: pytest.MonkeyPatch,
    family: str,
    given: str,
    place: str,
    record: str,
) -> None:
    # As in a registry of a million rows: only a few of the family's records are scored.
    monkeypatch.setattr(selectors, "MAX_POOL", 3)
    claim = _claim(family_name=family, given_name=given, birth_place=place)
    claimed = features(claim)
    pk = RegistryRecord.objects.get(registry=told_registry, record_id=record).pk
    stored = RegistryRecord.objects.get(pk=pk).features
    # No key of the given name is shared: only its sound, one typing error away.
    assert not set(claimed["given_keys"]) & set(stored["given_keys"])
    assert pk in blocked_records(told_registry, claimed)
    assert _first(told_registry, claim) == record


@pytest.mark.django_db
def test_a_japanese_name_run_together_is_cut_where_the_registry_knows_both_halves(
    told_registry: Registry,
) -> None:
    # Her tsūmei 山田 節子, told in romaji as one word.
    assert _first(told_registry, _claim(family_name="Yamadasetsuko", sex="F")) == "K6"
    assert _first(told_registry, _claim(given_name="YAMADASETSUKO", sex="F")) == "K6"


@pytest.mark.django_db
def test_a_name_run_together_that_no_cut_explains_finds_nobody(
    told_registry: Registry,
) -> None:
    assert _first(told_registry, _claim(family_name="Yamadaxqzw")) == ""


@pytest.mark.django_db
def test_a_hangul_name_in_the_western_order_whose_given_name_starts_with_a_surname(
    told_registry: Registry,
) -> None:
    # 珠鎬 주호: 주 is a surname too, yet 박 at the end is hers.
    assert _first(told_registry, _claim(family_name="주호박", birth_date="1938-07-15")) == "P2"


# A common tsūmei and a common given name: each alone is held by too many records to
# find anyone by, the two together by one.
TSUMEI_ROWS = [
    "A1,金,英子,キン,エイコ,金田 修,F,1959.1.1,東京都,朝鮮,,1964",
    "A2,金,明浩,キン,メイコウ,金田 昭,F,1960.2.2,東京都,朝鮮,,1964",
    "A3,金,順子,キン,ジュンコ,金田 茂,F,1961.3.3,東京都,朝鮮,,1964",
    "B1,李,清,リ,キヨシ,,F,1960.1.5,東京都,朝鮮,,1964",
    "B2,朴,清,ボク,キヨシ,,F,1960.6.5,東京都,朝鮮,,1964",
    "B3,崔,清,サイ,キヨシ,,F,1960.9.5,東京都,朝鮮,,1964",
    "T1,金,珠玉,キン,シュギョク,金田 清,F,昭和35年4月18日,東京都,朝鮮,,1964",
]


@pytest.mark.django_db
def test_a_common_tsumei_with_a_common_given_name_finds_the_record_holding_both(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hogo.registries.actions import import_registry

    path = write_csv(*TSUMEI_ROWS, name="tsumei.csv")
    registry = import_registry(name="tsumei", path=path, actor=None).registry
    # As 金田 and 清 are in a registry of a million rows: too common to be read alone.
    monkeypatch.setattr(selectors, "COMMON_KEY", 2)
    monkeypatch.setattr(selectors, "MAX_POOL", 3)
    claim = _claim(family_name="金田", given_name="清", birth_date="1960.03.23", sex="F")
    assert _first(registry, claim) == "T1"
    # Without a year to read them around, keys holding too many entries are not read.
    monkeypatch.setattr(selectors, "BOTH_BUDGET", 2)
    assert _first(registry, _claim(family_name="金田", given_name="清", sex="F")) != "T1"


@pytest.mark.django_db
def test_a_rare_given_name_shared_counts_for_more_than_a_common_surname(
    write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hogo.registries.actions import import_registry

    # Five men named 徐 before her in the file, each sharing two keys of "Seo" (seo and
    # its sound); she shares two keys of her given name, which nobody else holds.
    rows = [f"S{n},徐,{given},ソ,,,M,1940,,朝鮮,,1965" for n, given in enumerate("一二三四五")]
    rows.append("Y1,尹,善英,イン,,伊東 静江,F,1921.10.2,全羅南道,朝鮮,,1969")
    registry = import_registry(name="rare", path=write_csv(*rows), actor=None).registry
    monkeypatch.setattr(selectors, "MAX_POOL", 3)
    # Her surname misheard as 徐 (Seo), her given name as the registry reads it.
    claim = _claim(family_name="Seo", given_name="Seonyeong", birth_place="全羅南道")
    claimed = features(claim)
    pool = blocked_records(registry, claimed)
    ids = dict(RegistryRecord.objects.filter(pk__in=pool).values_list("pk", "record_id"))
    assert ids[pool[0]] == "Y1"
