"""Restoring into the (empty) test database gives back the rows, documents and audit chain."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.management import call_command

from hogo.audit import log
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Document
from tests.backups.conftest import Made, row_counts

pytestmark = pytest.mark.django_db


def test_it_gives_back_the_same_rows_documents_and_audit_chain(made: Made, backup_key: str) -> None:
    call_command("restore", str(made.path), stdout=io.StringIO())
    counts = row_counts()
    assert counts["audit.auditentry"] == made.counts["audit.auditentry"] + 1  # backups.restore
    assert {k: v for k, v in counts.items() if k != "audit.auditentry"} == {
        k: v for k, v in made.counts.items() if k != "audit.auditentry"
    }
    case = Case.objects.get(pk=made.case_pk)
    assert case.summary == made.summary
    assert sorted(case.person.names.values_list("family", "given")) == made.names
    document = Document.objects.get(storage_name=made.document_name)
    assert hashlib.sha256(b"".join(open_document(document))).hexdigest() == made.document_sha256
    assert log.verify(published_head=made.head).ok


def test_the_restore_itself_is_audited_after_the_restored_head(made: Made, backup_key: str) -> None:
    call_command("restore", str(made.path), stdout=io.StringIO())
    last = list(log.links())[-1]
    assert last.action == "backups.restore"
    assert last.prev_hash == made.head
    assert last.data["backup_head"] == made.head
