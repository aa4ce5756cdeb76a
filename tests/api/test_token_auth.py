from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hogo.accounts.actions import issue_token
from hogo.accounts.models import ApiToken, Role, User
from hogo.cases.models import Case

from .conftest import Api


def test_a_valid_token_reads_the_callers_cases(caseworker: User, case: Case) -> None:
    _token, raw = issue_token(actor=caseworker, label="tests")
    response = Api(raw).get("/cases")
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [case.pk]


def test_a_used_token_records_when_it_was_last_used(caseworker: User, case: Case) -> None:
    token, raw = issue_token(actor=caseworker, label="tests")
    Api(raw).get(f"/cases/{case.pk}")
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_last_used_is_written_at_most_once_a_minute(caseworker: User, case: Case) -> None:
    """Many calls a second would otherwise each wait for the one token row's lock."""
    token, raw = issue_token(actor=caseworker, label="tests")
    Api(raw).get(f"/cases/{case.pk}")
    token.refresh_from_db()
    first = token.last_used_at
    with CaptureQueriesContext(connection) as queries:
        assert Api(raw).get(f"/cases/{case.pk}").status_code == 200
    assert not [
        q
        for q in queries.captured_queries
        if "accounts_apitoken" in q["sql"] and q["sql"].startswith("UPDATE")
    ]
    token.refresh_from_db()
    assert token.last_used_at == first
    a_minute_ago = timezone.now() - ApiToken.LAST_USED_EVERY
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=a_minute_ago)
    Api(raw).get(f"/cases/{case.pk}")
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert token.last_used_at > a_minute_ago


def test_no_credentials_get_401_with_a_bearer_challenge(db: None) -> None:
    response = Api().get("/cases")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "detail" in response.json()


def test_an_expired_token_gets_401(caseworker: User, case: Case) -> None:
    token, raw = issue_token(actor=caseworker, label="tests")
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert Api(raw).get("/cases").status_code == 401


def test_a_revoked_token_gets_401(caseworker: User, case: Case) -> None:
    token, raw = issue_token(actor=caseworker, label="tests")
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    assert Api(raw).get(f"/cases/{case.pk}").status_code == 401


def test_a_token_issued_for_another_role_gets_401(caseworker: User, case: Case) -> None:
    _token, raw = issue_token(actor=caseworker, label="tests")
    User.objects.filter(pk=caseworker.pk).update(role=Role.SUPERVISOR)
    assert Api(raw).get("/cases").status_code == 401


def test_a_token_of_a_deactivated_user_gets_401(caseworker: User, case: Case) -> None:
    _token, raw = issue_token(actor=caseworker, label="tests")
    User.objects.filter(pk=caseworker.pk).update(is_active=False)
    assert Api(raw).get("/cases").status_code == 401


@pytest.mark.parametrize(
    "mangle",
    [
        lambda raw: raw[:-1] + ("A" if raw[-1] != "A" else "B"),
        lambda raw: raw.removeprefix("hogo_"),
        lambda raw: "hogo_0000000000000000_" + raw.rpartition("_")[2],
        lambda raw: "",
        lambda raw: "x" * 5000,
        lambda raw: raw + " extra",
    ],
    ids=["wrong-secret", "no-prefix", "unknown-key", "empty", "huge", "trailing-garbage"],
)
def test_a_wrong_token_gets_401(caseworker: User, case: Case, mangle: Callable[[str], str]) -> None:
    _token, raw = issue_token(actor=caseworker, label="tests")
    response = Api().client.get("/api/v1/cases", headers={"Authorization": f"Bearer {mangle(raw)}"})
    assert response.status_code == 401


def test_a_refused_token_is_not_rescued_by_a_session(
    caseworker: User, case: Case, client_for: Callable[[User | None], object]
) -> None:
    client = client_for(caseworker)
    response = client.get(  # type: ignore[attr-defined]
        "/api/v1/cases", headers={"Authorization": "Bearer hogo_nope_nope"}
    )
    assert response.status_code == 401


def test_a_token_caller_needs_no_csrf_token(caseworker: User, case: Case) -> None:
    _token, raw = issue_token(actor=caseworker, label="tests")
    api = Api(raw)
    api.client.handler.enforce_csrf_checks = True  # type: ignore[attr-defined]
    response = api.post(
        f"/cases/{case.pk}/events",
        {"kind": "note", "occurred_on": str(timezone.localdate()), "text": "Called the NGO."},
    )
    assert response.status_code == 201
