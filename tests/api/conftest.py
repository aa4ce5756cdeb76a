"""An API client per fixed person, and a way to see that nothing was written."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from hogo.accounts.models import ApiToken, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, CaseMember, Event
from hogo.people.models import NameKey, Person, PersonName

PREFIX = "/api/v1"


class Api:
    """Speaks JSON to /api/v1 with a bearer token (or none), seeing 500s as responses."""

    def __init__(self, token: str | None = None, client: Client | None = None) -> None:
        self.client = client or Client(raise_request_exception=False)
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.client.get(PREFIX + path, params or {}, headers=self.headers)

    def post(self, path: str, body: Any = None, *, raw: str | bytes | None = None) -> Any:
        return self.send("post", path, body, raw=raw)

    def patch(self, path: str, body: Any = None, *, raw: str | bytes | None = None) -> Any:
        return self.send("patch", path, body, raw=raw)

    def send(self, method: str, path: str, body: Any = None, *, raw: Any = None) -> Any:
        data = raw if raw is not None else ("" if body is None else json.dumps(body))
        return getattr(self.client, method)(
            PREFIX + path, data, content_type="application/json", headers=self.headers
        )


@pytest.fixture
def api_as(db: None) -> Callable[[User | None], Api]:
    def make(user: User | None) -> Api:
        if user is None:
            return Api()
        # Fixture data, like the users: the token is saved without an audit entry,
        # so that the tests' row counts see only what the API call wrote.
        token, raw = ApiToken.new(user, label="tests", days=1)
        token.save()
        return Api(raw)

    return make


def row_counts() -> dict[str, int]:
    models = (Person, PersonName, NameKey, Case, CaseMember, Event, AuditEntry)
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def rows() -> Callable[[], dict[str, int]]:
    return row_counts


def audit_entries(action: str, **filters: Any) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action, **filters).order_by("seq"))
