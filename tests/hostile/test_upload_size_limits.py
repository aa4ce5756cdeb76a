"""An upload over the size limit, or empty, is refused with a message and leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client

from hogo.accounts.models import User
from hogo.cases.models import Case, Document

from .conftest import stored_files, upload

ClientFor = Callable[[User | None], Client]


def test_a_file_of_exactly_the_limit_is_kept(
    case: Case, caseworker: User, client_for: ClientFor, settings: Any
) -> None:
    settings.DOCUMENT_MAX_BYTES = 4096
    response = upload(client_for(caseworker), case, "note.txt", b"a" * 4096)
    assert response.status_code == 302
    assert Document.objects.get().size == 4096


def test_one_byte_over_the_limit_is_refused_and_nothing_is_kept(
    case: Case, caseworker: User, client_for: ClientFor, settings: Any
) -> None:
    settings.DOCUMENT_MAX_BYTES = 4096
    response = upload(client_for(caseworker), case, "note.txt", b"a" * 4097)
    assert response.status_code == 200
    assert "larger than" in str(response.context["form"].errors["file"])
    assert not Document.objects.exists()
    assert stored_files() == []


def test_a_body_longer_than_the_limit_allows_is_refused_before_it_is_read(
    case: Case, caseworker: User, client_for: ClientFor, settings: Any
) -> None:
    settings.DOCUMENT_MAX_BYTES = 3 * 1024 * 1024
    big = b"%PDF-1.7\n" + b"0" * (4 * 1024 * 1024)
    response = upload(client_for(caseworker), case, "big.pdf", big)
    assert response.status_code == 413
    assert "larger than 3 MB" in str(response.context["form"].errors["file"])
    assert not Document.objects.exists()
    assert stored_files() == []


def test_an_empty_file_is_refused(case: Case, caseworker: User, client_for: ClientFor) -> None:
    response = upload(client_for(caseworker), case, "empty.pdf", b"")
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()
    assert stored_files() == []
