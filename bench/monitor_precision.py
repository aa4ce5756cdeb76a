# ruff: noqa: RUF001 - Japanese articles use full-width brackets.
"""Precision and recall of the exposure monitor on labelled synthetic articles (en + ja).

    .venv/bin/python bench/monitor_precision.py [--cases 300] [--seed 1959]

No database: the cases come from the demo plan (``hogo.demo.generator.build_plan``,
pure), turned into the matcher's ``CaseFacts`` as ``hogo.monitor.selectors`` does
from the database. For a sample of open cases it writes articles that describe
the case without its name (age, home prefecture, year of departure, place and
custodian of the latest custody) and articles that also name the person, in
English and Japanese. Negatives are articles on the programme in general and
"decoys": a real case's facts with the age ten or more years off, as an
article about someone else would read. Every article is scored against every
open case; an alert counts as a true positive only on its labelled case.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
os.environ.setdefault("HOGO_DEBUG", "1")  # no secret key needed: nothing is served or stored
django.setup()

from hogo.cases.workflow import Status  # noqa: E402
from hogo.demo import generator  # noqa: E402
from hogo.lib import places as gazetteer  # noqa: E402
from hogo.lib.dates import DateParseError, parse_date  # noqa: E402
from hogo.lib.names import kana_to_romaji  # noqa: E402
from hogo.monitor import extract, scoring  # noqa: E402
from hogo.people.actions import NameInput  # noqa: E402

TODAY = date(2025, 6, 1)

CUSTODIAN_EN = {
    "host_security": "taken into custody by security authorities",
    "host_police": "detained by police",
    "ngo_safe_house": "staying in a safe house",
    "broker": "held by a broker",
    "diplomatic_mission": "sheltering at a diplomatic mission",
}
CUSTODIAN_JA = {
    "host_security": "国家安全当局に拘束された",
    "host_police": "警察に拘束された",
    "ngo_safe_house": "隠れ家に身を寄せている",
    "broker": "ブローカーのもとにいる",
    "diplomatic_mission": "大使館に保護されている",
}
PLACE_JA = {
    key: next((p for p in patterns if not p.isascii()), key)
    for key, (_c, patterns) in gazetteer.FOREIGN_PLACES.items()
}
GENERAL = (
    (
        "en",
        "Some 93,000 people, including Japanese spouses and their children, went to North Korea "
        "between 1959 and 1984 under a repatriation programme. Officials said dozens had fled "
        "to China, where they wait for a chance to reach a diplomatic mission.",
    ),
    (
        "en",
        "The government said it cannot reveal how many people have been placed under protective "
        "custody, citing the safety of the individuals involved and relations with China.",
    ),
    (
        "ja",
        "1959年から1984年までの帰還事業で、日本人妻や子どもを含む約9万3千人が北朝鮮に渡った。"
        "政府は保護した人数を明らかにしていない。",
    ),
    (
        "ja",
        "外務省は、北朝鮮を脱出した元在日朝鮮人や日本人妻を数十人保護したと明らかにした。"
        "中国政府は協力要請に前向きに応じているという。",
    ),
)


@dataclass(frozen=True)
class Labelled:
    language: str
    text: str
    case_id: int | None  # the case the article is about, or None
    published: date | None
    kind: str  # facts, named, general, decoy


def _birth(text: str) -> tuple[date | None, str]:
    try:
        parsed = parse_date(text)
    except DateParseError:
        return None, ""
    return parsed.earliest(), parsed.precision


def case_facts(plan: generator.DemoPlan) -> list[tuple[scoring.CaseFacts, generator.CasePlan]]:
    """The open cases of a plan, as the matcher sees them; case ids are plan positions."""
    persons = {p.key: p for h in plan.households for p in h.persons}
    found = []
    for index, case in enumerate(plan.cases(), start=1):
        if case.status in (Status.CLOSED, Status.WITHDRAWN, Status.DECEASED):
            continue
        person = persons[case.person_key]
        names = [scoring.NameFacts(n.family, n.given, "") for n in person.names]
        for key, relation in case.members:
            names += [scoring.NameFacts(n.family, n.given, relation) for n in persons[key].names]
        events = tuple(
            scoring.EventFacts(
                step.occurred_on,
                str(step.kind),
                str(step.fields.get("country", "")),
                str(step.fields.get("region", "")),
                str(step.fields.get("custodian", "")),
                str(step.fields.get("decision", "")),
            )
            for step in case.steps
            if isinstance(step, generator.EventPlan)
        )
        born, precision = _birth(person.birth_date_text)
        departures = {e.occurred_on.year for e in events if e.country == "KP"}
        relations = scoring.relation_keys({r for _k, r in case.members})
        facts = scoring.CaseFacts(
            case_id=index,
            sex=person.sex,
            birth_date=born,
            birth_precision=precision,
            birthplace=person.birthplace,
            category=case.category,
            names=tuple(names),
            events=events,
            departure_years=frozenset(departures | scoring.departure_years_in(case.summary)),
            relations=frozenset(relations),
        )
        found.append((facts, case))
    return found


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _article(
    facts: scoring.CaseFacts,
    plan_case: generator.CasePlan,
    *,
    language: str,
    age_shift: int,
    named: bool,
    dated: bool,
    names_of: dict[str, tuple[NameInput, ...]] | None = None,
) -> tuple[str, date | None] | None:
    custody = [e for e in facts.events if e.country not in ("KP", "JP", "") and e.region]
    if facts.birth_date is None or not custody:
        return None
    latest = custody[-1] if custody[-1].occurred_on >= custody[0].occurred_on else custody[0]
    places = sorted(extract.places_of(latest.region))
    published = max(e.occurred_on for e in facts.events) + timedelta(days=10)
    age = _age(facts.birth_date, published) + age_shift
    prefecture = extract.prefecture_of(facts.birthplace)
    woman = facts.sex == "F"
    departure = min(facts.departure_years) if facts.departure_years else None
    place = places[-1] if places else ""
    legal = next((n for n in facts.names if not n.relation), None)
    person = plan_case.person_key
    readings = [n for n in names_of[person] if n.kind == "reading"] if names_of else []
    if language == "en":
        who = f"A {age}-year-old {'woman' if woman else 'man'}"
        if named and readings:
            given = kana_to_romaji(readings[0].given).title()
            family = kana_to_romaji(readings[0].family).title()
            who += f", {given} {family},"
        parts = [f"{who} was {CUSTODIAN_EN.get(latest.custodian, 'seen')} in {place.title()}."]
        if prefecture:
            parts.append(
                f"{'She' if woman else 'He'} is a native of {prefecture.title()} prefecture."
            )
        if departure:
            parts.append(f"The family went to North Korea in {departure}, supporters said.")
        text = " ".join(parts)
    else:
        who = f"{'女性' if woman else '男性'}（{age}）"
        if named and legal is not None:
            who = f"{legal.family}{legal.given}さん（{age}）"
        held = CUSTODIAN_JA.get(latest.custodian, "確認された")
        parts = [f"{who}は{PLACE_JA.get(place, place)}で{held}。"]
        if prefecture:
            parts.append(f"{gazetteer.prefecture(prefecture).kanji}県出身。")
        if departure:
            parts.append(f"{departure}年に家族と北朝鮮へ渡った。")
        text = "".join(parts)
    return text, (published if dated else None)


def labelled_set(plan: generator.DemoPlan, *, seed: int, sample: int) -> list[Labelled]:
    rng = random.Random(seed)
    cases = case_facts(plan)
    names_of = {p.key: p.names for h in plan.households for p in h.persons}
    chosen = rng.sample(cases, min(sample, len(cases)))
    articles: list[Labelled] = [
        Labelled(lang, text, None, None, "general") for lang, text in GENERAL
    ]
    for facts, plan_case in chosen:
        for language in ("en", "ja"):
            named = rng.random() < 0.4
            dated = rng.random() < 0.5
            made = _article(
                facts,
                plan_case,
                language=language,
                age_shift=0,
                named=named,
                dated=dated,
                names_of=names_of,
            )
            if made is None:
                continue
            text, published = made
            kind = "named" if named else "facts"
            articles.append(Labelled(language, text, facts.case_id, published, kind))
            shift = rng.choice([-15, -12, 12, 15])
            decoy = _article(
                facts, plan_case, language=language, age_shift=shift, named=False, dated=dated
            )
            if decoy is not None:
                articles.append(Labelled(language, decoy[0], None, decoy[1], "decoy"))
    return articles


def evaluate(
    plan: generator.DemoPlan, articles: list[Labelled], *, threshold: float = scoring.THRESHOLD
) -> dict[str, Counter[str]]:
    cases = [facts for facts, _plan in case_facts(plan)]
    counts: dict[str, Counter[str]] = {}
    for article in articles:
        extraction = extract.extract(article.text)
        matches = [scoring.score(c, extraction, published=article.published) for c in cases]
        alerted = {m.case_id for m in scoring.alerting(matches, extraction, threshold=threshold)}
        for key in (article.language, "all"):
            tally = counts.setdefault(key, Counter())
            tally["articles"] += 1
            tally["positives"] += article.case_id is not None
            tally["tp"] += article.case_id in alerted
            tally["fp"] += len(alerted - {article.case_id})
    return counts


def report(counts: dict[str, Counter[str]]) -> dict[str, tuple[float, float]]:
    results = {}
    for key, tally in counts.items():
        alerts = tally["tp"] + tally["fp"]
        precision = tally["tp"] / alerts if alerts else 1.0
        recall = tally["tp"] / tally["positives"] if tally["positives"] else 1.0
        results[key] = (precision, recall)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=generator.DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=generator.DEFAULT_SEED)
    parser.add_argument("--sample", type=int, default=60, help="cases to write articles about")
    parser.add_argument("--sweep", type=float, nargs="*", default=[], help="thresholds to try")
    options = parser.parse_args()
    started = time.perf_counter()
    plan = generator.build_plan(seed=options.seed, count=options.cases, today=TODAY)
    articles = labelled_set(plan, seed=options.seed, sample=options.sample)
    counts = evaluate(plan, articles)
    elapsed = time.perf_counter() - started
    print(
        "| language | articles | about a case | true alerts | false alerts | precision | recall |"
    )
    print("|---|---|---|---|---|---|---|")
    for key, (precision, recall) in report(counts).items():
        t = counts[key]
        print(
            f"| {key} | {t['articles']} | {t['positives']} | {t['tp']} | {t['fp']} "
            f"| {precision:.3f} | {recall:.3f} |"
        )
    print("\n| threshold | precision | recall |\n|---|---|---|")
    for threshold in options.sweep:
        precision, recall = report(evaluate(plan, articles, threshold=threshold))["all"]
        print(f"| {threshold} | {precision:.3f} | {recall:.3f} |")
    print(
        f"\n{len(articles)} articles against the open cases of {options.cases} in {elapsed:.1f} s"
    )


if __name__ == "__main__":
    main()
