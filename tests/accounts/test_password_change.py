"""Users change their own password, giving the current one; other sessions end."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from tests.conftest import PASSWORD

NEW = "a much longer passphrase of mine 42"


def test_a_user_changes_their_password_and_other_sessions_end(
    caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    here, elsewhere = client_for(caseworker), client_for(caseworker)
    response = here.post(
        reverse("accounts:password"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 302
    caseworker.refresh_from_db()
    assert caseworker.check_password(NEW)
    assert here.get(reverse("accounts:security")).status_code == 200
    assert elsewhere.get(reverse("accounts:security")).status_code == 302
    entry = AuditEntry.objects.get(action="accounts.password_change")
    assert entry.actor_id == caseworker.pk
    assert PASSWORD not in str(entry.data)
    assert NEW not in str(entry.data)


def test_the_current_password_is_required(
    caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(caseworker).post(
        reverse("accounts:password"),
        {"old_password": "not my password", "new_password1": NEW, "new_password2": NEW},
    )
    assert page.status_code == 200
    assert "old_password" in page.context["form"].errors
    caseworker.refresh_from_db()
    assert caseworker.check_password(PASSWORD)
    assert not AuditEntry.objects.filter(action="accounts.password_change").exists()


def test_short_common_or_mismatched_passwords_are_refused_with_a_reason(
    caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(caseworker)
    for new1, new2 in (("short", "short"), ("password1234", "password1234"), (NEW, NEW + "x")):
        page = client.post(
            reverse("accounts:password"),
            {"old_password": PASSWORD, "new_password1": new1, "new_password2": new2},
        )
        assert page.status_code == 200, new1
        assert page.context["form"].errors["new_password2"], new1
    caseworker.refresh_from_db()
    assert caseworker.check_password(PASSWORD)


def test_a_64_character_password_of_any_characters_is_taken_as_typed(
    caseworker: User, client_for: Callable[[User | None], Client]
) -> None:
    long = "Ünïcødé 保護 " + "x" * 45 + " ☃ TRAILING "
    assert len(long) >= 64
    client_for(caseworker).post(
        reverse("accounts:password"),
        {"old_password": PASSWORD, "new_password1": long, "new_password2": long},
    )
    caseworker.refresh_from_db()
    assert caseworker.check_password(long)
    assert not caseworker.check_password(long.strip())
    assert not caseworker.check_password(long.lower())
