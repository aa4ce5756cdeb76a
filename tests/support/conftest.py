"""Around the fixed people: 金 正一's case in "east", confirmed against a manifest,
with a household set up for support, and two payment officers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from pytest_django.plugin import blocking_manager_key

from hogo.accounts.models import Role, User
from hogo.cases.models import Case
from hogo.people.models import Person
from hogo.registries.actions import confirm_match, import_registry
from hogo.registries.models import EligibilityEvidence
from hogo.registries.selectors import candidate
from hogo.support.actions import create_household, start_entitlement
from hogo.support.models import Benefit, Entitlement, Household
from hogo.support.programmes import load_programmes

MANIFEST = (
    "record_id,family_name,given_name,family_name_reading,given_name_reading,other_names,"
    "sex,birth_date,birth_place,nationality,spouse_name,departure_year\n"
    "R1,金,正一,キン,セイイチ,金田 正一,M,昭和10年3月5日,咸鏡北道,朝鮮,佐藤 花子,1960\n"
    "R3,李,順子,リ,スンジャ,,F,1941,,朝鮮,,1961\n"
)


@pytest.fixture
def programmes(db: None) -> None:
    load_programmes(actor=None)


@pytest.fixture
def monthly(programmes: None) -> Benefit:
    return Benefit.objects.get(programme__code="abductee-act", code="monthly")


@pytest.fixture
def evidence(tmp_path: Path, person: Person, caseworker: User) -> EligibilityEvidence:
    path = tmp_path / "manifests.csv"
    path.write_text(MANIFEST, encoding="utf-8")
    import_registry(name="manifests", path=path, actor=None)
    found = candidate(person, "manifests", "R1", reader=caseworker)
    assert found is not None
    return confirm_match(person, found, reason="Manifest matches his statement.", actor=caseworker)


@pytest.fixture
def household(case: Case, person: Person, caseworker: User) -> Household:
    return create_household(
        case, payee=person, members=[], arrived_on=date(2026, 1, 20), actor=caseworker
    )


@pytest.fixture
def entitled(
    household: Household, monthly: Benefit, evidence: EligibilityEvidence, caseworker: User
) -> Entitlement:
    """Decided on 2026-02-16: paid from March 2026."""
    return start_entitlement(household, monthly, decided_on=date(2026, 2, 16), actor=caseworker)


@pytest.fixture
def preparer(make_user: Callable[..., User]) -> User:
    return make_user("preparer", Role.PAYMENT_OFFICER)


@pytest.fixture
def approver(make_user: Callable[..., User]) -> User:
    return make_user("approver", Role.PAYMENT_OFFICER)


@pytest.fixture
def second_approver(make_user: Callable[..., User]) -> User:
    return make_user("second_approver", Role.PAYMENT_OFFICER)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """Let a transactional test's database be emptied after it on PostgreSQL.

    Django empties the tables after a `transaction=True` test with TRUNCATE, which the
    audit log's append-only trigger refuses (as it must in production). For that
    clean-up only, this session runs as a replica (its ordinary triggers do not
    fire), and goes back to normal once the tables are empty.
    """
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction", False)
    if not (transactional and connection.vendor == "postgresql"):
        yield
        return
    blocker = item.config.stash[blocking_manager_key]
    with blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
    yield
    if connection.connection is None:
        return  # closed (the test database is gone): the setting went with the session
    with blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = DEFAULT")
