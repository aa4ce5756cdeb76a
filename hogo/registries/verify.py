"""What "verify identity" compares, with no database: keys, claims, chart numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from hogo.linkage.features import name_keys
from hogo.linkage.records import FIELDS, PersonRecord

MAX_KEY = 100


def record_keys(record: PersonRecord) -> list[str]:
    """Every comparable key of every name of a record, as stored for blocking."""
    _family, _given, everything = name_keys(record)
    return _stored(everything)


def keys_of(derived: Mapping[str, object]) -> list[str]:
    """The same keys, from the record's linkage features (their "name_keys")."""
    return _stored(cast(Iterable[str], derived["name_keys"]))


def _stored(keys: Iterable[str]) -> list[str]:
    return sorted({key[:MAX_KEY] for key in keys if key})


@dataclass(frozen=True)
class ClaimNames:
    family: str
    given: str
    family_reading: str = ""
    given_reading: str = ""
    others: Sequence[tuple[str, str]] = ()


def claim_record(
    names: ClaimNames,
    *,
    sex: str = "",
    birth_date: str = "",
    birth_place: str = "",
    nationality: str = "",
    spouse_name: str = "",
    departure_year: int | None = None,
) -> PersonRecord:
    """A person as a record of the person-record format: other names become aliases."""
    aliases = "; ".join(
        " ".join(part.replace(";", " ").strip() for part in pair if part.strip())
        for pair in names.others
        if any(part.strip() for part in pair)
    )
    values = {
        "family_name": names.family,
        "given_name": names.given,
        "family_name_reading": names.family_reading,
        "given_name_reading": names.given_reading,
        "other_names": aliases,
        "sex": sex if sex in ("M", "F") else "",
        "birth_date": birth_date,
        "birth_place": birth_place,
        "nationality": nationality,
        "spouse_name": spouse_name,
        "departure_year": str(departure_year) if departure_year else "",
    }
    return PersonRecord("claim", 0, {name: values[name] for name in FIELDS})
