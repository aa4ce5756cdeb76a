"""No audit, no data: when the database refuses audit writes, a request answers 503 in words.

The database can stop taking writes while it still answers reads: a replica
promoted read-only after a failover, a full disk, a role whose grants were
lost. A refused lookup then cannot leave its `access.refused` entry and an
allowed read cannot leave its `case.view` entry. Neither may answer as if all
were well: both get the same 503 page (JSON under /api/) that says, in words,
that nothing was shown or changed, and shows nothing of the case.

The failure is made at the database connection, the way Django sees a server
that refuses: every INSERT or UPDATE of an audit table fails with
OperationalError, and everything else goes through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import OperationalError, connection
from django.test import Client

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case

AUDIT_WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE)\s+"?audit_', re.IGNORECASE)
SAID = "nothing was shown and nothing was changed"


def _refuse_audit_writes(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
) -> Any:
    if AUDIT_WRITE.match(sql):
        raise OperationalError("cannot execute INSERT in a read-only transaction")
    return execute(sql, params, many, context)


def _shows_nothing_of(body: str, case: Case) -> None:
    assert case.reference not in body
    assert "金" not in body
    assert "正一" not in body


def test_a_refused_lookup_answers_404_while_the_audit_log_takes_writes(
    client_for: Callable[[User | None], Client], outsider: User, case: Case
) -> None:
    before = AuditEntry.objects.count()

    response = client_for(outsider).get(f"/cases/{case.pk}/")

    assert response.status_code == 404
    assert AuditEntry.objects.filter(action="access.refused").count() == 1
    assert AuditEntry.objects.count() > before


def test_a_refused_lookup_whose_entry_cannot_be_written_answers_503_in_words(
    client_for: Callable[[User | None], Client], outsider: User, case: Case
) -> None:
    client = client_for(outsider)
    before = AuditEntry.objects.count()

    with connection.execute_wrapper(_refuse_audit_writes):
        response = client.get(f"/cases/{case.pk}/")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    body = response.content.decode()
    assert "Temporarily unavailable" in body
    assert SAID in body
    _shows_nothing_of(body, case)
    assert AuditEntry.objects.count() == before


def test_an_allowed_read_whose_entry_cannot_be_written_answers_the_same_503(
    client_for: Callable[[User | None], Client], caseworker: User, case: Case
) -> None:
    client = client_for(caseworker)
    before = AuditEntry.objects.count()

    with connection.execute_wrapper(_refuse_audit_writes):
        response = client.get(f"/cases/{case.pk}/")

    assert response.status_code == 503
    body = response.content.decode()
    assert SAID in body
    _shows_nothing_of(body, case)
    assert AuditEntry.objects.count() == before


@pytest.mark.parametrize("who", ["outsider", "caseworker"])
def test_the_api_answers_503_json_in_words(
    client_for: Callable[[User | None], Client], case: Case, who: str, request: Any
) -> None:
    client = client_for(request.getfixturevalue(who))

    with connection.execute_wrapper(_refuse_audit_writes):
        response = client.get(f"/api/v1/cases/{case.pk}")

    assert response.status_code == 503
    answer = response.json()
    assert answer["code"] == "audit_unavailable"
    assert SAID in answer["detail"]
    assert set(answer) == {"detail", "code"}
    _shows_nothing_of(response.content.decode(), case)


@pytest.mark.parametrize(
    ("language", "words"),
    [("ja", "何も表示されず、何も変更されていません"), ("ko", "아무것도 변경되지 않았습니다")],
)
def test_the_page_is_in_the_reader_s_language(
    client_for: Callable[[User | None], Client],
    outsider: User,
    case: Case,
    language: str,
    words: str,
) -> None:
    client = client_for(outsider)

    with connection.execute_wrapper(_refuse_audit_writes):
        response = client.get(f"/cases/{case.pk}/", headers={"accept-language": language})

    assert response.status_code == 503
    assert words in response.content.decode()


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL error, raised by it")
@pytest.mark.parametrize("who", ["outsider", "caseworker"])
def test_postgresql_refusing_audit_writes_as_read_only_answers_503(
    client_for: Callable[[User | None], Client], case: Case, who: str, request: Any
) -> None:
    # The error a read-only server gives (SQLSTATE 25006), raised by PostgreSQL
    # itself for the audit table only; the trigger goes with the test's rollback.
    client = client_for(request.getfixturevalue(who))
    table = AuditEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION pg_temp.hogo_read_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'cannot execute INSERT in a read-only transaction' "
            "USING ERRCODE = 'read_only_sql_transaction'; END; $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            f"CREATE TRIGGER hogo_test_read_only BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION pg_temp.hogo_read_only()"
        )
    before = AuditEntry.objects.count()

    response = client.get(f"/cases/{case.pk}/")

    assert response.status_code == 503
    assert SAID in response.content.decode()
    _shows_nothing_of(response.content.decode(), case)
    assert AuditEntry.objects.count() == before
