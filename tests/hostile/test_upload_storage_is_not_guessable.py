"""Documents sit under random names no URL leads to; only the authorised view hands them out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from hogo.accounts.models import User
from hogo.cases.models import Case, Document

from .conftest import download, upload

ClientFor = Callable[[User | None], Client]
TEXT = b"a letter from the family"


def test_the_storage_name_is_random_and_says_nothing_about_the_file(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    upload(client, case, "letter.txt", TEXT)
    upload(client, case, "letter.txt", TEXT)
    first, second = Document.objects.order_by("pk")
    assert first.storage_name != second.storage_name
    for document in (first, second):
        assert len(document.storage_name) == 40
        int(document.storage_name, 16)
        assert document.storage_name not in hashlib.sha256(TEXT).hexdigest()
        assert "letter" not in document.storage_name


@pytest.mark.parametrize(
    "prefix", ["/media/", "/documents/", "/static/", "/var/documents/", "/cases/documents/"]
)
def test_no_url_serves_the_document_root(
    prefix: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    upload(client, case, "letter.txt", TEXT)
    document = Document.objects.get()
    for path in (prefix + document.storage_name, prefix + "letter.txt"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert TEXT not in response.content


def test_only_readers_of_the_case_can_download_it(
    case: Case,
    caseworker: User,
    teammate: User,
    outsider: User,
    supervisor: User,
    other_supervisor: User,
    security_officer: User,
    auditor: User,
    administrator: User,
    client_for: ClientFor,
) -> None:
    upload(client_for(caseworker), case, "letter.txt", TEXT)
    document = Document.objects.get()
    for user in (caseworker, supervisor, security_officer):
        assert download(client_for(user), case, document).status_code == 200, user.username
    for stranger in (teammate, outsider, other_supervisor, auditor, administrator, None):
        response = download(client_for(stranger), case, document)
        assert response.status_code in (302, 404), getattr(stranger, "username", "anonymous")
        assert response.status_code == 404 or stranger is None


def test_a_document_whose_file_has_gone_is_not_found_rather_than_an_error(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    upload(client, case, "letter.txt", TEXT)
    document = Document.objects.get()
    (settings.DOCUMENT_ROOT / document.storage_name).unlink()
    assert download(client, case, document).status_code == 404
