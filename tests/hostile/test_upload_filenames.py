"""A file's name is a label only: never a path, never a header that can be broken."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from hogo.accounts.models import User
from hogo.cases.models import Case, Document

from .conftest import download, stored_files, upload

ClientFor = Callable[[User | None], Client]
TEXT = "手紙の写し".encode()

# The name sent, and the labels it may become (the multipart parser may cut it short first).
HOSTILE_NAMES = {
    "parent directories": ("../../x", {"x"}),
    "windows parent directories": ("..\\..\\windows\\evil.txt", {"evil.txt"}),
    "absolute path": ("/etc/passwd", {"passwd"}),
    "nul byte": ("report\x00.exe.txt", {"report.exe.txt"}),
    "right-to-left override": ("photo\u202etxt.exe", {"phototxt.exe"}),
    "line breaks and quotes": ('a"\r\nSet-Cookie: x=1.txt', {"a", 'a"Set-Cookie: x=1.txt'}),
}


@pytest.mark.parametrize("label", sorted(HOSTILE_NAMES))
def test_a_hostile_file_name_becomes_a_harmless_label(
    label: str, case: Case, caseworker: User, client_for: ClientFor, tmp_path: Path
) -> None:
    given, kept = HOSTILE_NAMES[label]
    client = client_for(caseworker)
    response = upload(client, case, given, TEXT)
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.original_name in kept
    # The bytes are in the document root under the random name, and nowhere else.
    assert stored_files() == [Path(settings.DOCUMENT_ROOT) / document.storage_name]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents"]
    answer = download(client, case, document)
    disposition = answer["Content-Disposition"]
    assert disposition.startswith("attachment")
    for forbidden in ("\r", "\n", "\x00"):
        assert forbidden not in disposition
    assert "Set-Cookie" not in answer.headers or "x=1" not in answer.headers["Set-Cookie"]


def test_a_very_long_file_name_is_shortened(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = upload(client_for(caseworker), case, "名" * 5000 + ".txt", TEXT)
    assert response.status_code == 302
    assert len(Document.objects.get().original_name) <= 200
