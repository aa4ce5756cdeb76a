"""Sign-ins end after 15 quiet minutes and after 10 hours at the most."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from hogo.accounts.middleware import SEEN, SEEN_EVERY, STARTED
from hogo.accounts.models import User
from hogo.cases.models import Case

ClientFor = Callable[[User | None], Client]


def _age(client: Client, **seconds_ago: float) -> None:
    session = client.session
    now = time.time()
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_an_active_session_goes_on(case: Case, caseworker: User, client_for: ClientFor) -> None:
    client = client_for(caseworker)
    client.get(reverse("cases:list"))
    _age(client, **{SEEN: 14 * 60})
    assert client.get(reverse("cases:detail", kwargs={"pk": case.pk})).status_code == 200


def test_the_time_last_seen_is_written_once_a_minute_not_on_every_request(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    client.get(reverse("cases:list"))
    seen = client.session[SEEN]
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("cases:detail", kwargs={"pk": case.pk})).status_code == 200
    assert not [
        q
        for q in queries.captured_queries
        if "django_session" in q["sql"]
        and (q["sql"].startswith("UPDATE") or q["sql"].startswith("INSERT"))
    ]
    assert client.session[SEEN] == seen
    _age(client, **{SEEN: SEEN_EVERY})
    client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert client.session[SEEN] > time.time() - 5


@pytest.mark.parametrize(
    "ages",
    [{SEEN: 16 * 60}, {STARTED: 10 * 3600 + 60, SEEN: 10}],
    ids=["idle", "too-long"],
)
def test_an_expired_session_is_signed_out(
    ages: dict[str, float], case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    client.get(reverse("cases:list"))
    _age(client, **ages)
    response = client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert "_auth_user_id" not in client.session


def test_a_deactivated_user_is_out_on_the_next_request(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    assert client.get(reverse("cases:detail", kwargs={"pk": case.pk})).status_code == 200
    User.objects.filter(pk=caseworker.pk).update(is_active=False)
    response = client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert response.status_code == 302


def test_a_role_change_takes_effect_on_the_next_request(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    assert client.get(reverse("cases:detail", kwargs={"pk": case.pk})).status_code == 200
    User.objects.filter(pk=caseworker.pk).update(role="statistician")
    assert client.get(reverse("cases:detail", kwargs={"pk": case.pk})).status_code == 404


def test_passwords_are_hashed_with_argon2id(db: None, settings: object) -> None:
    from django.contrib.auth.hashers import make_password

    settings.PASSWORD_HASHERS = [  # type: ignore[attr-defined]
        "django.contrib.auth.hashers.Argon2PasswordHasher"
    ]
    assert make_password("correct horse battery staple").startswith("argon2$argon2id$")
