"""What a demo plan holds, and who acts in it.

A plan is plain data: the households, persons, relations and case histories
that :func:`hogo.demo.generator.build_plan` draws and :mod:`hogo.demo.loader`
replays. The cast is the demo's compartments and one account per role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from hogo.accounts.models import Role
from hogo.cases.workflow import Status
from hogo.people.actions import NameInput

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


def account(username: str) -> DemoAccount:
    return next(a for a in ACCOUNTS if a.username == username)


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
    # "month" or "year" when the source gives no day: occurred_on is then its first day.
    precision: str = "day"


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
