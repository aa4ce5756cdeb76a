"""Documents: stored outside the database under random names, checked before they are kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Document

ClientFor = Callable[[User | None], Client]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def _upload(client: Client, case: Case, name: str, content: bytes, today: date) -> object:
    return client.post(
        reverse("cases:upload", kwargs={"pk": case.pk}),
        {"occurred_on": str(today), "file": SimpleUploadedFile(name, content), "text": "scan"},
    )


def test_a_document_is_stored_on_disk_encrypted_with_a_keyed_digest(
    case: Case, caseworker: User, client_for: ClientFor, today: date
) -> None:
    import hashlib

    _upload(client_for(caseworker), case, "../../etc/passwd.png", PNG, today)
    document = Document.objects.get()
    stored = Path(settings.DOCUMENT_ROOT) / document.storage_name
    assert PNG[:8] not in stored.read_bytes()
    assert b"".join(open_document(document)) == PNG
    # A digest anyone could recompute would confirm a guess of the file's contents.
    assert document.digest != hashlib.sha256(PNG).hexdigest()
    assert len(document.digest) == 64
    assert document.content_type == "image/png"
    assert document.original_name == "passwd.png"
    assert "passwd" not in document.storage_name


def test_a_document_of_a_refused_type_is_not_kept(
    case: Case, caseworker: User, client_for: ClientFor, today: date
) -> None:
    response = _upload(
        client_for(caseworker), case, "invoice.pdf", b"MZ\x90\x00\x03" + bytes(range(256)), today
    )
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "file" in response.context["form"].errors  # type: ignore[attr-defined]
    assert not Document.objects.exists()
    assert not any(Path(settings.DOCUMENT_ROOT).iterdir())


def test_a_document_over_the_size_limit_is_not_kept(
    case: Case, caseworker: User, client_for: ClientFor, today: date, settings: object
) -> None:
    settings.DOCUMENT_MAX_BYTES = 1000  # type: ignore[attr-defined]
    response = _upload(client_for(caseworker), case, "note.txt", b"a" * 5000, today)
    assert "file" in response.context["form"].errors  # type: ignore[attr-defined]
    assert not Document.objects.exists()
    assert not any(Path(settings.DOCUMENT_ROOT).iterdir())  # type: ignore[attr-defined]


def test_an_empty_document_is_refused(
    case: Case, caseworker: User, client_for: ClientFor, today: date
) -> None:
    response = _upload(client_for(caseworker), case, "empty.txt", b"", today)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert not Document.objects.exists()


def test_a_document_downloads_as_an_attachment_and_is_audited(
    case: Case, caseworker: User, client_for: ClientFor, today: date
) -> None:
    from hogo.audit.models import AuditEntry

    client = client_for(caseworker)
    _upload(client, case, "letter.txt", "手紙".encode(), today)
    document = Document.objects.get()
    response = client.get(
        reverse("cases:document", kwargs={"pk": case.pk, "document_pk": document.pk})
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == "手紙".encode()  # type: ignore[attr-defined]
    assert AuditEntry.objects.filter(action="cases.view_document").exists()


def test_a_document_is_not_reachable_through_another_case(
    case: Case, caseworker: User, client_for: ClientFor, today: date, person: object, east: object
) -> None:
    from hogo.cases.actions import create_case

    client = client_for(caseworker)
    _upload(client, case, "letter.txt", b"hello", today)
    other = create_case(
        actor=caseworker, person=case.person, category="other", compartment=case.compartment
    )
    document = Document.objects.get()
    response = client.get(
        reverse("cases:document", kwargs={"pk": other.pk, "document_pk": document.pk})
    )
    assert response.status_code == 404
