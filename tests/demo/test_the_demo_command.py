from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from hogo.accounts.models import Role, User
from hogo.cases.models import Case
from hogo.demo import generator


def run(*args: str) -> str:
    out = StringIO()
    call_command("demo", "--no-serve", "--cases", "20", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_no_serve_loads_prints_the_sign_in_table_and_returns() -> None:
    output = run("--port", "8123")
    assert Case.objects.count() == 20
    assert "http://127.0.0.1:8123/" in output
    for account in generator.ACCOUNTS:
        assert account.username in output
    assert generator.DEMO_PASSWORD in output


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
