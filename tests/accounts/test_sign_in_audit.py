"""Every step of signing in and out leaves an audit entry, and signing out ends the session."""

from __future__ import annotations

import json

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from tests.conftest import PASSWORD, totp_code


def _actions() -> list[str]:
    return list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))


def test_a_full_sign_in_and_out_is_audited_step_by_step(caseworker: User) -> None:
    device = TOTPDevice.objects.create(user=caseworker, name="phone", confirmed=True)
    client = Client()
    client.post(reverse("accounts:login"), {"username": caseworker.username, "password": PASSWORD})
    client.post(reverse("accounts:verify"), {"code": totp_code(device)})
    session_key = client.session.session_key
    client.post(reverse("accounts:logout"))
    assert _actions()[-3:] == [
        "accounts.sign_in",
        "accounts.second_factor",
        "accounts.sign_out",
    ]
    # Signing out ends the session on the server, not only in the browser.
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("front:home")).status_code == 302


def test_a_failed_sign_in_keeps_the_username_tried_and_never_the_password(
    caseworker: User,
) -> None:
    Client().post(
        reverse("accounts:login"), {"username": caseworker.username, "password": "wrong guess 123"}
    )
    entry = AuditEntry.objects.get(action="accounts.sign_in_failed")
    assert entry.data == {"username": caseworker.username}
    assert "wrong guess" not in json.dumps(entry.data)
