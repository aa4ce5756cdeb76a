"""Synthetic demo data, made through the same actions the pages call.

Generation has two halves. :func:`build_plan` is pure: from a seed, a count and
a day it draws households, persons, names and case histories with
``random.Random(seed)`` and touches no database, so the same arguments always
give the same plan. :func:`load` then replays a plan through
``hogo.people.actions`` and ``hogo.cases.actions`` only, acting as the demo
user whose role would do each thing, so the audit log records everything as
it would in use.

All names are common surnames and given names combined at random; they
describe no one. The one case drawn from public reporting (the 64-year-old
Japanese spouse held in Jilin in early 2003, see :data:`REPORT_CASE_NAME`)
carries an invented name and only the facts the reports give.
"""

from __future__ import annotations

import io
import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.access import can_edit_person
from hogo.accounts.models import Compartment, Role, User
from hogo.audit.log import record
from hogo.cases import actions as case_actions
from hogo.cases.models import (
    BrokerDecision,
    Case,
    Category,
    Custodian,
    EventKind,
    Priority,
    ScreeningResult,
)
from hogo.cases.workflow import MAIN_LINE, Status, is_allowed
from hogo.demo import names as pool
from hogo.people.actions import NameInput, create_person, relate_persons
from hogo.people.models import NameKind, Person, RelationKind, Sex

DEFAULT_SEED = 1959
DEFAULT_COUNT = 300
DEMO_PASSWORD = "hogo-demo-password"  # noqa: S105 - printed to the user on purpose


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    first_name: str
    last_name: str
    compartments: tuple[str, ...]


COMPARTMENTS: tuple[tuple[str, str], ...] = (
    ("shenyang", "Shenyang consulate-general desk (Liaoning, Jilin, Heilongjiang)"),
    ("beijing", "Beijing embassy desk (other provinces, Mongolia)"),
    ("bangkok", "Southeast Asia desk (Thailand, Laos)"),
)
ALL_COMPARTMENTS = tuple(code for code, _name in COMPARTMENTS)

ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("caseworker1", Role.CASEWORKER, "Haruka", "Ueda", ("shenyang",)),
    DemoAccount("caseworker2", Role.CASEWORKER, "Kenji", "Morita", ("shenyang", "beijing")),
    DemoAccount("caseworker3", Role.CASEWORKER, "Yui", "Hayashi", ("beijing", "bangkok")),
    DemoAccount("supervisor", Role.SUPERVISOR, "Takeshi", "Nomura", ALL_COMPARTMENTS),
    DemoAccount("security", Role.SECURITY_OFFICER, "Emi", "Kuroda", ALL_COMPARTMENTS),
    DemoAccount("auditor", Role.AUDITOR, "Shin", "Okada", ()),
    DemoAccount("admin", Role.ADMINISTRATOR, "Naomi", "Fujii", ()),
    DemoAccount("statistician", Role.STATISTICIAN, "Ryo", "Ishida", ()),
    DemoAccount("supervisor2", Role.SUPERVISOR, "Mika", "Sato", ALL_COMPARTMENTS),
    DemoAccount("payer1", Role.PAYMENT_OFFICER, "Daichi", "Kato", ()),
    DemoAccount("payer2", Role.PAYMENT_OFFICER, "Aya", "Mori", ()),
)
CASEWORKERS = tuple(a.username for a in ACCOUNTS if a.role == Role.CASEWORKER)
SUPERVISOR = "supervisor"
SECURITY = "security"

# The case described in the news reports of January 2003 (shared/reports beside the checkout).
REPORT_DATE = date(2003, 1, 28)
REPORT_CASE_NAME = ("鈴木", "和子")
REPORT_CASE_BIRTH_YEAR = 1938  # 64 on REPORT_DATE unless her birthday had already passed
REPORT_HUSBAND_NAME = ("朴", "英哲")
# The case the browser test searches for by its kana reading.
KIM_NAME = ("金", "正一")


# --- the plan ---------------------------------------------------------------


@dataclass(frozen=True)
class PersonPlan:
    key: str
    names: tuple[NameInput, ...]
    sex: str
    birth_date_text: str
    birthplace: str
    nationality_claimed: str


@dataclass(frozen=True)
class RelationPlan:
    from_key: str
    to_key: str
    kind: str


@dataclass(frozen=True)
class EventPlan:
    by: str
    kind: str
    occurred_on: date
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class TransitionPlan:
    by: str
    to: Status
    reason: str


