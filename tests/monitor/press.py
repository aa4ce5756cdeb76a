"""Shared set-up for the tests that read a phrase and score it against a case and a decoy."""

from __future__ import annotations

from datetime import date

from hogo.monitor.extract import Extraction, extract
from hogo.monitor.scoring import CaseFacts, EventFacts, Match, NameFacts, score

ON = date(2025, 5, 20)


def values(text: str, kind: str) -> set[str]:
    """The values of one kind of fact the rules read in a text."""
    return {fact.value for fact in extract(text).of(kind)}


def roles(text: str, kind: str) -> set[tuple[str, str]]:
    """(value, role) of one kind of place fact."""
    return {(fact.value, fact.role) for fact in extract(text).of(kind)}


def case(
    case_id: int,
    *,
    born: int = 1941,
    left: int = 1960,
    birthplace: str = "長野県",
    category: str = "japanese_spouse",
    sex: str = "F",
    name: tuple[str, str] = ("", ""),
    events: tuple[EventFacts, ...] = (),
    relations: frozenset[str] = frozenset(),
) -> CaseFacts:
    """A case with a departure to the North in `left` and the events given after it."""
    names = (NameFacts(name[0], name[1], ""),) if any(name) else ()
    return CaseFacts(
        case_id=case_id,
        sex=sex,
        birth_date=date(born, 1, 1),
        birth_precision="year",
        birthplace=birthplace,
        category=category,
        names=names,
        events=(EventFacts(date(left, 6, 1), "location", "KP", "", "self"), *events),
        departure_years=frozenset({left}),
        relations=relations,
    )


def held(on: date, region: str, custodian: str = "host_police") -> EventFacts:
    return EventFacts(on, "location", "CN", region, custodian)


def living(on: date, region: str) -> EventFacts:
    return EventFacts(on, "location", "JP", region, "self")


def scored(text: str, *cases: CaseFacts, on: date | None = ON) -> list[Match]:
    """Each case's match on one article, read once."""
    extraction: Extraction = extract(text)
    return [score(each, extraction, published=on) for each in cases]


def rules(match: Match) -> set[str]:
    return {item.rule for item in match.evidence}
