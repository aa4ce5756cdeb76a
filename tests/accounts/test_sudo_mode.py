"""Changing accounts needs the administrator's password and second factor again."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from tests.conftest import PASSWORD, totp_code

ClientFor = Callable[[User | None], Client]


def test_a_role_change_first_asks_for_the_password(
    administrator: User, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    url = reverse("accounts:edit", kwargs={"pk": caseworker.pk})
    response = client.post(url, {"role": "supervisor", "is_active": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    caseworker.refresh_from_db()
    assert caseworker.role == "caseworker"


def test_after_confirming_the_password_the_change_goes_through(
    administrator: User, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    url = reverse("accounts:edit", kwargs={"pk": caseworker.pk})
    code = totp_code(TOTPDevice.objects.get(user=administrator))
    confirm = client.post(
        f"{reverse('accounts:reauth')}?next={url}", {"password": PASSWORD, "code": code}
    )
    assert confirm["Location"] == url
    # A change that opens no case contents: it applies at once.
    client.post(url, {"role": "auditor", "is_active": "on"})
    caseworker.refresh_from_db()
    assert caseworker.role == "auditor"
    assert AuditEntry.objects.filter(action="accounts.reauth").exists()
    assert AuditEntry.objects.filter(
        action="accounts.update", object_id=str(caseworker.pk)
    ).exists()


def test_a_wrong_password_does_not_open_sudo_mode(
    administrator: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    page = client.post(reverse("accounts:reauth"), {"password": "not it at all"})
    assert page.status_code == 200
    assert "password" in page.context["form"].errors
    assert client.get(reverse("accounts:create")).status_code == 302


def test_the_return_address_must_be_on_this_site(
    administrator: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    code = totp_code(TOTPDevice.objects.get(user=administrator))
    response = client.post(
        f"{reverse('accounts:reauth')}?next=https://evil.example/",
        {"password": PASSWORD, "code": code},
    )
    assert response["Location"] == reverse("front:home")


def test_the_password_alone_does_not_open_sudo_mode(
    administrator: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    page = client.post(reverse("accounts:reauth"), {"password": PASSWORD})
    assert page.status_code == 200
    assert "code" in page.context["form"].errors
    assert client.get(reverse("accounts:create")).status_code == 302


def test_a_wrong_code_with_the_right_password_is_refused_and_audited(
    administrator: User, client_for: ClientFor
) -> None:
    client = client_for(administrator)
    right = totp_code(TOTPDevice.objects.get(user=administrator))
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    page = client.post(reverse("accounts:reauth"), {"password": PASSWORD, "code": wrong})
    assert "code" in page.context["form"].errors
    assert client.get(reverse("accounts:create")).status_code == 302
    failed = AuditEntry.objects.get(action="accounts.second_factor_failed")
    assert failed.data["during"] == "reauth"