Step = EventPlan | TransitionPlan


@dataclass(frozen=True)
class DocumentPlan:
    occurred_on: date
    filename: str
    text: str
    body: str


@dataclass(frozen=True)
class CasePlan:
    person_key: str
    category: str
    compartment: str
    creator: str
    officer: str | None
    priority: int
    summary: str
    steps: tuple[Step, ...]
    members: tuple[tuple[str, str], ...] = ()
    share_with: str | None = None
    screening: tuple[str, str] | None = None
    document: DocumentPlan | None = None

    @property
    def status(self) -> Status:
        transitions = [s for s in self.steps if isinstance(s, TransitionPlan)]
        return transitions[-1].to if transitions else Status.REPORTED


@dataclass(frozen=True)
class HouseholdPlan:
    persons: tuple[PersonPlan, ...]
    relations: tuple[RelationPlan, ...]
    cases: tuple[CasePlan, ...]


@dataclass(frozen=True)
class DemoPlan:
    seed: int
    today: date
    households: tuple[HouseholdPlan, ...]

    def cases(self) -> Iterator[CasePlan]:
        for household in self.households:
            yield from household.cases

    def status_counts(self) -> Counter[str]:
        return Counter(str(case.status) for case in self.cases())


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


def _avoid_reserved(plan: PersonPlan) -> bool:
    """Random persons must not share the names the tests and the reports' case use."""
    reserved = {KIM_NAME, REPORT_CASE_NAME, REPORT_HUSBAND_NAME, ("朴", "和子")}
    return not any(
        (n.family, n.given) in reserved
        for n in plan.names
        if n.kind in (NameKind.LEGAL, NameKind.MARRIED)
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

    def enter(self, source: Status, target: Status) -> None:
        """The events that lead from `source` to `target`, then the transition."""
        rng = self.rng
        if target == S.ON_HOLD:
            self.event(EventKind.NOTE, text="No contact for several weeks; phone unreachable.")
            self.move(SUPERVISOR, to=target, reason="Contact lost; holding the case.")
            return
        if source == S.ON_HOLD and target not in (S.WITHDRAWN, S.CLOSED, S.DECEASED):
            who, channel = rng.choice(CONTACTS)
            self.event(
                EventKind.CONTACT, contact_with=who, channel=channel, text="Contact restored."
            )
            self.move(to=target, reason="Contact re-established; resuming.")
            return
        if target == S.VERIFYING:
            who, channel = rng.choice(CONTACTS)
            self.event(
                EventKind.CONTACT,
                contact_with=who,
                channel=channel,
                text="Gave names, birth dates and the year of departure for North Korea.",
            )
            self.move(to=target, reason="Identity details received; checking family records.")
        elif target == S.LOCATED:
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
            self.move(to=target, reason=f"Whereabouts confirmed: {region}.")
        elif target == S.IN_HOST_CUSTODY:
            country, region = self.place
            custodian = rng.choice([Custodian.HOST_SECURITY, Custodian.HOST_POLICE])
            if source == S.HANDOVER_NEGOTIATION:
                self.event(
                    EventKind.NOTE,
                    text="Host ministry has not agreed to the handover; talks paused.",
                )
                self.move(to=target, reason="Negotiations stalled; remains in host custody.")
                return
            self.event(
                EventKind.LOCATION,
                country=country,
                region=region,
                custodian=custodian,
                text="Detained as an illegal entrant.",
            )
            self.move(to=target, reason=f"Detained by the {Custodian(custodian).label}.")
        elif target == S.HANDOVER_NEGOTIATION:
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
                outcome=rng.choice(["", "Acknowledged; under consideration."]),
            )
            self.move(to=target, reason="Handover requested from the host foreign ministry.")
        elif target == S.IN_TRANSIT:
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
            self.move(to=target, reason="Departure permitted; travelling under escort.")
        elif target == S.ARRIVED:
            self.event(
                EventKind.LOCATION,
                country="JP",
                region=rng.choice(ARRIVAL_PLACES),
                custodian=Custodian.SELF,
                text="Arrived; medical check arranged.",
            )
            self.move(to=target, reason="Arrived in Japan.")
        elif target == S.RESETTLEMENT:
            self.event(
                EventKind.CONTACT,
                contact_with="municipal welfare office",
                channel="in person",
                text="Housing, Japanese classes and livelihood support arranged.",
            )
            self.move(to=target, reason="Resettlement support started.")
        elif target == S.WITHDRAWN:
            who, channel = rng.choice(CONTACTS)
            self.event(
                EventKind.CONTACT,
                contact_with=who,
                channel=channel,
                text="Decided to stay with family rather than travel to Japan.",
            )
            self.move(to=target, reason="The person withdrew the request for protection.")
        elif target == S.DECEASED:
            self.event(EventKind.NOTE, text="Reported to have died of illness.")
            self.move(to=target, reason="Death reported by a relative; awaiting confirmation.")
        elif target == S.CLOSED:
            reason = {
                S.RESETTLEMENT: "Resettled; support plan completed.",
                S.ARRIVED: "Settled with relatives; no further support requested.",
                S.VERIFYING: "Could not be verified as within the programme's scope.",
                S.WITHDRAWN: "Request withdrawn; file closed.",
                S.DECEASED: "Death confirmed; file closed.",
                S.ON_HOLD: "No contact for over a year; file closed.",
            }[source]
            self.event(EventKind.NOTE, text=reason)
            self.move(SUPERVISOR, to=target, reason=reason)
        else:  # pragma: no cover - every status is handled above
            raise AssertionError(target)


