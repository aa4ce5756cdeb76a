"""The in-process Django WSGI app for tools that speak WSGI, inside the test's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import ApiToken, User
from hogo.cases.models import Case, Document

WsgiApp = Callable[..., Any]


@pytest.fixture
def wsgi_app(db: None) -> Iterator[WsgiApp]:
    """Django's WSGI handler, with connection closing off as django.test.Client has it.

    Django closes "obsolete" connections at the start and end of every request;
    inside a test's transaction that would close the test's own connection.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def bearer() -> Callable[[User], dict[str, str]]:
    def make(user: User) -> dict[str, str]:
        # Fixture data, like the users: the token is saved without an audit entry,
        # so that the tests' row counts see only what the API call wrote.
        token, raw = ApiToken.new(user, label="hostile tests", days=1)
        token.save()
        return {"Authorization": f"Bearer {raw}"}

    return make


def upload(client: Client, case: Case, name: str, content: bytes, **kwargs: Any) -> Any:
    """Post a file to the case's upload page, as a browser would."""
    return client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {
            "occurred_on": str(date.today()),
            "file": SimpleUploadedFile(name, content, **kwargs),
            "text": "scan",
        },
    )


def download(client: Client, case: Case, document: Document) -> Any:
    return client.get(reverse("cases:document", kwargs={"pk": case.pk, "document_pk": document.pk}))


def stored_files() -> list[Path]:
    root = Path(settings.DOCUMENT_ROOT)
    return sorted(root.iterdir()) if root.exists() else []
