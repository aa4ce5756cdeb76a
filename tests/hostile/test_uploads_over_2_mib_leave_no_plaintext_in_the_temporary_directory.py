"""An upload over 2 MiB is sealed as it arrives: no plaintext of it reaches a temporary file.

Django spools a large upload to the temporary directory before a view sees it;
hogo seals each chunk into the document store instead. The check looks at
every file on disk while the upload is being kept, and again afterwards, with
the CSRF check on as in production (it reads the body before the view runs).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases import actions
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Document
from tests.conftest import sign_in_verified

from .conftest import stored_files

MARKER = "吉林省の保護対象者 KIM-HIDDEN-0042 ".encode()
BIG = MARKER * (3 * 1024 * 1024 // len(MARKER) + 1)  # over 3 MiB of text


@pytest.fixture
def temporary_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process's temporary directory, and Django's upload one, moved to where we look."""
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    monkeypatch.setattr(settings, "FILE_UPLOAD_TEMP_DIR", str(spool), raising=False)
    return spool


def files_holding_the_plaintext(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*") if root.exists() else []:
            if path.is_file() and MARKER in path.read_bytes():
                found.append(path)
    return found


def csrf_client(user: User, case: Case) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    sign_in_verified(client, user)
    page = client.get(reverse("cases:upload", kwargs={"pk": case.pk}))
    return client, str(page.context["csrf_token"])


def test_an_upload_over_2_mib_leaves_no_plaintext_in_the_temporary_directory(
    case: Case,
    caseworker: User,
    temporary_directory: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roots = (temporary_directory, Path(settings.DOCUMENT_ROOT), Path(settings.VAR_DIR))
    seen_while_kept: list[Path] = []
    keep: Callable[..., Any] = actions.upload_document

    def spy(*args: Any, **kwargs: Any) -> Any:
        # The request body has been read whole by now; Django's spooled copy, if any,
        # still exists until the response is done.
        seen_while_kept.extend(files_holding_the_plaintext(*roots))
        return keep(*args, **kwargs)

    monkeypatch.setattr(actions, "upload_document", spy)
    client, token = csrf_client(caseworker, case)
    response = client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {
            "csrfmiddlewaretoken": token,
            "occurred_on": str(date.today()),
            "file": SimpleUploadedFile("statement.txt", BIG),
            "text": "statement",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert seen_while_kept == []
    assert files_holding_the_plaintext(*roots) == []
    document = Document.objects.get()
    assert document.size == len(BIG)
    assert b"".join(open_document(document)) == BIG


def test_a_refused_upload_over_2_mib_leaves_nothing_behind(
    case: Case, caseworker: User, temporary_directory: Path
) -> None:
    client, token = csrf_client(caseworker, case)
    zip_tail = b"PK\x05\x06" + bytes(18)
    response = client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {
            "csrfmiddlewaretoken": token,
            "occurred_on": str(date.today()),
            "file": SimpleUploadedFile("scan.pdf", b"%PDF-1.7\n" + BIG + zip_tail),
        },
    )
    assert response.status_code == 200
    assert "ZIP archive" in str(response.context["form"].errors["file"])
    assert not Document.objects.exists()
    assert stored_files() == []
    assert list(temporary_directory.iterdir()) == []


def test_an_upload_with_a_bad_csrf_token_leaves_nothing_behind(
    case: Case, caseworker: User, temporary_directory: Path
) -> None:
    client, _token = csrf_client(caseworker, case)
    response = client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {
            "csrfmiddlewaretoken": "x" * 64,
            "occurred_on": str(date.today()),
            "file": SimpleUploadedFile("statement.txt", BIG),
        },
    )
    assert response.status_code == 403
    assert not Document.objects.exists()
    assert stored_files() == []
    assert list(temporary_directory.iterdir()) == []


def test_no_other_page_takes_a_file_into_memory_or_the_temporary_directory(
    caseworker: User, temporary_directory: Path
) -> None:
    client = Client(raise_request_exception=False)
    sign_in_verified(client, caseworker)
    response = client.post(
        reverse("cases:create"), {"file": SimpleUploadedFile("statement.txt", BIG)}
    )
    assert response.status_code == 200
    assert response.wsgi_request.FILES == {}
    assert list(temporary_directory.iterdir()) == []


def test_an_upload_whose_form_is_refused_leaves_nothing_behind(
    case: Case, caseworker: User, temporary_directory: Path
) -> None:
    client, token = csrf_client(caseworker, case)
    response = client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {"csrfmiddlewaretoken": token, "occurred_on": "", "file": SimpleUploadedFile("a.txt", BIG)},
    )
    assert response.status_code == 200
    assert "occurred_on" in response.context["form"].errors
    assert not Document.objects.exists()
    assert stored_files() == []
    assert list(temporary_directory.iterdir()) == []
