"""Guessing passwords is slowed per account and address, without locking the account everywhere."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from tests.conftest import PASSWORD


def _sign_in(password: str, address: str) -> int:
    client = Client(REMOTE_ADDR=address)
    response = client.post(
        reverse("accounts:login"), {"username": "caseworker", "password": password}
    )
    return response.status_code


def test_five_wrong_passwords_pause_that_account_from_that_address(caseworker: User) -> None:
    for _ in range(4):
        assert _sign_in("wrong guess", "203.0.113.7") == 200
    assert _sign_in("wrong guess", "203.0.113.7") == 429
    assert _sign_in(PASSWORD, "203.0.113.7") == 429


def test_the_account_still_works_from_another_address(caseworker: User) -> None:
    for _ in range(6):
        _sign_in("wrong guess", "203.0.113.7")
    assert _sign_in(PASSWORD, "198.51.100.20") == 302


def test_a_right_password_before_the_limit_clears_the_count(caseworker: User) -> None:
    for _ in range(4):
        _sign_in("wrong guess", "203.0.113.7")
    assert _sign_in(PASSWORD, "203.0.113.7") == 302
    for _ in range(4):
        _sign_in("wrong guess", "203.0.113.7")
    assert _sign_in(PASSWORD, "203.0.113.7") == 302
