from __future__ import annotations

import base64
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts import factors
from hogo.accounts.models import RecoveryCodeDevice, Role, User
from hogo.cases.models import Case
from hogo.demo import generator


@pytest.fixture(autouse=True)
def _debug_on(settings: Any) -> None:
    # `hogo demo` turns debug on for itself; the tests run with production settings.
    settings.DEBUG = True


def run(*args: str) -> str:
    out = StringIO()
    if connection.vendor == "postgresql":
        args = (*args, "--on-postgresql")
    call_command("demo", "--no-serve", "--cases", "20", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_no_serve_loads_prints_the_sign_in_table_and_returns() -> None:
    output = run("--port", "8123")
    assert Case.objects.count() == 20
    # Nothing is served, so it does not send anyone to an address; it says how to serve.
    assert "http://127.0.0.1:8123/" not in output
    assert "HOGO_DEBUG=1 hogo serve" in output
    for account in generator.ACCOUNTS:
        assert account.username in output
    assert generator.DEMO_PASSWORD in output


@pytest.mark.django_db
def test_the_table_gives_each_user_a_second_factor_that_works() -> None:
    output = run()
    lines = {line.split()[0]: line.split() for line in output.splitlines() if line.strip()}
    for account in generator.ACCOUNTS:
        user = User.objects.get(username=account.username)
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        row = lines[account.username]
        key, now, recovery = row[-3], row[-2], row[-1]
        assert factors.totp_secret(device) == key
        assert base64.b32decode(key + "=" * (-len(key) % 8)) == device.bin_key
        assert now.isdigit()
        assert len(now) == 6
        codes = RecoveryCodeDevice.objects.get(user=user)
        assert codes.verify_token(recovery)
    # The key was made once: a second start prints the same one (and fresh recovery codes).
    again = run()
    first = next(line for line in again.splitlines() if line.startswith("caseworker1 "))
    assert first.split()[-3] == lines["caseworker1"][-3]


@pytest.mark.django_db
def test_running_it_twice_does_not_duplicate() -> None:
    run()
    cases, users = Case.objects.count(), User.objects.count()
    output = run()
    assert "already loaded" in output
    assert (Case.objects.count(), User.objects.count()) == (cases, users)


@pytest.mark.django_db
def test_there_is_one_demo_user_per_role_and_three_caseworkers() -> None:
    generator.ensure_accounts()
    roles = list(User.objects.values_list("role", flat=True))
    assert set(roles) == set(Role.values)
    assert roles.count(Role.CASEWORKER) == 3
    assert User.objects.get(username="caseworker1").check_password(generator.DEMO_PASSWORD)
