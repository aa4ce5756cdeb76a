"""Beyond the fixed world: a second supervisor of "east" and a case in "west"."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from hogo.accounts.models import Compartment, Role, User
from hogo.accounts.sudo import SUDO_UNTIL
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind
from tests.conftest import sign_in_verified


@pytest.fixture
def deputy(make_user: Callable[..., User], east: Compartment) -> User:
    """A second supervisor of "east": the one who may approve the supervisor's requests."""
    return make_user("deputy", Role.SUPERVISOR, east)


@pytest.fixture
def west_case(outsider: User, west: Compartment) -> Case:
    person = create_person(actor=outsider, names=[NameInput(NameKind.LEGAL, "朴", "英姫")])
    return case_actions.create_case(
        actor=outsider, person=person, category=Category.OTHER, compartment=west
    )


@pytest.fixture
def sudo_client_for() -> Callable[[User], Client]:
    """A browser signed in as the user who has just typed their password again."""

    def make(user: User) -> Client:
        client = Client(raise_request_exception=False)
        sign_in_verified(client, user)
        session = client.session
        session[SUDO_UNTIL] = time.time() + 300
        session.save()
        return client

    return make


@pytest.fixture
def travel(monkeypatch: pytest.MonkeyPatch) -> Callable[[timedelta], datetime]:
    """Move the clock forward, as every `timezone.now()` in hogo reads it."""
    real_now = timezone.now
    offset = timedelta()

    def fake_now() -> datetime:
        return real_now() + offset

    monkeypatch.setattr(timezone, "now", fake_now)

    def go(by: timedelta) -> datetime:
        nonlocal offset
        offset += by
        return fake_now()

    return go


__all__: list[Any] = []