# --- households -------------------------------------------------------------


class _Planner:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.households: list[HouseholdPlan] = []

    def officer_for(self, compartment: str) -> str:
        members = [a.username for a in ACCOUNTS if a.role == Role.CASEWORKER]
        return self.rng.choice([u for u in members if compartment in _account(u).compartments])

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
        if departed is not None:
            story.steps.append(
                EventPlan(
                    creator,
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
        story.steps.append(
            EventPlan(
                creator,
                EventKind.LOCATION,
                story.clock.day,
                {
                    "country": country,
                    "region": region,
                    "custodian": Custodian.UNKNOWN,
                    "text": "Crossed the border from North Korea.",
                },
            )
        )
        route = route_to(rng, target)
        check_route(route)
        current = S.REPORTED
        for status in route:
            story.enter(current, status)
            current = status
        reached = set(route)
        screening = None
        if (
            reached & {S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION, S.IN_TRANSIT}
            and rng.random() < 0.6
        ):
            result = rng.choices(
                [ScreeningResult.CLEARED, ScreeningResult.PENDING, ScreeningResult.CONCERN],
                weights=[70, 20, 10],
            )[0]
            findings = {
                ScreeningResult.CLEARED: "Identity consistent with family register; no concerns.",
                ScreeningResult.PENDING: "Interview scheduled; exit route not yet discussed.",
                ScreeningResult.CONCERN: "Account of exit route inconsistent; refer to supervisor.",
            }[result]
            screening = (str(result), findings)
        share_with = None
        if officer and rng.random() < 0.1:
            others = [
                u for u in CASEWORKERS if u != officer and compartment in _account(u).compartments
            ]
            share_with = rng.choice(others) if others else None
        document = None
        if officer and rng.random() < 0.1:
            day = story.clock.day
            document = DocumentPlan(
                occurred_on=day,
                filename=f"interview-{day:%Y%m%d}.txt",
                text="Interview notes (synthetic demo document).",
                body=f"Interview notes, {day.isoformat()}.\nSynthetic demo text; no real person.\n",
            )
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
                    japanese=kind == "japanese_national" and born < departed,
                )
                for born in births
            ]
            for child in children:
                people.relate(husband, child, RelationKind.PARENT)
                people.relate(wife, child, RelationKind.PARENT)
            for older, younger in itertools.pairwise(children):
                people.relate(older, younger, RelationKind.SIBLING)
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
            members += [
                (c, "sibling") for c in children if c != main and main not in (wife, husband)
            ]
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
        else:
            # Born in North Korea to a family that went there from Japan.
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
        self.households.append(
            HouseholdPlan(tuple(people.persons), tuple(people.relations), tuple(cases))
        )


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


def _account(username: str) -> DemoAccount:
    return next(a for a in ACCOUNTS if a.username == username)


# --- the two fixed cases ----------------------------------------------------


