"""`hogo demo` creates accounts with a published password: it refuses any database in use.

It loads only with debug on (it turns it on itself; an explicit HOGO_DEBUG=0 is
production), into PostgreSQL only when asked by name, and only into a database
that holds nothing but what the demo made.
"""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from hogo.accounts.models import Compartment, Role, User
from hogo.cases.models import Case


def run(*args: str) -> str:
    out = StringIO()
    call_command("demo", "--no-serve", "--cases", "4", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def on_postgresql() -> tuple[str, ...]:
    return ("--on-postgresql",) if connection.vendor == "postgresql" else ()


def nothing_was_loaded(users_before: int) -> bool:
    return not Case.objects.exists() and User.objects.count() == users_before


@pytest.mark.django_db
def test_it_refuses_a_database_holding_an_account_it_did_not_make(settings: Any) -> None:
    settings.DEBUG = True
    User.objects.create_user(username="consul.tanaka", password="x", role=Role.CASEWORKER)
    with pytest.raises(CommandError, match="the demo did not make"):
        run(*on_postgresql())
    assert nothing_was_loaded(1)
    assert not User.objects.filter(username="caseworker1").exists()


@pytest.mark.django_db
def test_it_refuses_a_database_holding_a_compartment_it_did_not_make(settings: Any) -> None:
    settings.DEBUG = True
    Compartment.objects.create(code="seoul", name="Seoul")
    with pytest.raises(CommandError, match="is in use"):
        run(*on_postgresql())
    assert nothing_was_loaded(0)


@pytest.mark.django_db
def test_it_refuses_production_settings(settings: Any) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="HOGO_DEBUG is off"):
        run(*on_postgresql())
    assert nothing_was_loaded(0)


@pytest.mark.django_db
def test_it_refuses_postgresql_unless_asked_by_name(settings: Any, monkeypatch: Any) -> None:
    settings.DEBUG = True
    monkeypatch.setattr(connection, "vendor", "postgresql")
    with pytest.raises(CommandError, match="--on-postgresql"):
        run()
    assert nothing_was_loaded(0)
