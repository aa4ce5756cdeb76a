"""From a person record to the columns the linkage model compares.

Names in any script become sets of comparable keys (hogo.lib.names.search_keys:
Japanese readings of kanji, Korean readings of hanja, romanizations of kana and
hangul, folded Latin spellings), kept per part: family, given, and all of them
together with the aliases, so swapped or run-together names still meet.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache
from typing import TypedDict

from hogo.lib.dates import DateParseError, parse_date
from hogo.lib.names import normalize_latin, normalize_latin_name, search_keys, tokens
from hogo.lib.places import resolve_place
from hogo.lib.scripts import Script, detect_script
from hogo.linkage.records import PersonRecord


class Features(TypedDict):
    unique_id: str
    family_keys: list[str]
    given_keys: list[str]
    name_keys: list[str]
    family_latin: str | None
    given_latin: str | None
    spouse_keys: list[str]
    sex: str | None
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    birth_iso: str | None  # YYYY-MM-DD when the whole date is known: typing errors show here
    place_text: str | None
    place_country: str | None
    place_region: str | None
    place_province: str | None
    place_city: str | None
    departure_year: int | None


@lru_cache(maxsize=200_000)
def _token_keys(token: str) -> frozenset[str]:
    return search_keys(token)


def _keys(text: str) -> frozenset[str]:
    """search_keys(text), from each word's keys kept once for all (a registry repeats
    its family and given names far more often than whole names)."""
    parts = tokens(text)
    if not parts:
        return frozenset()
    keys = set().union(*(_token_keys(part) for part in parts))
    # As search_keys does: adjacent Latin words joined (Jong Il -> jongil).
    for first, second in itertools.pairwise(parts):
        pair = unicodedata.normalize("NFKC", first + second)
        if detect_script(pair) is Script.LATIN:
            keys.add(normalize_latin(pair))
    keys.discard("")
    return frozenset(keys)


def _given(text: str) -> frozenset[str]:
    """A Latin given name told in parts ("Jong Il", "Jong-il") is one name: "Jongil".

    Its syllables alone would each meet thousands of unrelated names.
    """
    text = text.strip()
    if text.isascii() and any(sep in text for sep in " -'"):
        joined = "".join(ch for ch in text if ch.isalpha())
        return _keys(joined.capitalize())
    return _keys(text)


def _alias_parts(alias: str) -> tuple[str, str]:
    family, _space, given = alias.strip().partition(" ")
    return family, given


def name_keys(record: PersonRecord) -> tuple[set[str], set[str], set[str]]:
    """Family keys, given keys, and every key of every name the record gives."""
    family = set(_keys(record.get("family_name"))) | _keys(record.get("family_name_reading"))
    given = set(_given(record.get("given_name"))) | _keys(record.get("given_name_reading"))
    everything = family | given
    everything |= _keys(f"{record.get('family_name')} {record.get('given_name')}")
    reading = f"{record.get('family_name_reading')} {record.get('given_name_reading')}"
    everything |= _keys(reading)
    for alias in filter(None, (a.strip() for a in record.get("other_names").split(";"))):
        alias_family, alias_given = _alias_parts(alias)
        if alias_given:
            family |= _keys(alias_family)
            given |= _given(alias_given)
        everything |= _keys(alias)
    return family, given, everything


def _latin(text: str) -> str | None:
    """A Latin name as one normalised string, for fuzzy comparison of typing errors."""
    text = text.strip()
    return normalize_latin_name(text) or None if text.isascii() and text else None


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def features(record: PersonRecord) -> Features:
    family, given, everything = name_keys(record)
    year = month = day = None
    try:
        if record.get("birth_date"):
            parsed = parse_date(record.get("birth_date"))
            year, month, day = parsed.year, parsed.month, parsed.day
    except DateParseError:
        pass
    place = resolve_place(record.get("birth_place"))
    return Features(
        unique_id=record.id,
        family_keys=sorted(family),
        given_keys=sorted(given),
        name_keys=sorted(everything),
        family_latin=_latin(record.get("family_name")),
        given_latin=_latin(record.get("given_name")),
        spouse_keys=sorted(_keys(record.get("spouse_name"))),
        sex=record.get("sex") or None,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        birth_iso=f"{year:04d}-{month:02d}-{day:02d}" if year and month and day else None,
        place_text=record.get("birth_place") or None,
        place_country=place.country or None,
        place_region=place.region or None,
        place_province=place.province or None,
        place_city=place.city or None,
        departure_year=_int(record.get("departure_year")),
    )