def _report_household() -> HouseholdPlan:
    """The 64-year-old Japanese spouse of the January 2003 reports; nothing beyond them.

    The reports give months, not days: each event is dated the first day of its
    month, as the project reads a partial date, and says so.
    """
    family, given = REPORT_CASE_NAME
    husband_family, husband_given = REPORT_HUSBAND_NAME
    her = PersonPlan(
        "report-her",
        (
            NameInput(NameKind.LEGAL, family, given),
            NameInput(NameKind.READING, "スズキ", "カズコ"),
            NameInput(NameKind.MAIDEN, family, given),
            NameInput(NameKind.MARRIED, husband_family, given),
            NameInput(NameKind.HANGUL, "박", "화자"),
        ),
        Sex.FEMALE,
        str(REPORT_CASE_BIRTH_YEAR),
        "東日本 (eastern Japan)",
        "日本",
    )
    husband = PersonPlan(
        "report-husband",
        (
            NameInput(NameKind.LEGAL, husband_family, husband_given),
            NameInput(NameKind.READING, "ボク", "エイテツ"),
            NameInput(NameKind.HANGUL, "박", "영철"),
        ),
        Sex.MALE,
        "",
        "",
        "朝鮮",
    )
    officer = CASEWORKERS[0]
    steps: tuple[Step, ...] = (
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(1959, 1, 1),
            {
                "country": "KP",
                "custodian": Custodian.SELF,
                "text": "Went to North Korea in 1959 (only the year is recorded) with her "
                "husband, a Korean resident of Japan, under the repatriation programme.",
            },
        ),
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(2002, 11, 1),
            {
                "country": "CN",
                "custodian": Custodian.SELF,
                "text": "Fled from North Korea to China in November 2002 (day not recorded).",
            },
        ),
        EventPlan(
            officer,
            EventKind.CONTACT,
            date(2002, 11, 1),
            {
                "contact_with": "her supporters",
                "text": "Sought refuge in Japan through her supporters.",
            },
        ),
        TransitionPlan(officer, S.VERIFYING, "Request for refuge received through supporters."),
        EventPlan(
            officer,
            EventKind.BROKER,
            date(2002, 12, 1),
            {
                "organisation": "so-called mediating organisation (name not recorded)",
                "decision": BrokerDecision.REFUSED,
                "text": "Demanded a huge sum in cash as a condition for handing her over "
                "(amount not recorded). The government refused to negotiate with them.",
            },
        ),
        TransitionPlan(officer, S.LOCATED, "Held by a mediating organisation in China."),
        EventPlan(
            officer,
            EventKind.LOCATION,
            date(2003, 1, 1),
            {
                "country": "CN",
                "region": "Jilin",
                "custodian": Custodian.HOST_SECURITY,
                "text": "Taken into custody by security authorities in Jilin together with "
                "members of the mediating organisation; believed questioned on how she "
                "got out of North Korea.",
            },
        ),
        TransitionPlan(
            officer, S.IN_HOST_CUSTODY, "In the custody of security authorities in Jilin."
        ),
        EventPlan(
            officer,
            EventKind.NOTE,
            REPORT_DATE,
            {"text": "Her husband has reportedly been arrested by North Korean authorities."},
        ),
        EventPlan(
            officer,
            EventKind.DIPLOMATIC_REQUEST,
            REPORT_DATE,
            {
                "addressee": FOREIGN_MINISTRIES["CN"],
                "request": "Hand her over to Japan's protection.",
                "outcome": "Final negotiations on her handover have begun.",
            },
        ),
        TransitionPlan(
            officer, S.HANDOVER_NEGOTIATION, "Final negotiations with China on her handover."
        ),
    )
    case = CasePlan(
        person_key=her.key,
        category=Category.JAPANESE_SPOUSE,
        compartment="shenyang",
        creator=officer,
        officer=officer,
        priority=Priority.URGENT,
        summary=(
            "Japanese spouse, 64, a native of eastern Japan. Went to North Korea in 1959 with "
            "her husband, a Korean resident of Japan, who has reportedly been arrested by North "
            "Korean authorities. Fled to China in November. A mediating organisation demanded a "
            "huge sum in cash for handing her over; the government refused to negotiate. Taken "
            "into custody by security authorities in Jilin together with members of that "
            "organisation. Handover under negotiation with China's foreign ministry."
        ),
        steps=steps,
        members=((husband.key, "husband"),),
    )
    return HouseholdPlan(
        (her, husband), (RelationPlan(husband.key, her.key, RelationKind.SPOUSE),), (case,)
    )


