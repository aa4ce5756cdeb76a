"""Passkey ceremonies as hogo wraps them: audited, second factor only, and able to
confirm a sensitive action. The cryptography itself is django-otp-webauthn's (and
is driven for real in tests/browser/test_second_factor.py); here it is replaced by
a stand-in that answers as it would."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django_otp_webauthn import exceptions
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts.models import User
from hogo.accounts.sudo import in_sudo_mode
from hogo.audit.models import AuditEntry
from tests.accounts.steps import type_enrolment_code
from tests.conftest import PASSWORD

ClientFor = Callable[[User | None], Client]

COMPLETE_AUTH = "otp_webauthn:credential-authentication-complete"


def passkey(user: User, name: str = "laptop", *, confirmed: bool = True) -> WebAuthnCredential:
    credential: WebAuthnCredential = WebAuthnCredential.objects.create(
        user=user,
        name=name,
        confirmed=confirmed,
        credential_id=f"synthetic-{name}-{user.pk}".encode(),
        public_key=b"synthetic-key",
        sign_count=0,
    )
    return credential


def _with_state(client: Client, key: str) -> None:
    session = client.session
    session[key] = {"challenge": "synthetic"}
    session.save()


def _post_json(client: Client, name: str, query: str = "") -> Any:
    return client.post(
        reverse(name) + query, data=json.dumps({"id": "x"}), content_type="application/json"
    )


@pytest.fixture
def answers() -> Iterator[dict[str, Any]]:
    """What the stand-in ceremony returns (a credential) or raises (an API error)."""
    outcome: dict[str, Any] = {}

    def complete(self: Any, **kwargs: Any) -> Any:
        if "error" in outcome:
            raise outcome["error"]
        credential = outcome["credential"]
        if not credential.confirmed:  # a registration makes a usable credential
            credential.confirmed = True
            credential.save()
        return credential

    with (
        mock.patch("hogo.accounts.passkeys.Helper.authenticate_complete", complete),
        mock.patch("hogo.accounts.passkeys.Helper.register_complete", complete),
    ):
        yield outcome


def password_only(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
    return client


def test_a_first_passkey_is_enrolled_audited_and_verifies_the_session(
    caseworker: User, answers: dict[str, Any]
) -> None:
    client = password_only(caseworker)
    type_enrolment_code(client, caseworker)
    answers["credential"] = passkey(caseworker, confirmed=False)
    _with_state(client, "otp_webauthn_register_state")
    response = _post_json(client, "otp_webauthn:credential-registration-complete")
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="accounts.factor_enrol")
    assert entry.data["factor"] == "passkey"
    # Then the enrolment page shows the recovery codes once.
    page = client.get(reverse("accounts:enrol"))
    assert len(page.context["codes"]) == 10


def test_signing_in_with_a_passkey_is_audited(caseworker: User, answers: dict[str, Any]) -> None:
    answers["credential"] = passkey(caseworker)
    client = password_only(caseworker)
    before = client.session.session_key
    _with_state(client, "otp_webauthn_authentication_state")
    response = _post_json(client, COMPLETE_AUTH, "?next=/accounts/tokens/")
    assert response.status_code == 200
    assert response.json()["redirect_url"] == "/accounts/tokens/"
    assert client.get(reverse("accounts:tokens")).status_code == 200
    assert client.session.session_key != before
    entry = AuditEntry.objects.get(action="accounts.second_factor")
    assert entry.data == {"factor": "passkey", "during": "sign_in"}


def test_a_failed_passkey_is_audited_and_opens_nothing(
    caseworker: User, answers: dict[str, Any]
) -> None:
    passkey(caseworker)
    answers["error"] = exceptions.CredentialNotFound()
    client = password_only(caseworker)
    _with_state(client, "otp_webauthn_authentication_state")
    response = _post_json(client, COMPLETE_AUTH)
    assert response.status_code == 404
    assert client.get(reverse("accounts:tokens")).status_code == 302
    entry = AuditEntry.objects.get(action="accounts.second_factor_failed")
    assert entry.data["factor"] == "passkey"
    assert entry.data["reason"] == "credential_not_found"


def test_someone_elses_passkey_does_not_verify_the_session(
    caseworker: User, teammate: User, answers: dict[str, Any]
) -> None:
    passkey(caseworker)
    answers["credential"] = passkey(teammate)
    client = password_only(caseworker)
    _with_state(client, "otp_webauthn_authentication_state")
    response = _post_json(client, COMPLETE_AUTH)
    assert response.status_code == 403
    assert client.get(reverse("accounts:tokens")).status_code == 302


def test_passkeys_never_sign_in_without_the_password(
    caseworker: User, answers: dict[str, Any]
) -> None:
    answers["credential"] = passkey(caseworker)
    client = Client(raise_request_exception=False)
    response = client.post(reverse("otp_webauthn:credential-authentication-begin"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_passkey_confirms_a_sensitive_action_after_the_password(
    administrator: User, client_for: ClientFor, answers: dict[str, Any]
) -> None:
    client = client_for(administrator)
    answers["credential"] = passkey(administrator)
    page = client.post(reverse("accounts:reauth"), {"password": PASSWORD, "code": ""})
    assert page.status_code == 200
    assert b"passkey-verification-placeholder" in page.content
    assert client.get(reverse("accounts:create")).status_code == 302
    _with_state(client, "otp_webauthn_authentication_state")
    response = _post_json(client, COMPLETE_AUTH)
    assert response.status_code == 200
    assert client.get(reverse("accounts:create")).status_code == 200
    assert AuditEntry.objects.get(action="accounts.second_factor").data["during"] == "reauth"


def test_a_passkey_alone_does_not_confirm_a_sensitive_action(
    administrator: User, client_for: ClientFor, answers: dict[str, Any]
) -> None:
    client = client_for(administrator)
    answers["credential"] = passkey(administrator)
    _with_state(client, "otp_webauthn_authentication_state")
    _post_json(client, COMPLETE_AUTH)
    assert client.get(reverse("accounts:create")).status_code == 302
    assert not in_sudo_mode_of(client)


def in_sudo_mode_of(client: Client) -> bool:
    request = mock.Mock()
    request.session = client.session
    return in_sudo_mode(request)
