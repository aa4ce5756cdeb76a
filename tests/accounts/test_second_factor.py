"""After the password, a second factor: nothing is reachable until it is passed."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth.hashers import check_password
from django.test import Client
from django.urls import get_resolver, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts import factors
from hogo.accounts.middleware import BEFORE_SECOND_FACTOR, BEFORE_SECOND_FACTOR_NAMESPACES
from hogo.accounts.models import RecoveryCode, RecoveryCodeDevice, User
from hogo.audit.models import AuditEntry
from tests.access.test_page_matrix import POLICY, _walk, page_urls
from tests.accounts.steps import type_enrolment_code
from tests.conftest import PASSWORD, totp_code

ClientFor = Callable[[User | None], Client]


def password_only(user: User) -> Client:
    """A browser that typed the right password and nothing more."""
    client = Client(raise_request_exception=False)
    response = client.post(
        reverse("accounts:login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def enrolled(user: User) -> TOTPDevice:
    device: TOTPDevice = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return device


def _url(name: str) -> str:
    pattern = dict(_walk(get_resolver().url_patterns))[name]
    kwargs: dict[str, Any] = {
        key: 1 if converter.regex == "[0-9]+" else "x"
        for key, converter in pattern.pattern.converters.items()
    }
    return reverse(name, kwargs=kwargs)


def _open_before_second_factor(name: str) -> bool:
    return name in BEFORE_SECOND_FACTOR or name.split(":")[0] in BEFORE_SECOND_FACTOR_NAMESPACES


@pytest.mark.parametrize(
    "name", [name for name in page_urls() if not _open_before_second_factor(name)]
)
def test_no_page_is_reachable_with_the_password_alone(
    name: str, caseworker: User, administrator: User
) -> None:
    enrolled(caseworker)
    client = password_only(caseworker)
    url = _url(name)
    response = client.post(url) if POLICY[name].method == "POST" else client.get(url)
    assert response.status_code == 302, name
    assert response["Location"].startswith(reverse("accounts:verify")), name


def test_the_open_pages_are_only_the_sign_in_steps() -> None:
    assert {
        "accounts:login",
        "accounts:logout",
        "accounts:verify",
        "accounts:enrol",
        "set_language",
    } == BEFORE_SECOND_FACTOR
    assert {"otp_webauthn"} == BEFORE_SECOND_FACTOR_NAMESPACES


def test_the_api_does_not_take_a_half_signed_in_session(caseworker: User) -> None:
    enrolled(caseworker)
    client = password_only(caseworker)
    assert client.get("/api/v1/cases").status_code == 401


def test_a_right_code_opens_the_site_and_is_audited(caseworker: User) -> None:
    device = enrolled(caseworker)
    client = password_only(caseworker)
    home = reverse("front:home")
    assert client.get(home)["Location"].startswith(reverse("accounts:verify"))
    response = client.post(f"{reverse('accounts:verify')}?next={home}", {"code": totp_code(device)})
    assert response["Location"] == home
    assert client.get(reverse("accounts:tokens")).status_code == 200
    entry = AuditEntry.objects.get(action="accounts.second_factor")
    assert entry.data == {"factor": "totp", "during": "sign_in"}


def test_a_wrong_code_is_refused_audited_and_throttled(caseworker: User) -> None:
    device = enrolled(caseworker)
    client = password_only(caseworker)
    right = totp_code(device)
    wrong = f"{(int(right) + 500_000) % 1_000_000:06d}"
    page = client.post(reverse("accounts:verify"), {"code": wrong})
    assert page.status_code == 200
    assert "code" in page.context["form"].errors
    assert AuditEntry.objects.filter(action="accounts.second_factor_failed").count() == 1
    # Right after a wrong code the device waits: even the right code is refused.
    page = client.post(reverse("accounts:verify"), {"code": right})
    assert page.status_code == 200
    assert "wait" in str(page.context["form"].errors["code"])
    failed = AuditEntry.objects.filter(action="accounts.second_factor_failed").last()
    assert failed is not None
    assert failed.data["throttled"] is True
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert client.get(reverse("front:home")).status_code == 302


def test_a_user_without_a_factor_enrols_first_and_gets_ten_recovery_codes(
    caseworker: User,
) -> None:
    client = password_only(caseworker)
    home = reverse("front:home")
    assert client.get(home)["Location"].startswith(reverse("accounts:enrol"))
    type_enrolment_code(client, caseworker)
    page = client.get(reverse("accounts:enrol"))
    assert page.status_code == 200
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page.content.decode())
    assert secret is not None
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=caseworker, confirmed=False)
    assert factors.totp_secret(device) == secret.group(1)

    page = client.post(reverse("accounts:enrol"), {"code": "000000"})
    assert "code" in page.context["form"].errors
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()

    page = client.post(reverse("accounts:enrol"), {"code": totp_code(device)})
    assert page.status_code == 200
    codes = page.context["codes"]
    assert len(codes) == 10
    assert len(set(codes)) == 10
    assert client.get(reverse("accounts:tokens")).status_code == 200
    # Only hashes are stored.
    stored = list(RecoveryCode.objects.values_list("code_hash", flat=True))
    assert not any(code.replace("-", "") in value for code in codes for value in stored)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"accounts.factor_enrol", "accounts.recovery_codes_issue"} <= actions


def test_a_recovery_code_works_once(caseworker: User) -> None:
    enrolled(caseworker)
    codes = factors.issue_recovery_codes(actor=caseworker)
    first = password_only(caseworker)
    response = first.post(reverse("accounts:verify"), {"code": codes[3].upper()})
    assert response.status_code == 302
    assert first.get(reverse("accounts:tokens")).status_code == 200
    assert RecoveryCodeDevice.objects.get(user=caseworker).remaining() == 9

    second = password_only(caseworker)
    page = second.post(reverse("accounts:verify"), {"code": codes[3]})
    assert page.status_code == 200
    assert "code" in page.context["form"].errors
    assert second.get(reverse("front:home")).status_code == 302
    used = AuditEntry.objects.get(action="accounts.second_factor")
    assert used.data["factor"] == "recovery_code"
    assert used.data["recovery_codes_left"] == 9


def test_new_recovery_codes_replace_the_old_and_need_sudo(
    caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    old = factors.issue_recovery_codes(actor=caseworker)
    response = client.post(reverse("accounts:recovery_codes"))
    assert response["Location"].startswith(reverse("accounts:reauth"))
    code = totp_code(TOTPDevice.objects.get(user=caseworker))
    client.post(reverse("accounts:reauth"), {"password": PASSWORD, "code": code})
    page = client.post(reverse("accounts:recovery_codes"))
    new = page.context["codes"]
    assert set(new).isdisjoint(old)
    device = RecoveryCodeDevice.objects.get(user=caseworker)
    assert not device.verify_token(old[0])
    device.throttle_reset()
    assert device.verify_token(new[0])


def test_the_security_page_lists_the_factors(caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    factors.issue_recovery_codes(actor=caseworker)
    page = client.get(reverse("accounts:security"))
    text = page.content.decode()
    assert page.status_code == 200
    assert "10 recovery codes left" in text
    assert page.context["factors"].count == 1


def _sudo(client: Client, user: User) -> None:
    code = totp_code(TOTPDevice.objects.filter(user=user).first())
    response = client.post(reverse("accounts:reauth"), {"password": PASSWORD, "code": code})
    assert response.status_code == 302


def test_the_last_factor_cannot_be_removed(caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    device = TOTPDevice.objects.get(user=caseworker)
    remove = reverse("accounts:remove_factor")
    response = client.post(remove, {"device": device.persistent_id})
    assert response["Location"].startswith(reverse("accounts:reauth"))
    _sudo(client, caseworker)
    client.post(remove, {"device": device.persistent_id})
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    assert not AuditEntry.objects.filter(action="accounts.factor_remove").exists()


def test_a_second_factor_can_be_removed_and_that_is_audited(
    caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    _sudo(client, caseworker)
    spare = TOTPDevice.objects.create(user=caseworker, name="old phone", confirmed=True)
    client.post(reverse("accounts:remove_factor"), {"device": spare.persistent_id})
    assert not TOTPDevice.objects.filter(pk=spare.pk).exists()
    assert AuditEntry.objects.get(action="accounts.factor_remove").data == {"factor": "totp"}


def test_nobody_removes_someone_elses_factor(
    caseworker: User, teammate: User, client_for: ClientFor
) -> None:
    theirs = enrolled(teammate)
    enrolled(teammate)
    client = client_for(caseworker)
    _sudo(client, caseworker)
    response = client.post(reverse("accounts:remove_factor"), {"device": theirs.persistent_id})
    assert response.status_code == 404
    assert TOTPDevice.objects.filter(pk=theirs.pk).exists()


def test_an_administrator_resets_a_lost_phone(
    administrator: User, caseworker: User, client_for: ClientFor
) -> None:
    theirs = client_for(caseworker)
    factors.issue_recovery_codes(actor=caseworker)
    admin = client_for(administrator)
    url = reverse("accounts:reset_factors", kwargs={"pk": caseworker.pk})
    assert admin.post(url)["Location"].startswith(reverse("accounts:reauth"))
    _sudo(admin, administrator)
    admin.post(url)
    assert not TOTPDevice.objects.filter(user=caseworker).exists()
    assert not RecoveryCodeDevice.objects.filter(user=caseworker).exists()
    entry = AuditEntry.objects.get(action="accounts.factors_reset")
    assert entry.object_id == str(caseworker.pk)
    assert entry.data["sessions_ended"] == 1
    # Whoever holds the old session is signed out, and cannot enrol a factor of their own.
    assert theirs.get(reverse("accounts:enrol"))["Location"].startswith(reverse("accounts:login"))
    # The administrator stays signed in.
    assert admin.get(reverse("accounts:list")).status_code == 200


def test_only_administrators_reset_factors(
    supervisor: User, caseworker: User, client_for: ClientFor
) -> None:
    enrolled(caseworker)
    client = client_for(supervisor)
    url = reverse("accounts:reset_factors", kwargs={"pk": caseworker.pk})
    assert client.post(url).status_code == 404
    assert TOTPDevice.objects.filter(user=caseworker).exists()


def test_sign_out_works_before_the_second_factor(caseworker: User) -> None:
    enrolled(caseworker)
    client = password_only(caseworker)
    response = client.post(reverse("accounts:logout"))
    assert response["Location"] == reverse("accounts:login")


def test_a_passkey_only_user_is_asked_for_the_passkey(caseworker: User) -> None:
    WebAuthnCredential.objects.create(
        user=caseworker,
        name="laptop",
        confirmed=True,
        credential_id=b"synthetic-credential",
        public_key=b"synthetic-key",
        sign_count=0,
    )
    client = password_only(caseworker)
    assert client.get(reverse("front:home"))["Location"].startswith(reverse("accounts:verify"))
    page = client.get(reverse("accounts:verify"))
    assert b"passkey-verification-placeholder" in page.content


def test_the_passkey_scripts_speak_japanese(caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    client.post(reverse("set_language"), {"language": "ja", "next": "/"})
    catalog = client.get(reverse("otp_webauthn:js-i18n-catalog")).content.decode()
    assert "Register a Passkey" in catalog
    assert "パスキーを登録".encode("unicode_escape").decode() in catalog


def test_the_password_alone_cannot_add_a_factor_to_an_enrolled_account(caseworker: User) -> None:
    enrolled(caseworker)
    client = password_only(caseworker)
    response = client.get(reverse("accounts:enrol"))
    assert response["Location"].startswith(reverse("accounts:verify"))
    response = client.post(reverse("accounts:enrol"), {"code": "123456"})
    assert response["Location"].startswith(reverse("accounts:verify"))
    passkey = client.post(reverse("otp_webauthn:credential-registration-begin"))
    assert passkey.status_code == 403
    assert TOTPDevice.objects.filter(user=caseworker).count() == 1


def test_a_recovery_code_costs_one_password_hash_check(caseworker: User) -> None:
    codes = factors.issue_recovery_codes(actor=caseworker)
    device = RecoveryCodeDevice.objects.get(user=caseworker)
    assert len({code[:4] for code in codes}) == 10
    with mock.patch("hogo.accounts.models.check_password", wraps=check_password) as check:
        assert device.verify_token(codes[7])
    assert check.call_count == 1


def test_the_second_factor_is_always_on(settings: Any) -> None:
    middleware = list(settings.MIDDLEWARE)
    otp = middleware.index("django_otp.middleware.OTPMiddleware")
    second = middleware.index("hogo.accounts.middleware.SecondFactorMiddleware")
    assert middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") < otp
    assert otp < second
    assert settings.OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN is False
    assert settings.OTP_TOTP_THROTTLE_FACTOR >= 1
    assert settings.OTP_RECOVERY_THROTTLE_FACTOR >= 1
