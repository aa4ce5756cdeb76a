from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.utils import timezone

from hogo.accounts.models import User
from hogo.cases.models import Case, Event
from tests.conftest import sign_in_verified

from .conftest import Api


def _signed_in(user: User) -> Client:
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    sign_in_verified(client, user)
    return client


def _note() -> dict[str, str]:
    return {"kind": "note", "occurred_on": str(timezone.localdate()), "text": "Met at the border."}


def test_a_signed_in_session_reads_a_case(caseworker: User, case: Case) -> None:
    response = _signed_in(caseworker).get(f"/api/v1/cases/{case.pk}")
    assert response.status_code == 200
    assert response.json()["reference"] == case.reference


def test_an_anonymous_session_gets_401_not_a_login_redirect(
    client_for: Callable[[User | None], Client], case: Case
) -> None:
    response = client_for(None).get(f"/api/v1/cases/{case.pk}")
    assert response.status_code == 401


def test_an_anonymous_post_gets_401_not_a_csrf_failure(case: Case) -> None:
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    api = Api(client=client)
    assert api.post(f"/cases/{case.pk}/events", _note()).status_code == 401


def test_a_session_post_without_a_csrf_token_gets_403_and_writes_nothing(
    caseworker: User, case: Case
) -> None:
    before = Event.objects.count()
    response = Api(client=_signed_in(caseworker)).post(f"/cases/{case.pk}/events", _note())
    assert response.status_code == 403
    assert Event.objects.count() == before


def test_a_session_post_with_its_csrf_token_is_accepted(caseworker: User, case: Case) -> None:
    client = _signed_in(caseworker)
    secret = _get_new_csrf_string()
    client.cookies[settings.CSRF_COOKIE_NAME] = secret
    response = client.post(
        f"/api/v1/cases/{case.pk}/events",
        _note(),
        content_type="application/json",
        headers={"X-CSRFToken": secret},
    )
    assert response.status_code == 201
