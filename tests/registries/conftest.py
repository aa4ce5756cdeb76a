from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.db.models import F

from hogo.accounts.models import User
from hogo.linkage.features import features
from hogo.linkage.records import FIELDS, PersonRecord
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person
from hogo.registries.models import KeyCount, RecordKey, Registry, RegistryRecord
from hogo.registries.verify import record_keys

HEADER = (
    "record_id,family_name,given_name,family_name_reading,given_name_reading,other_names,"
    "sex,birth_date,birth_place,nationality,spouse_name,departure_year"
)
GOOD = [
    "R1,金,正一,キン,セイイチ,金田 正一,M,昭和10年3月5日,咸鏡北道,朝鮮,佐藤 花子,1960",
    "R2,佐藤,花子,さとう,はなこ,金 花子,F,S12.7.1,新潟県,日本,金 正一,1960",
    "R3,李,順子,リ,スンジャ,,F,1941,,朝鮮,,1961",
]


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    def write(*rows: str, name: str = "registry.csv", header: str = HEADER) -> Path:
        path = tmp_path / name
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return path

    return write


# A registry where 金 正一 is written in kanji with his kana reading and his tsūmei,
# among namesakes and look-alikes.
VERIFY_ROWS = [
    *GOOD,
    "R4,金,正男,キン,マサオ,,M,昭和25年1月2日,平安北道,朝鮮,,1962",
    "R5,朴,正一,ボク,セイイチ,新井 正一,M,昭和11年4月1日,慶尚南道,朝鮮,,1960",
    "R6,金,正一,キン,セイイチ,,M,昭和37年8月9日,大阪府,朝鮮,,1980",
    "R7,田中,一郎,たなか,いちろう,,M,昭和10年3月5日,東京都,日本,,1960",
]


@pytest.fixture
def manifests_with_kim(write_csv: Callable[..., Path], db: None) -> Registry:
    from hogo.registries.actions import import_registry

    path = write_csv(*VERIFY_ROWS, name="manifests.csv")
    return import_registry(name="manifests", path=path, actor=None).registry


@pytest.fixture
def told_in_hangul(caseworker: User) -> Person:
    """The same man decades later: his name told in hangul, his birth year roughly."""
    return create_person(
        actor=caseworker,
        names=[NameInput(NameKind.HANGUL, "김", "정일")],
        sex="M",
        birth_date_text="1935",
    )


def seed_record(registry: Registry, record_id: str, **values: str) -> RegistryRecord:
    """One record with its name keys, without a file (for tests that need just one)."""
    row = RegistryRecord.objects.create(registry=registry, record_id=record_id, line=2, **values)
    person_record = PersonRecord(record_id, 2, {name: values.get(name, "") for name in FIELDS})
    keys = record_keys(person_record)
    year = features(person_record)["birth_year"]
    RecordKey.objects.bulk_create(
        RecordKey(registry=registry, record=row, key=key, birth_year=year) for key in keys
    )
    for key in keys:
        counted, _created = KeyCount.objects.get_or_create(
            registry=registry, key=key, defaults={"records": 0}
        )
        KeyCount.objects.filter(pk=counted.pk).update(records=F("records") + 1)
    return row
