"""A stolen session that passed the second factor cannot make itself permanent.

It cannot mint an API token without the password and a second factor again, nor
one that lasts longer than HOGO_API_TOKEN_DAYS; tokens die with a password change
and with an administrator's reset of the factors; adding an authenticator app or
a passkey needs the password and a second factor again; and guessing the current
password on the change-password form is audited and paused like a sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts import actions
from hogo.accounts.models import ApiToken, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from tests.accounts.steps import enter_sudo
from tests.conftest import PASSWORD

ClientFor = Callable[[User | None], Client]
NEW_PASSWORD = "a different horse, battery and staple 8"


def _api_status(case: Case, secret: str) -> int:
    headers = {"Authorization": f"Bearer {secret}"}
    return int(Client().get(f"/api/v1/cases/{case.pk}", headers=headers).status_code)


def test_issuing_a_token_needs_sudo_mode(caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    response = client.post(reverse("accounts:tokens"), {"label": "sync script", "days": 7})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    assert not ApiToken.objects.exists()
    enter_sudo(client, caseworker)
    page = client.post(reverse("accounts:tokens"), {"label": "sync script", "days": 7})
    assert page.context["secret"].startswith("hogo_")
    assert ApiToken.objects.filter(user=caseworker).count() == 1


def test_a_token_lasts_no_longer_than_the_configured_days(
    caseworker: User, client_for: ClientFor, settings: Any
) -> None:
    settings.API_TOKEN_DAYS = 30
    client = client_for(caseworker)
    enter_sudo(client, caseworker)
    page = client.post(reverse("accounts:tokens"), {"label": "forever", "days": 365})
    assert "days" in page.context["form"].errors
    assert not ApiToken.objects.exists()
    with pytest.raises(ValidationError):
        actions.issue_token(actor=caseworker, label="forever", days=31)
    token, _secret = actions.issue_token(actor=caseworker, label="longest", days=30)
    assert (token.expires_at - token.created_at).days <= 30


def test_a_password_change_revokes_every_token(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    _token, secret = actions.issue_token(actor=caseworker, label="sync script")
    assert _api_status(case, secret) == 200
    client = client_for(caseworker)
    response = client.post(
        reverse("accounts:password"),
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert _api_status(case, secret) == 401
    entry = AuditEntry.objects.get(action="accounts.password_change")
    assert entry.data == {"tokens_revoked": 1}


def test_a_factor_reset_revokes_every_token(
    case: Case, caseworker: User, administrator: User, client_for: ClientFor
) -> None:
    client_for(caseworker)  # the caseworker has an authenticator app
    _token, secret = actions.issue_token(actor=caseworker, label="sync script")
    admin = client_for(administrator)
    enter_sudo(admin, administrator)
    admin.post(reverse("accounts:reset_factors", kwargs={"pk": caseworker.pk}))
    assert not TOTPDevice.objects.filter(user=caseworker).exists()
    assert _api_status(case, secret) == 401
    assert AuditEntry.objects.get(action="accounts.factors_reset").data["tokens_revoked"] == 1


def test_adding_an_authenticator_app_needs_sudo_mode(
    caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    response = client.get(reverse("accounts:enrol"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    response = client.post(reverse("accounts:enrol"), {"code": "123456"})
    assert response["Location"].startswith(reverse("accounts:reauth"))
    assert not TOTPDevice.objects.filter(user=caseworker, confirmed=False).exists()
    enter_sudo(client, caseworker)
    page = client.get(reverse("accounts:enrol"))
    assert page.status_code == 200
    assert "<svg" in page.content.decode()


def test_adding_a_passkey_needs_sudo_mode(caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    begin = reverse("otp_webauthn:credential-registration-begin")
    refused = client.post(begin)
    assert refused.status_code == 403
    assert refused.json()["code"] == "sudo_required"
    # The security page offers a confirmation first instead of the passkey button.
    page = client.get(reverse("accounts:security")).content.decode()
    assert "passkey-registration-placeholder" not in page
    enter_sudo(client, caseworker)
    assert client.post(begin).status_code == 200
    page = client.get(reverse("accounts:security")).content.decode()
    assert "passkey-registration-placeholder" in page
    assert not WebAuthnCredential.objects.exists()


def test_wrong_current_passwords_are_audited_and_paused(
    caseworker: User, client_for: ClientFor, settings: Any
) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    client = client_for(caseworker)
    url = reverse("accounts:password")

    def attempt(old: str) -> Any:
        return client.post(
            url, {"old_password": old, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
        )

    for guess in ("guess one", "guess two", "guess three"):
        page = attempt(guess)
        assert "old_password" in page.context["form"].errors
    # The limit is reached: even the right password waits now.
    page = attempt(PASSWORD)
    assert "wait" in str(page.context["form"].errors["old_password"])
    caseworker.refresh_from_db()
    assert caseworker.check_password(PASSWORD)
    failed = AuditEntry.objects.filter(action="accounts.password_change_failed").order_by("seq")
    assert [entry.data["throttled"] for entry in failed] == [False, False, False, True]
    assert all(entry.actor_id == caseworker.pk for entry in failed)
    assert not AuditEntry.objects.filter(action="accounts.password_change").exists()
    # No password, right or wrong, is kept in the log.
    assert "guess" not in str(list(failed.values("changes", "data")))
