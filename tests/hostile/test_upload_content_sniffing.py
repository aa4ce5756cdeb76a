"""What a file is comes from its bytes, never from its name or the type the browser claims;
whatever is kept is only ever served as an attachment the browser may not re-sniff."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from django.test import Client

from hogo.accounts.models import User
from hogo.cases.models import Case, Document

from .conftest import download, stored_files, upload

ClientFor = Callable[[User | None], Client]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
SCRIPT = b"<html><script>alert(document.cookie)</script></html>"

EXECUTABLES = {
    "windows": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256)),
    "linux": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)),
    "macos": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(range(256)),
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
    "binary": bytes(range(256)) * 4,
}


@pytest.mark.parametrize("kind", sorted(EXECUTABLES))
def test_a_file_named_pdf_that_is_not_a_pdf_is_refused(
    kind: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = upload(
        client_for(caseworker),
        case,
        "passport.pdf",
        EXECUTABLES[kind],
        content_type="application/pdf",
    )
    assert response.status_code == 200
    assert "not accepted" in str(response.context["form"].errors["file"])
    assert not Document.objects.exists()
    assert stored_files() == []


def test_the_type_claimed_by_the_browser_and_the_name_are_ignored(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    upload(client_for(caseworker), case, "photo.exe", PNG, content_type="text/html")
    document = Document.objects.get()
    assert document.content_type == "image/png"
    assert document.original_name == "photo.exe"


def test_html_is_kept_only_as_plain_text_and_served_as_an_attachment(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    upload(client, case, "letter.html", SCRIPT, content_type="text/html")
    document = Document.objects.get()
    assert document.content_type == "text/plain"
    response = download(client, case, document)
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_image_that_is_also_a_web_page_is_served_as_an_image_attachment(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_for(caseworker)
    upload(client, case, "scan.png", PNG + SCRIPT)
    document = Document.objects.get()
    assert document.content_type == "image/png"
    response = download(client, case, document)
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PNG + SCRIPT


def _zip_archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("run.js", "WScript.Echo('hidden')")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "front"),
    [
        ("report.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n"),
        ("photo.png", PNG),
    ],
)
def test_a_file_that_is_also_a_zip_archive_is_refused_and_nothing_kept(
    name: str, front: bytes, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = upload(client_for(caseworker), case, name, front + _zip_archive())
    assert response.status_code == 200
    assert "ZIP archive" in response.content.decode()
    assert not Document.objects.exists()
    assert stored_files() == []


def test_a_pdf_merely_mentioning_pk_is_accepted(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n% PK and PK\x03\x04 in a comment\n%%EOF\n"
    upload(client_for(caseworker), case, "report.pdf", pdf)
    assert Document.objects.get().content_type == "application/pdf"
