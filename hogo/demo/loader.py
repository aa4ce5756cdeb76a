"""Loading a plan: replayed through the actions, as the demo user whose role would act.

Each household is one transaction, so the audit log records everything as it
would in use.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.access import can_edit_person
from hogo.accounts import actions as account_actions
from hogo.accounts.factors import enrol_totp
from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case
from hogo.demo.plan import (
    ACCOUNTS,
    ALL_COMPARTMENTS,
    COMPARTMENTS,
    DEMO_PASSWORD,
    SECURITY,
    SUPERVISOR,
    CasePlan,
    DemoPlan,
    EventPlan,
    HouseholdPlan,
    TransitionPlan,
)
from hogo.lib.dates import PartialDate
from hogo.lib.progress import Progress
from hogo.people.actions import create_person, relate_persons
from hogo.people.models import Person


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
    """The demo compartments and one user per role, created once, through the actions."""
    compartments = {c.code: c for c in Compartment.objects.filter(code__in=ALL_COMPARTMENTS)}
    for code, name in COMPARTMENTS:
        if code not in compartments:
            compartments[code] = account_actions.create_compartment(
                actor=None, code=code, name=name
            )
    users: dict[str, User] = {}
    for account in ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = account_actions.create_account(
                actor=None,
                username=account.username,
                role=account.role,
                password=DEMO_PASSWORD,
                compartments=[compartments[c] for c in account.compartments],
                first_name=account.first_name,
                last_name=account.last_name,
                via="demo",
            ).user
        ensure_authenticator(user)
        users[account.username] = user
    return users


def ensure_authenticator(user: User) -> TOTPDevice:
    """The demo user's authenticator app: a key made once, when the demo first runs,
    and kept, so the same key works in an authenticator app every time. The demo is
    the one place where the system enrols a factor for a user."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id").first()
    if device is None:
        device = enrol_totp(user, actor=None, name="demo authenticator", via="demo")
    return device


def _load_household(
    household: HouseholdPlan, users: Mapping[str, User], compartments: Mapping[str, Compartment]
) -> list[Case]:
    first = household.cases[0]
    # Each person is registered by whoever first needs them: the creator of their own
    # case, else of the first case they are family on. Only persons of one's own cases
    # (or registered by oneself, on none yet) may be put on a case.
    creators = {p.key: users[first.creator] for p in household.persons}
    for case_plan in reversed(household.cases):
        for key, _relation in case_plan.members:
            creators[key] = users[case_plan.creator]
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
    # Every case is opened before any family is added: a relative with a case of their
    # own is then on it, and the supervisor of both compartments may add them elsewhere.
    opened = [
        (_open_case(case_plan, persons, users, compartments), case_plan)
        for case_plan in household.cases
    ]
    for case, case_plan in opened:
        _add_family(case, case_plan, persons, users)
    cases = [_load_steps(case, case_plan, users) for case, case_plan in opened]
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


def _open_case(
    plan: CasePlan,
    persons: Mapping[str, Person],
    users: Mapping[str, User],
    compartments: Mapping[str, Compartment],
) -> Case:
    creator = users[plan.creator]
    return case_actions.create_case(
        actor=creator,
        person=persons[plan.person_key],
        category=plan.category,
        compartment=compartments[plan.compartment],
        priority=plan.priority,
        officer=users[plan.officer] if plan.officer else None,
        summary=plan.summary,
        opened_on=_opened_on(plan),
    )


def _add_family(
    case: Case, plan: CasePlan, persons: Mapping[str, Person], users: Mapping[str, User]
) -> None:
    creator = users[plan.creator]
    for person_key, relation in plan.members:
        # A relative already on another desk's case is not the creator's to add: only
        # persons of one's own cases are. The supervisor of both compartments adds them.
        member = persons[person_key]
        adder = creator if can_edit_person(creator, member) else users[SUPERVISOR]
        case_actions.add_family_member(case, person=member, relation=relation, actor=adder)


def _when(step: EventPlan) -> date | PartialDate:
    day = step.occurred_on
    if step.precision == "year":
        return PartialDate(day.year)
    if step.precision == "month":
        return PartialDate(day.year, day.month)
    return day


def _load_steps(case: Case, plan: CasePlan, users: Mapping[str, User]) -> Case:
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
                occurred_on=_when(step),
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


def load(plan: DemoPlan, *, progress: Progress | None = None) -> LoadResult:
    """Replay a plan through the actions: one transaction per household."""
    total = sum(len(household.cases) for household in plan.households)
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
            progress(result.cases, total)
    return result