def _kim_household(today: date) -> HouseholdPlan:
    family, given = KIM_NAME
    kim = PersonPlan(
        "kim",
        (
            NameInput(NameKind.LEGAL, family, given),
            NameInput(NameKind.READING, "キン", "セイイチ"),
            NameInput(NameKind.HANGUL, "김", "정일"),
            NameInput(NameKind.ALIAS, "金田", given),
        ),
        Sex.MALE,
        "昭和10年3月5日",
        "新潟県",
        "朝鮮",
    )
    officer = CASEWORKERS[0]
    steps: tuple[Step, ...] = (
        EventPlan(
            officer,
            EventKind.CONTACT,
            today - timedelta(days=20),
            {"contact_with": "a relative in Japan", "channel": "telephone"},
        ),
        TransitionPlan(officer, S.VERIFYING, "Identity details received from a relative."),
        EventPlan(
            officer,
            EventKind.LOCATION,
            today - timedelta(days=6),
            {
                "country": "CN",
                "region": "Dandong, Liaoning",
                "custodian": Custodian.NGO_SAFE_HOUSE,
                "text": "Reached a safe house near the border.",
            },
        ),
        TransitionPlan(officer, S.LOCATED, "Whereabouts confirmed: Dandong, Liaoning."),
    )
    case = CasePlan(
        person_key=kim.key,
        category=Category.FORMER_RESIDENT,
        compartment="shenyang",
        creator=officer,
        officer=officer,
        priority=Priority.HIGH,
        summary="Reached a safe house near the border.",
        steps=steps,
    )
    return HouseholdPlan((kim,), (), (case,))


def build_plan(*, seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, today: date) -> DemoPlan:
    """What the demo will contain: the same for the same seed, count and day."""
    if count < 2:
        raise ValueError("the demo needs at least 2 cases")
    rng = random.Random(seed)
    planner = _Planner(rng, today)
    planner.households += [_kim_household(today), _report_household()]
    remaining = count - 2
    # Every status at least once, then a realistic spread.
    statuses = list(STATUS_WEIGHTS)
    rng.shuffle(statuses)
    targets = statuses[:remaining] + rng.choices(
        list(STATUS_WEIGHTS),
        weights=list(STATUS_WEIGHTS.values()),
        k=max(0, remaining - len(statuses)),
    )
    index = 0
    while targets:
        wanted = 2 if len(targets) >= 2 and rng.random() < 0.12 else 1
        batch, targets = targets[:wanted], targets[wanted:]
        before = len(planner.households)
        planner.household(index, batch)
        household = planner.households[-1]
        if not all(_avoid_reserved(p) for p in household.persons):
            # Redraw: the fixed cases' names stay unique.
            planner.households = planner.households[:before]
            targets = batch + targets
        elif len(household.cases) < len(batch):
            targets = batch[len(household.cases) :] + targets
        index += 1
    return DemoPlan(seed, today, tuple(planner.households))


# --- loading ----------------------------------------------------------------


@dataclass
class LoadResult:
    cases: int = 0
    persons: int = 0
    events: int = 0
    statuses: Counter[str] = field(default_factory=Counter)


def is_loaded() -> bool:
    """Whether demo cases are already there: loading twice would duplicate them."""
    return Case.objects.filter(compartment__code__in=ALL_COMPARTMENTS).exists()


def ensure_accounts() -> dict[str, User]:
    """The demo compartments and one user per role, created once."""
    compartments = {
        code: Compartment.objects.get_or_create(code=code, defaults={"name": name})[0]
        for code, name in COMPARTMENTS
    }
    users: dict[str, User] = {}
    for account in ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            with transaction.atomic():
                user = User.objects.create_user(
                    username=account.username,
                    password=DEMO_PASSWORD,
                    role=account.role,
                    first_name=account.first_name,
                    last_name=account.last_name,
                )
                user.compartments.set([compartments[c] for c in account.compartments])
                record(
                    "accounts.create",
                    actor=None,
                    obj=user,
                    changes={"role": str(account.role), "compartments": list(account.compartments)},
                    data={"via": "demo"},
                )
        ensure_authenticator(user)
        users[account.username] = user
    return users


