"""Steps several account tests take: confirming it is you, typing an enrolment code."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts import actions
from hogo.accounts.models import User
from tests.conftest import PASSWORD, totp_code


def enter_sudo(client: Client, user: User) -> None:
    """Confirm the password and a code again, as the page asks before a sensitive action."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    assert device is not None
    response = client.post(
        reverse("accounts:reauth"), {"password": PASSWORD, "code": totp_code(device)}
    )
    assert response.status_code == 302


def type_enrolment_code(client: Client, user: User) -> None:
    """The owner types the one-time code an administrator handed them."""
    code, _expires_at = actions.issue_enrolment_code(user, actor=None)
    response = client.post(reverse("accounts:enrol"), {"enrolment_code": code})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:enrol"))
