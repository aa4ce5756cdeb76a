"""Cases driven through create, assign, share, transition, read and close by several users:
after every step an oracle written here agrees with the access layer and with the pages and
the API (200 against 404), and the audit chain verifies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from hogo import access
from hogo.accounts.models import Compartment, User
from hogo.audit.log import verify
from hogo.cases.actions import create_case, share_case, transition_case, update_case
from hogo.cases.models import Case, Category
from hogo.cases.workflow import Status, allowed_targets
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

# Who each fixed person is, written out here rather than read from the database.
ROLES = {
    "caseworker": ("caseworker", {"east"}),
    "teammate": ("caseworker", {"east"}),
    "outsider": ("caseworker", {"west"}),
    "supervisor": ("supervisor", {"east"}),
    "other_supervisor": ("supervisor", {"west"}),
    "security_officer": ("security_officer", {"east"}),
    "auditor": ("auditor", set()),
}
NAMES = sorted(ROLES)
WRITERS = {"caseworker", "supervisor"}
REFUSED = (Http404, PermissionDenied, ValidationError)


@dataclass
class Known:
    """What the oracle believes about one case."""

    compartment: str
    officer: str | None
    status: str = Status.REPORTED
    held_from: str = ""
    shared: set[str] = field(default_factory=set)


def may_see(name: str, known: Known) -> bool:
    role, compartments = ROLES[name]
    if role == "caseworker":
        # Assigned or shared, and only while in the case's compartment.
        mine = known.officer == name or name in known.shared
        return mine and known.compartment in compartments
    if role in ("supervisor", "security_officer"):
        return known.compartment in compartments
    return False


def may_edit(name: str, known: Known) -> bool:
    return ROLES[name][0] in WRITERS and may_see(name, known)


def may_manage(name: str, known: Known) -> bool:
    return ROLES[name][0] == "supervisor" and may_see(name, known)


def may_be_officer(name: str, known: Known) -> bool:
    role, compartments = ROLES[name]
    return role in WRITERS and known.compartment in compartments


def _path_to_closed(status: str, held_from: str) -> list[Status]:
    """The shortest walk through the workflow to closed (breadth first)."""
    paths: dict[str, list[Status]] = {status: []}
    queue = [(status, held_from)]
    while queue:
        current, held = queue.pop(0)
        for target in allowed_targets(current, held_from=held):
            if target not in paths:
                paths[target] = [*paths[current], target]
                if target == Status.CLOSED:
                    return paths[target]
                queue.append((target, current if target == Status.ON_HOLD else ""))
    return []


def _machine(
    users: dict[str, User], pages: dict[str, Client], api: dict[str, dict[str, str]]
) -> type[RuleBasedStateMachine]:
    compartments = {c.code: c for c in Compartment.objects.all()}
    actors = st.sampled_from(NAMES)

    class AccessMachine(RuleBasedStateMachine):
        cases = Bundle("cases")

        def __init__(self) -> None:
            super().__init__()
            self.known: dict[int, Known] = {}
            self.last: int | None = None
            # The answer each user last got over HTTP for each case, and a turn counter.
            self.answered: dict[tuple[str, int], int] = {}
            self.turn = 0
            # Every run starts from the fixtures alone: its writes are rolled back at teardown.
            self.atomic = transaction.atomic()
            self.atomic.__enter__()

        def teardown(self) -> None:
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)

        def _attempt(self, allowed: bool, act: Callable[[], Any]) -> bool:
            if allowed:
                act()
                return True
            try:
                with transaction.atomic():
                    act()
            except REFUSED:
                return False
            raise AssertionError("the action succeeded although the oracle forbids it")

        @initialize(target=cases, name=st.sampled_from(sorted(WRITERS_WITH_DESK)))
        def first_case(self, name: str) -> int:
            pk: int = self.create(name)
            return pk

        @rule(target=cases, name=st.sampled_from(sorted(WRITERS_WITH_DESK)))
        def create(self, name: str) -> int:
            actor = users[name]
            person = create_person(
                actor=actor,
                names=[NameInput(NameKind.LEGAL, "試験", "太郎")],
                sex="M",
                birth_date_text="1950",
                birthplace="",
                nationality_claimed="",
            )
            desk = sorted(ROLES[name][1])[0]
            case = create_case(
                actor=actor,
                person=person,
                category=Category.FORMER_RESIDENT,
                compartment=compartments[desk],
            )
            officer = name if ROLES[name][0] == "caseworker" else None
            self.known[case.pk] = Known(compartment=desk, officer=officer)
            self.last = case.pk
            return case.pk

        @rule(pk=cases, name=actors, officer=actors)
        def assign(self, pk: int, name: str, officer: str) -> None:
            known = self.known[pk]
            allowed = may_manage(name, known) and may_be_officer(officer, known)

            def act() -> None:
                case = access.get_case_for_user(users[name], pk, write=True)
                if not access.can_manage_case(users[name], case):
                    raise PermissionDenied
                update_case(
                    case,
                    actor=users[name],
                    expected_version=case.version,
                    changes={"officer": users[officer]},
                )

            if self._attempt(allowed, act):
                known.officer = officer
            self.last = pk

        @rule(pk=cases, name=actors, grantee=actors)
        def share(self, pk: int, name: str, grantee: str) -> None:
            known = self.known[pk]
            # Only to a caseworker of the case's own compartment; anyone else asks.
            role, desks = ROLES[grantee]
            allowed = (
                may_manage(name, known) and role == "caseworker" and known.compartment in desks
            )

            def act() -> None:
                case = access.get_case_for_user(users[name], pk)
                share_case(case, user=users[grantee], actor=users[name])

            if self._attempt(allowed, act):
                known.shared.add(grantee)
            self.last = pk

        @rule(pk=cases, name=actors, to=st.sampled_from(list(Status)))
        def transition(self, pk: int, name: str, to: Status) -> None:
            known = self.known[pk]
            step_allowed = to in allowed_targets(known.status, held_from=known.held_from)
            allowed = may_edit(name, known) and step_allowed

            def act() -> None:
                case = access.get_case_for_user(users[name], pk, write=True)
                transition_case(
                    case, to=to, actor=users[name], reason="test", expected_version=case.version
                )

            if self._attempt(allowed, act):
                known.held_from = known.status if to == Status.ON_HOLD else ""
                known.status = to
            self.last = pk

        @rule(pk=cases, name=actors)
        def close(self, pk: int, name: str) -> None:
            known = self.known[pk]
            for to in _path_to_closed(known.status, known.held_from):
                self.transition(pk, name, to)
                if known.status != to:
                    break
            assert (known.status == Status.CLOSED) == (
                Case.objects.get(pk=pk).status == Status.CLOSED
            )

        @rule(pk=cases, name=actors)
        def read(self, pk: int, name: str) -> None:
            self._check_http(name, pk)
            listed = pages[name].get("/api/v1/cases", headers=api[name]).json()
            assert listed["count"] == len([p for p in self.known if may_see(name, self.known[p])])

        def _check_http(self, name: str, pk: int) -> None:
            expected = 200 if may_see(name, self.known[pk]) else 404
            page = pages[name].get(f"/cases/{pk}/")
            assert page.status_code == expected, (name, pk, "page", page.status_code)
            answer = pages[name].get(f"/api/v1/cases/{pk}", headers=api[name])
            assert answer.status_code == expected, (name, pk, "api", answer.status_code)
            self.answered[name, pk] = expected

        @invariant()
        def the_access_layer_agrees_with_the_oracle(self) -> None:
            for name in NAMES:
                visible = set(access.cases_visible_to(users[name]).values_list("pk", flat=True))
                expected = {pk for pk, known in self.known.items() if may_see(name, known)}
                assert visible == expected, name

        @invariant()
        def pages_and_api_agree_with_the_oracle(self) -> None:
            """Over HTTP, for the case just touched: every user whose answer should have
            changed (or was never asked), and one more user in turn."""
            self.turn += 1
            if self.last is None:
                return
            for name in NAMES:
                expected = 200 if may_see(name, self.known[self.last]) else 404
                changed = self.answered.get((name, self.last)) != expected
                if changed or name == NAMES[self.turn % len(NAMES)]:
                    self._check_http(name, self.last)

        @invariant()
        def the_audit_chain_verifies(self) -> None:
            assert verify().ok

    return AccessMachine


WRITERS_WITH_DESK = {n for n, (role, desks) in ROLES.items() if role in WRITERS and desks}


def test_access_holds_after_every_step_of_random_case_histories(
    caseworker: User,
    teammate: User,
    outsider: User,
    supervisor: User,
    other_supervisor: User,
    security_officer: User,
    auditor: User,
    client_for: Callable[[User | None], Client],
    bearer: Callable[[User], dict[str, str]],
) -> None:
    users = {
        "caseworker": caseworker,
        "teammate": teammate,
        "outsider": outsider,
        "supervisor": supervisor,
        "other_supervisor": other_supervisor,
        "security_officer": security_officer,
        "auditor": auditor,
    }
    assert {n: (u.role, {c.code for c in u.compartments.all()}) for n, u in users.items()} == ROLES
    pages = {name: client_for(user) for name, user in users.items()}
    api = {name: bearer(user) for name, user in users.items()}
    run_state_machine_as_test(
        _machine(users, pages, api),
        settings=settings(
            max_examples=20,
            stateful_step_count=15,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
