"""Authenticator-app codes work once, only in their 30-second step, by the server's clock."""

from __future__ import annotations

import math

from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts.models import (
    LOOKUP_LENGTH,
    RECOVERY_ALPHABET,
    SECRET_LENGTH,
    User,
    new_recovery_code,
)
from tests.conftest import PASSWORD, totp_code


def _password_only(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
    return client


def _verified(client: Client) -> bool:
    return client.get(reverse("accounts:tokens")).status_code == 200


def _code_steps_away(device: TOTPDevice, steps: int) -> str:
    """The code the app would show `steps` 30-second steps from now."""
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps)
    return f"{value:0{device.digits}d}"


def test_a_code_works_once(caseworker: User) -> None:
    device = TOTPDevice.objects.create(user=caseworker, name="phone", confirmed=True)
    code = totp_code(device)
    first = _password_only(caseworker)
    first.post(reverse("accounts:verify"), {"code": code})
    assert _verified(first)

    replay = _password_only(caseworker)
    page = replay.post(reverse("accounts:verify"), {"code": code})
    assert page.status_code == 200
    assert not _verified(replay)


def test_codes_step_every_30_seconds_and_old_or_future_codes_are_refused(
    caseworker: User,
) -> None:
    device = TOTPDevice.objects.create(user=caseworker, name="phone", confirmed=True)
    assert device.step == 30
    for steps in (-10, -4, 4, 10):  # minutes away: from a stale or a tampered clock
        client = _password_only(caseworker)
        client.post(reverse("accounts:verify"), {"code": _code_steps_away(device, steps)})
        assert not _verified(client), steps
        device.refresh_from_db()
        device.throttle_reset()  # so that the next refusal is the clock's, not the throttle's
    # The server's own clock decides: no field of the request carries a time.
    client = _password_only(caseworker)
    client.post(reverse("accounts:verify"), {"code": totp_code(device), "t": "0", "time": "0"})
    assert _verified(client)


def test_recovery_codes_carry_far_more_than_20_bits_and_do_not_repeat() -> None:
    secret_bits = SECRET_LENGTH * math.log2(len(set(RECOVERY_ALPHABET)))
    assert secret_bits > 49  # about 50 bits, where 20 are asked for
    codes = {new_recovery_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(code.replace("-", "")) == LOOKUP_LENGTH + SECRET_LENGTH for code in codes)
