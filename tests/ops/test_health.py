"""The proxy's health check: no sign-in, nothing revealed, the database asked."""

from __future__ import annotations

from unittest import mock

from django.db import OperationalError
from django.test import Client


def test_it_answers_without_a_sign_in_and_says_only_ok(client: Client, db: None) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "secure": False}
    # No session, no CSRF cookie: a health check leaves nothing behind.
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_it_says_whether_the_request_was_seen_as_https(client: Client, db: None) -> None:
    assert client.get("/healthz", secure=True).json()["secure"] is True


def test_it_answers_503_without_detail_when_the_database_does_not(client: Client, db: None) -> None:
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("could not connect to server at 10.0.0.5"),
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "secure": False}
    assert b"10.0.0.5" not in response.content


def test_it_refuses_to_be_posted_to(client: Client, db: None) -> None:
    assert client.post("/healthz").status_code == 405
