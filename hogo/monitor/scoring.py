"""How closely an article describes one case: evidence points, each with its sentences.

No ORM here. :class:`CaseFacts` is what the matcher needs to know of a case
(built by ``hogo.monitor.selectors``); :func:`score` weighs what an article
says (``hogo.monitor.extract``) against it and explains every point.

An alert needs an *anchor*: the person's name, or an age that fits their birth
date. Facts shared by hundreds of cases (a departure in 1959, custody in
Jilin) raise the score of an anchored match but never make one on their own,
so an article about the programme in general matches nobody. Facts that
contradict the case (a wrong age, a western prefecture for an eastern
birthplace) take points away.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from hogo.lib.dates import birth_year_range_from_age
from hogo.lib.names import search_keys
from hogo.lib.places import JAPAN_REGIONS
from hogo.monitor.extract import Extraction, Fact, places_of, prefecture_of, regions_of

THRESHOLD = 7.0

WEIGHTS: dict[str, float] = {
    "name": 6.0,
    "member_name": 3.0,
    "age": 3.0,
    "age_conflict": -4.0,
    "departure_year": 2.0,
    "departure_conflict": -1.5,
    "home_region": 1.5,
    "home_conflict": -1.5,
    "custody_place": 1.5,
    "custodian": 1.0,
    "month": 0.5,
    "relation": 0.5,
    "broker": 1.0,
    "category": 1.0,
    "category_conflict": -2.0,
    "sex_conflict": -1.0,
}
ANCHORS = frozenset({"name", "member_name", "age"})


_SUMMARY_YEAR = re.compile(r"went to North Korea in (\d{4})|left Japan in (\d{4})", re.IGNORECASE)


def departure_years_in(summary: str) -> set[int]:
    """Years of departure a case summary states ("went to North Korea in 1961")."""
    return {int(m.group(1) or m.group(2)) for m in _SUMMARY_YEAR.finditer(summary)}


@dataclass(frozen=True)
class NameFacts:
    family: str
    given: str
    relation: str  # "" for the protected person, else their relation (husband, child…)


@dataclass(frozen=True)
class EventFacts:
    occurred_on: date
    kind: str
    country: str = ""
    region: str = ""
    custodian: str = ""
    decision: str = ""


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    sex: str
    birth_date: date | None
    birth_precision: str
    birthplace: str
    category: str
    names: tuple[NameFacts, ...]
    events: tuple[EventFacts, ...]
    departure_years: frozenset[int] = frozenset()
    relations: frozenset[str] = frozenset()

    @property
    def reference_date(self) -> date | None:
        dated = [event.occurred_on for event in self.events]
        return max(dated) if dated else None


@dataclass(frozen=True)
class Evidence:
    rule: str
    points: float
    detail: str  # the case fact touched, in words
    sentences: tuple[int, ...]
    # The facts of `detail`, so that a page can tell it in the reader's language
    # (hogo.monitor.explain); codes (a custodian, a category) stay codes here.
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Match:
    case_id: int
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(item.points for item in self.evidence), 2)

    @property
    def anchored(self) -> bool:
        return any(item.rule in ANCHORS for item in self.evidence)

    @property
    def alerts(self) -> bool:
        return self.anchored and self.score >= THRESHOLD

    @property
    def sentences(self) -> list[int]:
        return sorted(
            {index for item in self.evidence if item.points > 0 for index in item.sentences}
        )


@functools.lru_cache(maxsize=20_000)
def _keys(text: str) -> frozenset[str]:
    return search_keys(text) if text else frozenset()


def _latin_pairs(extraction: Extraction) -> list[tuple[frozenset[str], frozenset[str], int]]:
    pairs = []
    for text, index in extraction.names:
        words = text.replace("・", " ").split()
        splits = list(itertools.pairwise(words))
        # A three-word name is a family name and a two-syllable given name (Kim Jong Il).
        splits += [("".join(words[:i]), "".join(words[i:])) for i in range(1, len(words))]
        for first, second in splits:
            pairs.append((_keys(first), _keys(second), index))
    return pairs


def _name_sentences(
    name: NameFacts, extraction: Extraction, pairs: list[tuple[frozenset[str], frozenset[str], int]]
) -> list[int]:
    if not name.family or not name.given:
        return []
    joined = {
        name.family + name.given,
        f"{name.family} {name.given}",
        f"{name.family}・{name.given}",
    }
    found = [i for i, s in enumerate(extraction.sentences) if any(form in s for form in joined)]
    family, given = _keys(name.family), _keys(name.given)
    for first, second, index in pairs:
        if (first & family and second & given) or (first & given and second & family):
            found.append(index)
    return sorted(set(found))


def _names(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    pairs = _latin_pairs(extraction)
    found: dict[str, Evidence] = {}
    for name in case.names:
        sentences = _name_sentences(name, extraction, pairs)
        if not sentences:
            continue
        rule = "member_name" if name.relation else "name"
        who = f"{name.relation}: " if name.relation else ""
        params = {"name": f"{name.family} {name.given}", "relation": name.relation}
        detail = f"{who}{name.family} {name.given}"
        found.setdefault(rule, Evidence(rule, WEIGHTS[rule], detail, tuple(sentences), params))
    return list(found.values())


def _age(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    ages = extraction.of("age")
    on = published or case.reference_date
    if not ages or case.birth_date is None or on is None:
        return []
    born = case.birth_date.year
    fitting = [f for f in ages if born in range(*_widen(int(f.value), on, case.birth_precision))]
    when = "publication" if published else "the case's latest timeline date"
    if fitting:
        detail = f"age {fitting[0].value} fits birth year {born} at {when} ({on.isoformat()})"
        params = {
            "age": str(fitting[0].value),
            "born": str(born),
            "on": on.isoformat(),
            "when": "publication" if published else "timeline",
        }
        sentences = tuple(f.sentence for f in fitting)
        return [Evidence("age", WEIGHTS["age"], detail, sentences, params)]
    detail = f"stated age {ages[0].value} does not fit birth year {born}"
    params = {"age": str(ages[0].value), "born": str(born)}
    return [Evidence("age_conflict", WEIGHTS["age_conflict"], detail, (), params)]


def _widen(age: int, on: date, precision: str) -> tuple[int, int]:
    low, high = birth_year_range_from_age(age, on)
    # A birth date recorded as a year only is still one year; reports round ages.
    return (low - (1 if precision == "year" else 0), high + 1)


def _departure(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    stated = extraction.of("departure_year")
    if not stated or not case.departure_years:
        return []
    hits = [f for f in stated if int(f.value) in case.departure_years]
    if hits:
        detail = f"left for North Korea in {hits[0].value}"
        params = {"year": str(hits[0].value)}
        return [Evidence("departure_year", WEIGHTS["departure_year"], detail, _idx(hits), params)]
    years = ", ".join(str(y) for y in sorted(case.departure_years))
    detail = f"the article's year of departure is not the case's ({years})"
    params = {"years": years}
    return [Evidence("departure_conflict", WEIGHTS["departure_conflict"], detail, (), params)]


def _idx(facts: list[Fact]) -> tuple[int, ...]:
    return tuple(sorted({fact.sentence for fact in facts}))


def _home(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    stated = extraction.of("region") + extraction.of("prefecture")
    if not stated or not case.birthplace:
        return []
    recorded = regions_of(case.birthplace)
    prefecture = prefecture_of(case.birthplace)
    hits = []
    for fact in stated:
        if (fact.kind == "prefecture" and fact.value == prefecture) or (
            fact.kind == "region"
            and (fact.value in recorded or f"half:{_half(fact.value)}" in recorded)
        ):
            hits.append(fact)
    if hits:
        detail = f"home region matches birthplace {case.birthplace}"
        params = {"birthplace": case.birthplace}
        return [Evidence("home_region", WEIGHTS["home_region"], detail, _idx(hits), params)]
    detail = f"the article's home region does not fit birthplace {case.birthplace}"
    params = {"birthplace": case.birthplace}
    return [Evidence("home_conflict", WEIGHTS["home_conflict"], detail, (), params)]


def _half(region_key: str) -> str:
    return JAPAN_REGIONS[region_key][0] if region_key in JAPAN_REGIONS else ""


def _custody(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    found: list[Evidence] = []
    recorded_places = set().union(*(places_of(e.region) for e in case.events if e.region))
    hits = [f for f in extraction.of("place") if f.value in recorded_places]
    if hits:
        detail = f"held or seen in {hits[0].value.title()}"
        params = {"place": hits[0].value.title()}
        found.append(
            Evidence("custody_place", WEIGHTS["custody_place"], detail, _idx(hits), params)
        )
    custodians = {e.custodian for e in case.events if e.custodian}
    held = [f for f in extraction.of("custodian") if f.value in custodians and f.value != "broker"]
    if held:
        detail = f"custodian on the timeline: {held[0].value}"
        params = {"custodian": held[0].value}
        found.append(Evidence("custodian", WEIGHTS["custodian"], detail, _idx(held), params))
    broker_events = [e for e in case.events if e.kind == "broker"]
    broker = extraction.of("broker")
    if broker and broker_events:
        refused = any(e.decision == "refused" for e in broker_events)
        fits = [f for f in broker if f.value == "demand" or (f.value == "refused" and refused)]
        if fits:
            detail = "a broker's demand is on the timeline" + (" (refused)" if refused else "")
            params = {"refused": "yes" if refused else ""}
            found.append(Evidence("broker", WEIGHTS["broker"], detail, _idx(fits), params))
    return found


def _month(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    on = published or case.reference_date
    if on is None:
        return []
    recent = {e.occurred_on.month for e in case.events if 0 <= (on - e.occurred_on).days <= 450}
    hits = [f for f in extraction.of("month") if int(f.value) in recent]
    if not hits:
        return []
    detail = f"a timeline entry in month {hits[0].value} of the year before {on.isoformat()}"
    params = {"month": str(hits[0].value), "on": on.isoformat()}
    return [Evidence("month", WEIGHTS["month"], detail, _idx(hits), params)]


def _kind(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    found: list[Evidence] = []
    relations = [f for f in extraction.of("relation") if f.value in case.relations]
    if relations:
        detail = f"family on the case: {relations[0].value}"
        params = {"relation": relations[0].value}
        found.append(Evidence("relation", WEIGHTS["relation"], detail, _idx(relations), params))
    stated = {f.value: f for f in reversed(extraction.of("category"))}
    if case.category in stated:
        detail = f"category {case.category}"
        fact = stated[case.category]
        params = {"category": case.category}
        found.append(Evidence("category", WEIGHTS["category"], detail, (fact.sentence,), params))
    elif "japanese_spouse" in stated:
        detail = f"the article describes a Japanese spouse; the case is {case.category}"
        params = {"category": case.category}
        found.append(
            Evidence("category_conflict", WEIGHTS["category_conflict"], detail, (), params)
        )
    sexes = extraction.values("sex")
    if case.sex and len(sexes) == 1 and case.sex not in sexes:
        found.append(Evidence("sex_conflict", WEIGHTS["sex_conflict"], "sex differs", ()))
    return found


def score(case: CaseFacts, extraction: Extraction, *, published: date | None = None) -> Match:
    """Weigh everything the article says against one case."""
    match = Match(case.case_id)
    match.evidence += _names(case, extraction)
    match.evidence += _age(case, extraction, published)
    match.evidence += _departure(case, extraction)
    match.evidence += _home(case, extraction)
    match.evidence += _custody(case, extraction)
    match.evidence += _month(case, extraction, published)
    match.evidence += _kind(case, extraction)
    return match
