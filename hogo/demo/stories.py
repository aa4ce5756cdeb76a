"""Table-driven stories: households, persons and case histories drawn at random.

Everything here is pure: a ``random.Random`` and the tables below decide every
name, date, place and step, so the same seed always draws the same stories.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hogo.accounts.models import Role
from hogo.cases.models import (
    BrokerDecision,
    Category,
    Custodian,
    EventKind,
    Priority,
    ScreeningResult,
)
from hogo.cases.workflow import MAIN_LINE, Status, is_allowed
from hogo.demo import names as pool
from hogo.demo.plan import (
    ACCOUNTS,
    ALL_COMPARTMENTS,
    CASEWORKERS,
    SUPERVISOR,
    CasePlan,
    DocumentPlan,
    EventPlan,
    HouseholdPlan,
    PersonPlan,
    RelationPlan,
    Step,
    TransitionPlan,
    account,
)
from hogo.people.actions import NameInput
from hogo.people.models import NameKind, RelationKind, Sex

# --- dates ------------------------------------------------------------------

_ERAS = (
    (date(1989, 1, 8), "平成", "H", 1988),
    (date(1926, 12, 25), "昭和", "S", 1925),
    (date(1912, 7, 30), "大正", "T", 1911),
)


def _wareki(day: date) -> tuple[str, str, int]:
    for start, kanji, letter, offset in _ERAS:
        if day >= start:
            return kanji, letter, day.year - offset
    raise ValueError(f"{day} is before the Taishō era")


def birth_date_text(rng: random.Random, day: date) -> str:
    """The date as a file might have recorded it: ISO, era, or only part of it."""
    form = rng.choices(
        ["iso", "era_kanji", "era_letter", "year", "month"], weights=[3, 3, 2, 2, 1]
    )[0]
    if form in ("era_kanji", "era_letter") and day.year >= 1912:
        kanji, letter, year = _wareki(day)
        if form == "era_kanji":
            return f"{kanji}{year}年{day.month}月{day.day}日"
        return f"{letter}{year}.{day.month}.{day.day}"
    if form == "year":
        return f"{day.year}"
    if form == "month":
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _random_day(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1)
    span = (date(last_year, 12, 31) - start).days
    return start + timedelta(days=rng.randint(0, span))


class _Clock:
    """The date of the next event on a timeline: moves forward, never past today."""

    def __init__(self, start: date, today: date) -> None:
        self.day = min(start, today)
        self.today = today

    def advance(self, rng: random.Random, low: int, high: int) -> date:
        self.day = min(self.today, self.day + timedelta(days=rng.randint(low, high)))
        return self.day


# --- places and people who are not persons ----------------------------------

# (country, region) where someone may be found, by compartment.
HOST_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "shenyang": (
        ("CN", "Yanbian, Jilin"),
        ("CN", "Changbai, Jilin"),
        ("CN", "Tumen, Jilin"),
        ("CN", "Jilin"),
        ("CN", "Shenyang, Liaoning"),
        ("CN", "Dandong, Liaoning"),
        ("CN", "Harbin, Heilongjiang"),
    ),
    "beijing": (
        ("CN", "Beijing"),
        ("CN", "Qingdao, Shandong"),
        ("CN", "Tianjin"),
        ("MN", "Ulaanbaatar"),
    ),
    "bangkok": (("TH", "Bangkok"), ("TH", "Chiang Rai"), ("LA", "Vientiane")),
}
BORDER_PLACES = (("CN", "Yanbian, Jilin"), ("CN", "Changbai, Jilin"), ("CN", "Dandong, Liaoning"))
MISSIONS = {
    "shenyang": ("CN", "Shenyang, Liaoning"),
    "beijing": ("CN", "Beijing"),
    "bangkok": ("TH", "Bangkok"),
}
FOREIGN_MINISTRIES = {
    "CN": "Ministry of Foreign Affairs of the People's Republic of China",
    "MN": "Ministry of Foreign Affairs of Mongolia",
    "TH": "Ministry of Foreign Affairs of the Kingdom of Thailand",
    "LA": "Ministry of Foreign Affairs of the Lao PDR",
}
ARRIVAL_PLACES = ("Tokyo (Narita)", "Tokyo (Haneda)", "Osaka (Kansai)", "Fukuoka", "Niigata")
BROKERS = (
    "border guide network (name withheld)",
    "Yanji-based intermediary",
    "self-styled mediating organisation",
    "smuggling ring operating near Tumen",
    "private 'rescue' broker",
)
CONTACTS = (
    ("a relative in Japan", "telephone"),
    ("the person, by telephone", "telephone"),
    ("a Japanese support group", "email"),
    ("a support NGO in Seoul", "email"),
    ("a church-based support network", "messenger app"),
    ("a sibling in Osaka", "in person"),
)


# --- routes through the workflow --------------------------------------------

S = Status
_HOLDABLE = (S.REPORTED, S.VERIFYING, S.LOCATED, S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION)
_MORTAL = (*MAIN_LINE[:-1],)
# Every status is reached at least once; after that, roughly how cases spread.
STATUS_WEIGHTS: dict[Status, int] = {
    S.REPORTED: 8,
    S.VERIFYING: 10,
    S.LOCATED: 10,
    S.IN_HOST_CUSTODY: 12,
    S.HANDOVER_NEGOTIATION: 10,
    S.IN_TRANSIT: 5,
    S.ARRIVED: 6,
    S.RESETTLEMENT: 10,
    S.CLOSED: 16,
    S.ON_HOLD: 5,
    S.WITHDRAWN: 4,
    S.DECEASED: 4,
}


def _main_path(rng: random.Random, upto: Status) -> list[Status]:
    """Statuses after `reported` up to `upto`, with the detours real cases take."""
    end = MAIN_LINE.index(upto)
    path: list[Status] = []
    current = S.REPORTED
    collapsed = held = False
    while current != upto:
        position = MAIN_LINE.index(current)
        if not held and current in _HOLDABLE and rng.random() < 0.06:
            held = True
            path += [S.ON_HOLD, current]
        if current == S.LOCATED and end > MAIN_LINE.index(S.IN_HOST_CUSTODY):
            roll = rng.random()
            if roll < 0.2:
                current = S.HANDOVER_NEGOTIATION  # reached a mission directly
            elif roll < 0.28 and end >= MAIN_LINE.index(S.IN_TRANSIT):
                current = S.IN_TRANSIT
            else:
                current = S.IN_HOST_CUSTODY
        elif current == S.HANDOVER_NEGOTIATION and not collapsed and rng.random() < 0.15:
            collapsed = True
            path.append(S.IN_HOST_CUSTODY)  # talks collapsed; then resumed below
            current = S.HANDOVER_NEGOTIATION
        else:
            current = MAIN_LINE[position + 1]
        path.append(current)
    return path


def route_to(rng: random.Random, target: Status) -> list[Status]:
    """A walk of allowed transitions from `reported` that ends in `target`."""
    if target == S.CLOSED:
        ending = rng.choices(
            ["resettled", "arrived", "unverified", "withdrawn", "deceased", "held"],
            weights=[50, 15, 10, 10, 10, 5],
        )[0]
        if ending == "resettled":
            return [*_main_path(rng, S.RESETTLEMENT), S.CLOSED]
        if ending == "arrived":
            return [*_main_path(rng, S.ARRIVED), S.CLOSED]
        if ending == "unverified":
            return [*_main_path(rng, S.VERIFYING), S.CLOSED]
        prior = {"withdrawn": S.WITHDRAWN, "deceased": S.DECEASED, "held": S.ON_HOLD}[ending]
        return [*route_to(rng, prior), S.CLOSED]
    if target in MAIN_LINE:
        return _main_path(rng, target)
    if target == S.ON_HOLD:
        return [*_main_path(rng, rng.choice(_HOLDABLE)), S.ON_HOLD]
    if target == S.WITHDRAWN:
        path = _main_path(rng, rng.choice(_HOLDABLE))
        if rng.random() < 0.3:
            path.append(S.ON_HOLD)
        return [*path, S.WITHDRAWN]
    # Deceased.
    last = rng.choice(_MORTAL)
    path = _main_path(rng, last)
    if last in _HOLDABLE and rng.random() < 0.2:
        path.append(S.ON_HOLD)
    return [*path, S.DECEASED]


def check_route(route: list[Status]) -> None:
    current, held_from = S.REPORTED, ""
    for target in route:
        if not is_allowed(current, target, held_from=held_from):
            raise AssertionError(f"{current} → {target} is not allowed (route {route})")
        held_from = current if target == S.ON_HOLD else ""
        current = target


# --- persons ----------------------------------------------------------------


class _People:
    """Draws persons for one household and remembers them."""

    def __init__(self, rng: random.Random, prefix: str) -> None:
        self.rng = rng
        self.prefix = prefix
        self.persons: list[PersonPlan] = []
        self.relations: list[RelationPlan] = []
        self.aliases: dict[str, str] = {}

    def _add(
        self,
        names: list[NameInput],
        *,
        sex: str,
        born: date | None,
        birthplace: str,
        nationality: str,
    ) -> str:
        key = f"{self.prefix}-p{len(self.persons)}"
        text = birth_date_text(self.rng, born) if born else ""
        self.persons.append(PersonPlan(key, tuple(names), sex, text, birthplace, nationality))
        return key

    def relate(self, from_key: str, to_key: str, kind: str) -> None:
        self.relations.append(RelationPlan(from_key, to_key, kind))

    def korean(
        self,
        *,
        sex: str,
        born: date | None,
        birthplace: str,
        nationality: str,
        surname: pool.KoreanSurname | None = None,
        alias: bool = True,
    ) -> str:
        rng = self.rng
        surname = surname or rng.choice(pool.KOREAN_SURNAMES)
        given_pool = pool.KOREAN_MALE_GIVEN if sex == Sex.MALE else pool.KOREAN_FEMALE_GIVEN
        given = rng.choice(given_pool)
        names = [
            NameInput(NameKind.LEGAL, surname.kanji, given.kanji),
            NameInput(NameKind.READING, surname.kana, given.kana),
            NameInput(NameKind.HANGUL, surname.hangul, given.hangul),
        ]
        if alias:
            # One family, one tsūmei.
            family_alias = self.aliases.setdefault(surname.kanji, rng.choice(surname.aliases))
            names.append(NameInput(NameKind.ALIAS, family_alias, given.kanji))
        return self._add(names, sex=sex, born=born, birthplace=birthplace, nationality=nationality)

    def japanese_spouse(
        self, *, born: date, husband_surname: pool.KoreanSurname, sex: str = Sex.FEMALE
    ) -> str:
        """A Japanese woman (now and then a man) married to a Korean resident of Japan."""
        rng = self.rng
        family = rng.choice(pool.JAPANESE_SURNAMES)
        female = sex == Sex.FEMALE
        given = rng.choice(pool.JAPANESE_FEMALE_GIVEN if female else pool.JAPANESE_MALE_GIVEN)
        names = [
            NameInput(NameKind.LEGAL, family.kanji, given.kanji),
            NameInput(NameKind.READING, family.kana, given.kana),
        ]
        if female:
            # The Korean married name she was known by in North Korea, and in Japan
            # often her husband's tsūmei.
            names += [
                NameInput(NameKind.MARRIED, husband_surname.kanji, given.kanji),
                NameInput(NameKind.HANGUL, husband_surname.hangul, given.hangul),
                NameInput(NameKind.MAIDEN, family.kanji, given.kanji),
            ]
            if rng.random() < 0.5:
                alias = self.aliases.setdefault(
                    husband_surname.kanji, rng.choice(husband_surname.aliases)
                )
                names.append(NameInput(NameKind.ALIAS, alias, given.kanji))
        else:
            names.append(NameInput(NameKind.HANGUL, family.hangul, given.hangul))
        return self._add(
            names,
            sex=sex,
            born=born,
            birthplace=rng.choice(pool.JAPANESE_PREFECTURES),
            nationality="日本",
        )

    def child(
        self, *, born: date, surname: pool.KoreanSurname, in_japan: bool, japanese: bool
    ) -> str:
        rng = self.rng
        sex = rng.choice([Sex.FEMALE, Sex.MALE])
        birthplace = (
            rng.choice(pool.JAPANESE_PREFECTURES)
            if in_japan
            else rng.choice(pool.NORTH_KOREAN_PROVINCES)
        )
        if japanese:
            # Born to a Japanese mother and registered in her family register.
            family = rng.choice(pool.JAPANESE_SURNAMES)
            given_pool = pool.JAPANESE_MALE_GIVEN if sex == Sex.MALE else pool.JAPANESE_FEMALE_GIVEN
            given = rng.choice(given_pool)
            korean = rng.choice(
                pool.KOREAN_MALE_GIVEN if sex == Sex.MALE else pool.KOREAN_FEMALE_GIVEN
            )
            names = [
                NameInput(NameKind.LEGAL, family.kanji, given.kanji),
                NameInput(NameKind.READING, family.kana, given.kana),
                NameInput(NameKind.HANGUL, surname.hangul, korean.hangul),
            ]
            return self._add(names, sex=sex, born=born, birthplace=birthplace, nationality="日本")
        return self.korean(
            sex=sex,
            born=born,
            birthplace=birthplace,
            nationality="朝鮮",
            surname=surname,
            alias=in_japan,
        )


# --- a case's story ---------------------------------------------------------


@dataclass
class _Story:
    rng: random.Random
    clock: _Clock
    officer: str
    compartment: str
    steps: list[Step] = field(default_factory=list)
    place: tuple[str, str] = ("CN", "Jilin")

    def event(self, kind: str, by: str | None = None, **fields: Any) -> None:
        day = self.clock.advance(self.rng, 2, 40)
        if kind == EventKind.DIPLOMATIC_REQUEST and not fields.get("outcome", "").startswith(
            "Agreed"
        ):
            # An answer still awaited: the officer means to ask again in three weeks.
            fields = {**fields, "follow_up_on": day + timedelta(days=21)}
        self.steps.append(EventPlan(by or self.officer, kind, day, fields))

    def move(self, by: str | None = None, *, to: Status, reason: str) -> None:
        self.steps.append(TransitionPlan(by or self.officer, to, reason))

    def host_ministry(self) -> str:
        return FOREIGN_MINISTRIES[self.place[0]]

    def broker(self) -> None:
        rng = self.rng
        currency = rng.choice(["CNY", "CNY", "USD"])
        amount = (
            rng.randrange(20_000, 300_000, 1000)
            if currency == "CNY"
            else rng.randrange(2_000, 50_000, 500)
        )
        decision = rng.choices(
            [
                BrokerDecision.REFUSED,
                BrokerDecision.UNDER_REVIEW,
                BrokerDecision.REFERRED,
                BrokerDecision.OTHER,
            ],
            weights=[50, 20, 20, 10],
        )[0]
        text = {
            BrokerDecision.REFUSED: "Demanded payment for handing the person over; we do not pay.",
            BrokerDecision.UNDER_REVIEW: "Offers to bring the person to the mission for a fee.",
            BrokerDecision.REFERRED: "Holding the person; referred to the host authorities.",
            BrokerDecision.OTHER: "Claims to act for the family; no payment asked of us yet.",
        }[decision]
        self.event(
            EventKind.BROKER,
            organisation=rng.choice(BROKERS),
            demand_amount=Decimal(amount),
            demand_currency=currency,
            decision=decision,
            text=text,
        )

    def flee(self, departed: date | None) -> None:
        """The departure for North Korea, when known, and the crossing out of it."""
        rng = self.rng
        if departed is not None:
            self.steps.append(
                EventPlan(
                    self.officer,
                    EventKind.LOCATION,
                    departed,
                    {
                        "country": "KP",
                        "region": rng.choice(["Chongjin", "Hamhung", "Pyongyang", "Sinuiju"]),
                        "custodian": Custodian.SELF,
                        "text": "Went to North Korea under the repatriation programme.",
                    },
                )
            )
        country, region = rng.choice(BORDER_PLACES)
        self.steps.append(
            EventPlan(
                self.officer,
                EventKind.LOCATION,
                self.clock.day,
                {
                    "country": country,
                    "region": region,
                    "custodian": Custodian.UNKNOWN,
                    "text": "Crossed the border from North Korea.",
                },
            )
        )

    def walk(self, route: list[Status]) -> None:
        """Each status of the route in turn, from `reported`, with the events leading to it."""
        check_route(route)
        current = S.REPORTED
        for status in route:
            self.enter(current, status)
            current = status

    def enter(self, source: Status, target: Status) -> None:
        """The events that lead from `source` to `target`, then the transition."""
        if target == S.ON_HOLD:
            self.event(EventKind.NOTE, text="No contact for several weeks; phone unreachable.")
            self.move(SUPERVISOR, to=target, reason="Contact lost; holding the case.")
            return
        if source == S.ON_HOLD and target not in (S.WITHDRAWN, S.CLOSED, S.DECEASED):
            who, channel = self.rng.choice(CONTACTS)
            self.event(
                EventKind.CONTACT, contact_with=who, channel=channel, text="Contact restored."
            )
            self.move(to=target, reason="Contact re-established; resuming.")
            return
        entry = _ENTRIES.get(target)
        if entry is None:  # pragma: no cover - every status has an entry
            raise AssertionError(target)
        entry(self, source)

    def _verifying(self, source: Status) -> None:
        who, channel = self.rng.choice(CONTACTS)
        self.event(
            EventKind.CONTACT,
            contact_with=who,
            channel=channel,
            text="Gave names, birth dates and the year of departure for North Korea.",
        )
        self.move(to=S.VERIFYING, reason="Identity details received; checking family records.")

    def _located(self, source: Status) -> None:
        rng = self.rng
        self.place = rng.choice(HOST_PLACES[self.compartment])
        custodian = rng.choice(
            [
                Custodian.SELF,
                Custodian.NGO_SAFE_HOUSE,
                Custodian.NGO_SAFE_HOUSE,
                Custodian.BROKER,
            ]
        )
        country, region = self.place
        self.event(EventKind.LOCATION, country=country, region=region, custodian=custodian)
        if custodian == Custodian.BROKER or rng.random() < 0.15:
            self.broker()
        self.move(to=S.LOCATED, reason=f"Whereabouts confirmed: {region}.")

    def _in_host_custody(self, source: Status) -> None:
        country, region = self.place
        custodian = self.rng.choice([Custodian.HOST_SECURITY, Custodian.HOST_POLICE])
        if source == S.HANDOVER_NEGOTIATION:
            self.event(
                EventKind.NOTE,
                text="Host ministry has not agreed to the handover; talks paused.",
            )
            self.move(to=S.IN_HOST_CUSTODY, reason="Negotiations stalled; remains in host custody.")
            return
        self.event(
            EventKind.LOCATION,
            country=country,
            region=region,
            custodian=custodian,
            text="Detained as an illegal entrant.",
        )
        self.move(to=S.IN_HOST_CUSTODY, reason=f"Detained by the {Custodian(custodian).label}.")

    def _handover_negotiation(self, source: Status) -> None:
        if source == S.LOCATED:
            country, region = MISSIONS[self.compartment]
            self.place = (country, region)
            self.event(
                EventKind.LOCATION,
                country=country,
                region=region,
                custodian=Custodian.DIPLOMATIC_MISSION,
                text="Entered the mission and asked for protection.",
            )
        self.event(
            EventKind.DIPLOMATIC_REQUEST,
            addressee=self.host_ministry(),
            request="Hand the person over to the protection of the Japanese mission.",
            outcome=self.rng.choice(["", "Acknowledged; under consideration."]),
        )
        self.move(
            to=S.HANDOVER_NEGOTIATION, reason="Handover requested from the host foreign ministry."
        )

    def _in_transit(self, source: Status) -> None:
        country, region = MISSIONS[self.compartment]
        self.event(
            EventKind.DIPLOMATIC_REQUEST,
            addressee=FOREIGN_MINISTRIES[country],
            request="Permit departure for Japan.",
            outcome="Agreed: departure permitted.",
        )
        self.event(
            EventKind.LOCATION,
            country=country,
            region=region,
            custodian=Custodian.DIPLOMATIC_MISSION,
            text="Travelling with mission staff.",
        )
        self.move(to=S.IN_TRANSIT, reason="Departure permitted; travelling under escort.")

    def _arrived(self, source: Status) -> None:
        self.event(
            EventKind.LOCATION,
            country="JP",
            region=self.rng.choice(ARRIVAL_PLACES),
            custodian=Custodian.SELF,
            text="Arrived; medical check arranged.",
        )
        self.move(to=S.ARRIVED, reason="Arrived in Japan.")

    def _resettlement(self, source: Status) -> None:
        self.event(
            EventKind.CONTACT,
            contact_with="municipal welfare office",
            channel="in person",
            text="Housing, Japanese classes and livelihood support arranged.",
        )
        self.move(to=S.RESETTLEMENT, reason="Resettlement support started.")

    def _withdrawn(self, source: Status) -> None:
        who, channel = self.rng.choice(CONTACTS)
        self.event(
            EventKind.CONTACT,
            contact_with=who,
            channel=channel,
            text="Decided to stay with family rather than travel to Japan.",
        )
        self.move(to=S.WITHDRAWN, reason="The person withdrew the request for protection.")

    def _deceased(self, source: Status) -> None:
        self.event(EventKind.NOTE, text="Reported to have died of illness.")
        self.move(to=S.DECEASED, reason="Death reported by a relative; awaiting confirmation.")

    def _closed(self, source: Status) -> None:
        reason = CLOSING_REASONS[source]
        self.event(EventKind.NOTE, text=reason)
        self.move(SUPERVISOR, to=S.CLOSED, reason=reason)


# Why a case is closed, by the status it is closed from.
CLOSING_REASONS: dict[Status, str] = {
    S.RESETTLEMENT: "Resettled; support plan completed.",
    S.ARRIVED: "Settled with relatives; no further support requested.",
    S.VERIFYING: "Could not be verified as within the programme's scope.",
    S.WITHDRAWN: "Request withdrawn; file closed.",
    S.DECEASED: "Death confirmed; file closed.",
    S.ON_HOLD: "No contact for over a year; file closed.",
}

# The events that bring a case into each status (on hold, and back from it, above).
_ENTRIES: dict[Status, Callable[[_Story, Status], None]] = {
    S.VERIFYING: _Story._verifying,
    S.LOCATED: _Story._located,
    S.IN_HOST_CUSTODY: _Story._in_host_custody,
    S.HANDOVER_NEGOTIATION: _Story._handover_negotiation,
    S.IN_TRANSIT: _Story._in_transit,
    S.ARRIVED: _Story._arrived,
    S.RESETTLEMENT: _Story._resettlement,
    S.WITHDRAWN: _Story._withdrawn,
    S.DECEASED: _Story._deceased,
    S.CLOSED: _Story._closed,
}


# --- households -------------------------------------------------------------


class Planner:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.households: list[HouseholdPlan] = []

    def officer_for(self, compartment: str) -> str:
        members = [a.username for a in ACCOUNTS if a.role == Role.CASEWORKER]
        return self.rng.choice([u for u in members if compartment in account(u).compartments])

    def case(
        self,
        person_key: str,
        *,
        category: str,
        target: Status,
        summary: str,
        departed: date | None,
        members: tuple[tuple[str, str], ...] = (),
    ) -> CasePlan:
        rng = self.rng
        compartment = rng.choices(ALL_COMPARTMENTS, weights=[6, 3, 1])[0]
        officer: str | None = self.officer_for(compartment)
        creator = officer or SUPERVISOR
        if target == S.REPORTED and rng.random() < 0.3:
            # A new report not yet assigned: opened by the supervisor.
            officer, creator = None, SUPERVISOR
        fled = self.today - timedelta(days=rng.randint(60, 1800))
        story = _Story(rng, _Clock(fled, self.today), creator, compartment)
        story.flee(departed)
        route = route_to(rng, target)
        story.walk(route)
        screening = self._screening(set(route))
        share_with = self._share_with(officer, compartment)
        document = self._document(officer, story.clock.day)
        return CasePlan(
            person_key=person_key,
            category=category,
            compartment=compartment,
            creator=creator,
            officer=officer,
            priority=rng.choices(list(Priority.values), weights=[1, 5, 3, 1])[0],
            summary=summary,
            steps=tuple(story.steps),
            members=members,
            share_with=share_with,
            screening=screening,
            document=document,
        )

    def _screening(self, reached: set[Status]) -> tuple[str, str] | None:
        """Security screening, for some of the cases that came near a host's custody."""
        rng = self.rng
        if not (
            reached & {S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION, S.IN_TRANSIT}
            and rng.random() < 0.6
        ):
            return None
        result = rng.choices(
            [ScreeningResult.CLEARED, ScreeningResult.PENDING, ScreeningResult.CONCERN],
            weights=[70, 20, 10],
        )[0]
        findings = {
            ScreeningResult.CLEARED: "Identity consistent with family register; no concerns.",
            ScreeningResult.PENDING: "Interview scheduled; exit route not yet discussed.",
            ScreeningResult.CONCERN: "Account of exit route inconsistent; refer to supervisor.",
        }[result]
        return (str(result), findings)

    def _share_with(self, officer: str | None, compartment: str) -> str | None:
        """Now and then, a teammate of the same compartment the case is shared with."""
        rng = self.rng
        if not (officer and rng.random() < 0.1):
            return None
        others = [u for u in CASEWORKERS if u != officer and compartment in account(u).compartments]
        return rng.choice(others) if others else None

    def _document(self, officer: str | None, day: date) -> DocumentPlan | None:
        """Now and then, the officer's interview notes as an uploaded document."""
        if not (officer and self.rng.random() < 0.1):
            return None
        return DocumentPlan(
            occurred_on=day,
            filename=f"interview-{day:%Y%m%d}.txt",
            text="Interview notes (synthetic demo document).",
            body=f"Interview notes, {day.isoformat()}.\nSynthetic demo text; no real person.\n",
        )

    def household(self, index: int, targets: list[Status]) -> None:
        """One family, with one case (now and then two) per target given."""
        rng = self.rng
        people = _People(rng, f"h{index}")
        kind = rng.choices(
            ["japanese_spouse", "former_resident", "descendant", "japanese_national", "other"],
            weights=[30, 35, 20, 10, 5],
        )[0]
        surname = rng.choice(pool.KOREAN_SURNAMES)
        departed_year = rng.randint(1959, 1965 if kind == "japanese_spouse" else 1984)
        if departed_year == 1959:
            # The first ship sailed from Niigata on 14 December 1959.
            departed = date(1959, 12, 14) + timedelta(days=rng.randint(0, 17))
        else:
            departed = _random_day(rng, departed_year, departed_year)
        if kind in ("japanese_spouse", "former_resident", "japanese_national"):
            cases = self._family_from_japan(people, kind, surname, departed, departed_year, targets)
        else:
            cases = self._born_in_north_korea(people, kind, surname, departed_year, targets)
        self.households.append(
            HouseholdPlan(tuple(people.persons), tuple(people.relations), tuple(cases))
        )

    def _family_from_japan(
        self,
        people: _People,
        kind: str,
        surname: pool.KoreanSurname,
        departed: date,
        departed_year: int,
        targets: list[Status],
    ) -> list[CasePlan]:
        """A Korean resident of Japan, his Japanese spouse and their children, who left together."""
        rng = self.rng
        husband_born = _random_day(rng, 1922, departed_year - 20)
        husband = people.korean(
            sex=Sex.MALE,
            born=husband_born if rng.random() < 0.7 else None,
            birthplace=rng.choice(pool.KOREAN_PROVINCES + pool.JAPANESE_PREFECTURES),
            nationality="朝鮮",
            surname=surname,
        )
        wife_sex = Sex.FEMALE if rng.random() < 0.9 else Sex.MALE
        wife = people.japanese_spouse(
            born=_random_day(rng, 1925, departed_year - 18),
            husband_surname=surname,
            sex=wife_sex,
        )
        people.relate(husband, wife, RelationKind.SPOUSE)
        children = self._children(
            people,
            parents=(husband, wife),
            surname=surname,
            departed=departed,
            departed_year=departed_year,
            japanese=kind == "japanese_national",
        )
        if kind == "japanese_spouse":
            main, category = wife, Category.JAPANESE_SPOUSE
            spouse_relation = "husband" if wife_sex == Sex.FEMALE else "wife"
            members = [(husband, spouse_relation)]
        elif kind == "former_resident":
            main, category = husband, Category.FORMER_RESIDENT
            members = [(wife, "wife")]
        else:
            japanese_children = [c for c in children if _nationality(people, c) == "日本"]
            if not japanese_children:
                japanese_children = [
                    people.child(
                        born=departed - timedelta(days=900),
                        surname=surname,
                        in_japan=True,
                        japanese=True,
                    )
                ]
                people.relate(husband, japanese_children[0], RelationKind.PARENT)
                people.relate(wife, japanese_children[0], RelationKind.PARENT)
                children.append(japanese_children[0])
            main, category = japanese_children[0], Category.JAPANESE_NATIONAL
            members = [(wife, "mother"), (husband, "father")]
        members += [(c, "child") for c in children if c != main and main in (wife, husband)]
        members += [(c, "sibling") for c in children if c != main and main not in (wife, husband)]
        summary = _summary(category, departed_year)
        cases = [
            self.case(
                main,
                category=category,
                target=targets[0],
                summary=summary,
                departed=departed,
                members=tuple(members),
            )
        ]
        if len(targets) > 1 and children and main in (wife, husband):
            # A child who fled with the parent has a case of their own.
            child = children[0]
            cases.append(
                self.case(
                    child,
                    category=Category.DESCENDANT
                    if _nationality(people, child) != "日本"
                    else Category.JAPANESE_NATIONAL,
                    target=targets[1],
                    summary=_summary(Category.DESCENDANT, departed_year),
                    departed=None,
                    members=((main, "parent"),),
                )
            )
        return cases

    def _children(
        self,
        people: _People,
        *,
        parents: tuple[str, str],
        surname: pool.KoreanSurname,
        departed: date,
        departed_year: int,
        japanese: bool,
    ) -> list[str]:
        """None to three children, born before or after the family left Japan."""
        rng = self.rng
        births: list[date] = []
        for _ in range(rng.randint(0, 3)):
            births.append(
                births[-1] + timedelta(days=rng.randint(400, 1500))
                if births
                else _random_day(rng, departed_year - 8, departed_year + 10)
            )
        children = [
            people.child(
                born=born,
                surname=surname,
                in_japan=born < departed,
                japanese=japanese and born < departed,
            )
            for born in births
        ]
        for child in children:
            for parent in parents:
                people.relate(parent, child, RelationKind.PARENT)
        for older, younger in itertools.pairwise(children):
            people.relate(older, younger, RelationKind.SIBLING)
        return children

    def _born_in_north_korea(
        self,
        people: _People,
        kind: str,
        surname: pool.KoreanSurname,
        departed_year: int,
        targets: list[Status],
    ) -> list[CasePlan]:
        """Someone born in North Korea to a family that went there from Japan."""
        rng = self.rng
        born = _random_day(rng, max(departed_year + 1, 1960), 2000)
        parent = people.korean(
            sex=Sex.MALE,
            born=None,
            birthplace=rng.choice(pool.JAPANESE_PREFECTURES),
            nationality="朝鮮",
            surname=surname,
        )
        main = people.child(born=born, surname=surname, in_japan=False, japanese=False)
        people.relate(parent, main, RelationKind.PARENT)
        members = [(parent, "father")]
        if kind == "other":
            descendant = main
            main = people.korean(
                sex=Sex.MALE if _sex(people, descendant) == Sex.FEMALE else Sex.FEMALE,
                born=_random_day(rng, born.year - 5, min(born.year + 5, 2002)),
                birthplace=rng.choice(pool.NORTH_KOREAN_PROVINCES),
                nationality="朝鮮",
                alias=False,
            )
            people.relate(main, descendant, RelationKind.SPOUSE)
            category = Category.OTHER
            members = [(descendant, "spouse")]
        else:
            category = Category.DESCENDANT
        summary = _summary(category, departed_year)
        cases = [
            self.case(
                main,
                category=category,
                target=targets[0],
                summary=summary,
                departed=None,
                members=tuple(members),
            )
        ]
        return cases


def _nationality(people: _People, key: str) -> str:
    return next(p.nationality_claimed for p in people.persons if p.key == key)


def _sex(people: _People, key: str) -> str:
    return next(p.sex for p in people.persons if p.key == key)


def _summary(category: str, departed_year: int) -> str:
    texts: dict[str, str] = {
        Category.JAPANESE_SPOUSE: (
            f"Japanese spouse; went to North Korea in {departed_year} with her Korean husband."
        ),
        Category.FORMER_RESIDENT: (
            f"Former Korean resident of Japan; went to North Korea in {departed_year}."
        ),
        Category.JAPANESE_NATIONAL: (
            f"Japanese national; taken to North Korea as a child in {departed_year}."
        ),
        Category.DESCENDANT: (
            f"Born in North Korea to a family that left Japan in {departed_year}."
        ),
        Category.OTHER: "North Korean spouse of a descendant of a family from Japan.",
    }
    return texts[category]
