"""The demo's historical registry: synthetic manifests in which the demo persons can be found.

A registry row is written for the protected person of every demo case that has a
legal name (as a 1959 to 1984 repatriation manifest would list them), beside as many
invented filler rows, so that "verify identity" has candidates to rank and a model
to rank them with. Everything goes through the registry actions, as `hogo registry
import` and `hogo registry train` do.
"""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from hogo.access import system_reader
from hogo.demo import names
from hogo.linkage.records import FIELDS
from hogo.people.models import NameKind, Person
from hogo.registries import actions, selectors

REGISTRY_NAME = "demo-manifests"
FILENAME = "demo-manifests.csv"
FILLER_ROWS = 150


def _name_of(person: Person, kind: str) -> tuple[str, str]:
    for name in person.names.all():
        if name.kind == kind:
            return name.family, name.given
    return "", ""


def _row_for(person: Person, rng: random.Random) -> dict[str, str]:
    family, given = _name_of(person, NameKind.LEGAL)
    reading_family, reading_given = _name_of(person, NameKind.READING)
    others = [
        f"{n.family} {n.given}".strip()
        for n in person.names.all()
        if n.kind in (NameKind.ALIAS, NameKind.MARRIED, NameKind.HANGUL)
    ]
    return {
        "record_id": f"M{person.pk:06d}",
        "family_name": family,
        "given_name": given,
        "family_name_reading": reading_family,
        "given_name_reading": reading_given,
        "other_names": ";".join(others),
        "sex": person.sex if person.sex in ("M", "F") else "",
        "birth_date": person.birth_date_text,
        "birth_place": person.birthplace,
        "nationality": person.nationality_claimed,
        "spouse_name": "",
        "departure_year": str(rng.randint(1959, 1984)),
    }


def _filler(index: int, rng: random.Random) -> dict[str, str]:
    sex = rng.choice("MF")
    if rng.random() < 0.6:
        surname: names.Part | names.KoreanSurname = rng.choice(names.KOREAN_SURNAMES)
        given = rng.choice(names.KOREAN_MALE_GIVEN if sex == "M" else names.KOREAN_FEMALE_GIVEN)
        nationality, place = "朝鮮", rng.choice(names.KOREAN_PROVINCES)
    else:
        surname = rng.choice(names.JAPANESE_SURNAMES)
        given = rng.choice(names.JAPANESE_MALE_GIVEN if sex == "M" else names.JAPANESE_FEMALE_GIVEN)
        nationality, place = "日本", rng.choice(names.JAPANESE_PREFECTURES)
    year = rng.randint(1925, 1975)
    return {
        "record_id": f"F{index:06d}",
        "family_name": surname.kanji,
        "given_name": given.kanji,
        "family_name_reading": surname.kana,
        "given_name_reading": given.kana,
        "other_names": f"{surname.hangul} {given.hangul}",
        "sex": sex,
        "birth_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "birth_place": place,
        "nationality": nationality,
        "spouse_name": "",
        "departure_year": str(rng.randint(1959, 1984)),
    }


def demo_registry_rows(*, seed: int) -> list[dict[str, str]]:
    """The rows: one per demo case's person with a legal name, then the fillers."""
    rng = random.Random(seed)
    cases = (
        system_reader("demo.registry")
        .cases()
        .select_related("person")
        .prefetch_related("person__names")
        .order_by("pk")
    )
    rows: list[dict[str, str]] = []
    seen: set[int] = set()
    for case in cases:
        person = case.person
        if person.pk in seen or not any(_name_of(person, NameKind.LEGAL)):
            continue
        seen.add(person.pk)
        rows.append(_row_for(person, rng))
    rows += [_filler(index, rng) for index in range(1, FILLER_ROWS + 1)]
    return rows


def load_demo_registry(*, seed: int) -> int:
    """Import and train the demo registry once; returns its rows (0 when it was there)."""
    if selectors.registry_by_name(REGISTRY_NAME) is not None:
        return 0
    rows = demo_registry_rows(seed=seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / FILENAME
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=["record_id", *FIELDS])
            writer.writeheader()
            writer.writerows(rows)
        outcome = actions.import_registry(name=REGISTRY_NAME, path=path, actor=None)
    actions.train_registry(outcome.registry, actor=None)
    return outcome.imported
