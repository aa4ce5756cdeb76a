"""The fixed people every test is told around.

Compartment "east" holds the case of 金 正一. The caseworker is its officer;
the teammate is a caseworker of the same compartment it was not shared with;
the outsider works in another compartment. The supervisor and the security
officer belong to "east"; the auditor, administrator and statistician read
no case contents at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import settings as hypothesis_settings

from hogo.accounts.models import Compartment, Role, User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind, Person

# The live server and the browser, shared by every browser test of the suite.
pytest_plugins = ["tests.browser.fixtures"]

# Under CI, property tests replay the same examples every run: a failure there is
# reproducible, and exploring new examples is left to developers' runs.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

PASSWORD = "correct horse battery staple 7"

# The PostgreSQL half of `make test` runs only the tests that reach a database
# (HOGO_DATABASE_TESTS_ONLY=1): a test of transliteration or scoring runs the same
# code on either database, so the SQLite half has already run it. A test reaches the
# database through pytest-django (its marker, its fixtures, Django's test cases),
# through hogo's markers for PostgreSQL and the browser (whose server runs on the
# configured database), or by naming the configured database in its module
# (HOGO_DATABASE_URL, django.db's connection, psycopg): such modules are kept whole.
DATABASE_FIXTURES = frozenset(
    {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}
)
DATABASE_MARKERS = ("django_db", "postgres", "browser")
NAMES_OF_THE_DATABASE = ("HOGO_DATABASE_URL", "connection", "psycopg")


def _reaches_the_database(item: pytest.Item, sources: dict[str, str]) -> bool:
    from django.test import TransactionTestCase

    if any(item.get_closest_marker(name) for name in DATABASE_MARKERS):
        return True
    if DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return True
    path = str(item.path)
    if path not in sources:
        sources[path] = item.path.read_text(encoding="utf-8")
    return any(name in sources[path] for name in NAMES_OF_THE_DATABASE)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("HOGO_DATABASE_TESTS_ONLY") != "1":
        return
    sources: dict[str, str] = {}
    kept, left = [], []
    for item in items:
        (kept if _reaches_the_database(item, sources) else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any, tmp_path: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.DOCUMENT_ROOT = tmp_path / "documents"


@pytest.fixture(autouse=True)
def _language_of_each_test_is_its_own() -> Any:
    """Every test starts in the default language and leaves it so: a test that switches
    language (a request, `translation.activate`, `override` left open) must not change
    the words the next test on the same worker reads."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def east(db: None) -> Compartment:
    return Compartment.objects.create(code="east", name="East Asia desk")


@pytest.fixture
def west(db: None) -> Compartment:
    return Compartment.objects.create(code="west", name="Other desk")


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(username: str, role: Role, *compartments: Compartment) -> User:
        user = User.objects.create_user(username=username, password=PASSWORD, role=role)
        user.compartments.set(compartments)
        return user

    return make


@pytest.fixture
def caseworker(make_user: Callable[..., User], east: Compartment) -> User:
    return make_user("caseworker", Role.CASEWORKER, east)


@pytest.fixture
def teammate(make_user: Callable[..., User], east: Compartment) -> User:
    return make_user("teammate", Role.CASEWORKER, east)


@pytest.fixture
def outsider(make_user: Callable[..., User], west: Compartment) -> User:
    return make_user("outsider", Role.CASEWORKER, west)


@pytest.fixture
def supervisor(make_user: Callable[..., User], east: Compartment) -> User:
    return make_user("supervisor", Role.SUPERVISOR, east)


@pytest.fixture
def other_supervisor(make_user: Callable[..., User], west: Compartment) -> User:
    return make_user("other_supervisor", Role.SUPERVISOR, west)


@pytest.fixture
def security_officer(make_user: Callable[..., User], east: Compartment) -> User:
    return make_user("security", Role.SECURITY_OFFICER, east)


@pytest.fixture
def auditor(make_user: Callable[..., User]) -> User:
    return make_user("auditor", Role.AUDITOR)


@pytest.fixture
def administrator(make_user: Callable[..., User]) -> User:
    return make_user("administrator", Role.ADMINISTRATOR)


@pytest.fixture
def statistician(make_user: Callable[..., User]) -> User:
    return make_user("statistician", Role.STATISTICIAN)


@pytest.fixture
def payment_officer(make_user: Callable[..., User]) -> User:
    return make_user("payment_officer", Role.PAYMENT_OFFICER)


@pytest.fixture
def person(caseworker: User) -> Person:
    return create_person(
        actor=caseworker,
        names=[
            NameInput(NameKind.LEGAL, "金", "正一"),
            NameInput(NameKind.READING, "キン", "セイイチ"),
            NameInput(NameKind.HANGUL, "김", "정일"),
            NameInput(NameKind.ALIAS, "金田", "正一"),
        ],
        sex="M",
        birth_date_text="昭和10年3月5日",
        birthplace="新潟県",
        nationality_claimed="朝鮮",
    )


@pytest.fixture
def case(caseworker: User, person: Person, east: Compartment) -> Case:
    return case_actions.create_case(
        actor=caseworker,
        person=person,
        category=Category.FORMER_RESIDENT,
        compartment=east,
        priority=3,
        summary="Reached a safe house near the border.",
    )


def sign_in_verified(client: Client, user: User) -> TOTPDevice:
    """Sign the client in as the user, past the second factor, as a real sign-in would be.

    The user gets an authenticator app (TOTP device) if they have none, and the
    session is marked as verified with it exactly as django_otp.login does.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def totp_code(device: TOTPDevice) -> str:
    """The code the user's authenticator app would show now."""
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):0{device.digits}d}"


@pytest.fixture
def client_for() -> Callable[[User | None], Client]:
    """A browser signed in as the user (or anonymous), that sees 500s as responses."""

    def make(user: User | None) -> Client:
        client = Client(raise_request_exception=False)
        if user is not None:
            sign_in_verified(client, user)
        return client

    return make


@pytest.fixture
def today() -> date:
    return date.today()
