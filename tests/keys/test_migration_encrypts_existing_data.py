"""Upgrading an instance encrypts what it already holds, rows and documents alike.

A real `hogo` process migrates a SQLite file to the schema before encryption,
writes plaintext rows and a plaintext document as that version did, then
migrates on: every value is sealed in place, the document is sealed into a
new file and the plaintext file is gone, and everything reads back the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HOGO = [sys.executable, "-m", "hogo"]

OLD_ROWS = """
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
apps = MigrationExecutor(connection).loader.project_state(("cases", "0001_initial")).apps
Compartment = apps.get_model("accounts", "Compartment")
User = apps.get_model("accounts", "User")
Person = apps.get_model("people", "Person")
Case = apps.get_model("cases", "Case")
Event = apps.get_model("cases", "Event")
Document = apps.get_model("cases", "Document")
Screening = apps.get_model("cases", "SecurityScreening")
desk = Compartment.objects.create(code="east", name="East")
user = User.objects.create(username="worker", role="caseworker")
case = Case.objects.create(reference="HG-1", person=Person.objects.create(), category="other",
                           compartment=desk, summary="Old summary in clear.")
Event.objects.create(case=case, kind="broker", occurred_on="2025-01-01",
                     organisation="Old Brokers", demand_amount="2500.00",
                     demand_currency="CNY", decision="refused", text="Old note.")
Screening.objects.create(case=case, findings="Old findings.")
document = Document.objects.create(case=case, storage_name="oldfile", original_name="old.txt",
                                   content_type="text/plain", size=9, sha256="0" * 64,
                                   uploaded_by=user)
Event.objects.create(case=case, kind="document", occurred_on="2025-01-02", document=document)
"""

READ = """
import json
from django.db import connection
from hogo.cases.documents import open_document
from hogo.cases.models import Case, Document, Event
from hogo.cases.selectors import events_naming_organisation
case = Case.objects.get()
broker = Event.objects.get(kind="broker")
document = Document.objects.get()
with connection.cursor() as cursor:
    cursor.execute("SELECT summary, organisation, demand_amount, text FROM cases_event "
                   "JOIN cases_case ON cases_case.id = cases_event.case_id "
                   "WHERE kind = 'broker'")
    stored = cursor.fetchone()
print(json.dumps({
    "stored_sealed": all(value.startswith("hg1.") for value in stored),
    "values": [case.summary, broker.organisation, str(broker.demand_amount),
               broker.demand_currency, broker.text, case.screening.findings,
               document.original_name, b"".join(open_document(document)).decode()],
    "found": list(events_naming_organisation(Event.objects.all(), "old brokers")) == [broker],
    "storage_name": document.storage_name,
}))
"""


@pytest.mark.skipif(
    os.environ.get("HOGO_DATABASE_URL", "").startswith("postgres"),
    reason="the migration's SQL is the same on both; run once, on its own SQLite file",
)
def test_the_upgrade_encrypts_existing_rows_and_documents(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        HOGO_DATABASE_URL=f"sqlite:///{tmp_path / 'old.sqlite3'}",
        HOGO_DOCUMENT_ROOT=str(documents),
    )

    def hogo(*args: str) -> str:
        done = subprocess.run(
            [*HOGO, *args], env=env, capture_output=True, text=True, timeout=300, check=True
        )
        return done.stdout

    hogo("migrate", "-v0", "cases", "0001_initial")
    hogo("shell", "-c", OLD_ROWS)
    documents.mkdir()
    (documents / "oldfile").write_bytes(b"Old scan.")
    hogo("migrate", "-v0")

    found = json.loads(hogo("shell", "-c", READ).strip().splitlines()[-1])
    assert found["stored_sealed"]
    assert found["values"] == [
        "Old summary in clear.",
        "Old Brokers",
        "2500.00",
        "CNY",
        "Old note.",
        "Old findings.",
        "old.txt",
        "Old scan.",
    ]
    assert found["found"]
    assert not (documents / "oldfile").exists()
    assert b"Old scan." not in (documents / found["storage_name"]).read_bytes()
    database = b"".join(path.read_bytes() for path in tmp_path.glob("old.sqlite3*"))
    for plain in (b"Old summary", b"Old Brokers", b"Old note", b"Old findings", b"old.txt"):
        assert plain not in database