def ensure_authenticator(user: User) -> TOTPDevice:
    """The demo user's authenticator app: a key made once, when the demo first runs,
    and kept, so the same key works in an authenticator app every time."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id").first()
    if device is None:
        with transaction.atomic():
            device = TOTPDevice.objects.create(user=user, name="demo authenticator", confirmed=True)
            record(
                "accounts.factor_enrol",
                actor=None,
                obj=user,
                data={"factor": "totp", "via": "demo"},
            )
    return device


def _load_household(
    household: HouseholdPlan, users: Mapping[str, User], compartments: Mapping[str, Compartment]
) -> list[Case]:
    first = household.cases[0]
    creators = {p.key: users[first.creator] for p in household.persons}
    for case_plan in household.cases:
        creators[case_plan.person_key] = users[case_plan.creator]
    persons: dict[str, Person] = {}
    for plan in household.persons:
        persons[plan.key] = create_person(
            actor=creators[plan.key],
            names=list(plan.names),
            sex=plan.sex,
            birth_date_text=plan.birth_date_text,
            birthplace=plan.birthplace,
            nationality_claimed=plan.nationality_claimed,
        )
    cases = [_load_case(plan, persons, users, compartments) for plan in household.cases]
    # Once everyone is on a case, the supervisor of those compartments sees them all
    # and records how they are related.
    for relation in household.relations:
        pair = (persons[relation.from_key], persons[relation.to_key])
        candidates = [users[SUPERVISOR], creators[relation.from_key], creators[relation.to_key]]
        actor = next(
            (user for user in candidates if all(can_edit_person(user, p) for p in pair)), None
        )
        if actor is None:
            raise RuntimeError(f"no demo user may relate {relation.from_key} and {relation.to_key}")
        relate_persons(*pair, actor=actor, kind=relation.kind)
    return cases


def _opened_on(plan: CasePlan) -> date | None:
    """A case opens with its first status change: the date of the event just before it."""
    last: date | None = None
    for step in plan.steps:
        if isinstance(step, TransitionPlan):
            return last
        last = step.occurred_on
    return last


def _load_case(
    plan: CasePlan,
    persons: Mapping[str, Person],
    users: Mapping[str, User],
    compartments: Mapping[str, Compartment],
) -> Case:
    creator = users[plan.creator]
    case = case_actions.create_case(
        actor=creator,
        person=persons[plan.person_key],
        category=plan.category,
        compartment=compartments[plan.compartment],
        priority=plan.priority,
        officer=users[plan.officer] if plan.officer else None,
        summary=plan.summary,
        opened_on=_opened_on(plan),
    )
    for person_key, relation in plan.members:
        case_actions.add_family_member(
            case, person=persons[person_key], relation=relation, actor=creator
        )
    # A status change is dated with the latest event before it: the demo reads as
    # a history rather than as everything happening on the day it was loaded.
    last_date: date | None = None
    for step in plan.steps:
        if isinstance(step, TransitionPlan):
            case = case_actions.transition_case(
                case,
                to=step.to,
                actor=users[step.by],
                reason=step.reason,
                expected_version=case.version,
                occurred_on=last_date,
            )
        else:
            last_date = step.occurred_on
            case_actions.add_event(
                case,
                actor=users[step.by],
                kind=step.kind,
                occurred_on=step.occurred_on,
                fields=dict(step.fields),
            )
    if plan.share_with:
        case_actions.share_case(case, user=users[plan.share_with], actor=users[SUPERVISOR])
    if plan.screening:
        result, findings = plan.screening
        case_actions.update_screening(case, actor=users[SECURITY], result=result, findings=findings)
    if plan.document and plan.officer:
        document = plan.document
        case_actions.upload_document(
            case,
            actor=users[plan.officer],
            stream=io.BytesIO(document.body.encode()),
            filename=document.filename,
            occurred_on=document.occurred_on,
            text=document.text,
        )
    return case


def load(plan: DemoPlan, *, progress: Callable[[int], object] | None = None) -> LoadResult:
    """Replay a plan through the actions: one transaction per household."""
    users = ensure_accounts()
    compartments = {c.code: c for c in Compartment.objects.filter(code__in=ALL_COMPARTMENTS)}
    result = LoadResult()
    for household in plan.households:
        with transaction.atomic():
            cases = _load_household(household, users, compartments)
        result.persons += len(household.persons)
        result.cases += len(cases)
        result.events += sum(len(c.steps) for c in household.cases)
        result.statuses.update(str(case.status) for case in cases)
        if progress is not None:
            progress(len(cases))
    return result


def generate(
    *,
    seed: int = DEFAULT_SEED,
    count: int = DEFAULT_COUNT,
    today: date | None = None,
    progress: Callable[[int], object] | None = None,
) -> LoadResult:
    from django.utils import timezone

    from hogo.support.demo import load_support_demo

    today = today or timezone.localdate()
    result = load(build_plan(seed=seed, count=count, today=today), progress=progress)
    load_support_demo(today=today)
    return result
