"""One backup of a small but complete instance, made once per module.

The data is created through hogo's actions inside a transaction that is rolled
back afterwards, so every test starts again from an empty database: the state
a restore needs.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from hogo.accounts.models import Compartment, Role, User
from hogo.audit import log
from hogo.backups.archive import models_to_back_up
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.cases.workflow import Status
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

DOCUMENT = "旅券の写し: synthetic passport copy\n".encode() * 50


@dataclass(frozen=True)
class Made:
    path: Path
    key: str
    counts: dict[str, int]
    head: str
    case_pk: int
    summary: str
    names: list[tuple[str, str]]
    document_name: str
    document_sha256: str


def new_key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def row_counts() -> dict[str, int]:
    return {m._meta.label_lower: m._base_manager.count() for m in models_to_back_up()}


def _populate() -> Case:
    east = Compartment.objects.create(code="east", name="East Asia desk")
    officer = User.objects.create_user(
        username="officer", password="synthetic pass 12", role=Role.CASEWORKER
    )
    officer.compartments.add(east)
    person = create_person(
        actor=officer,
        names=[NameInput(NameKind.LEGAL, "金", "正一"), NameInput(NameKind.HANGUL, "김", "정일")],
        sex="M",
        birth_date_text="S10.3.5",
        birthplace="新潟県",
    )
    case = case_actions.create_case(
        actor=officer,
        person=person,
        category=Category.FORMER_RESIDENT,
        compartment=east,
        summary="Reached a safe house near the border.",
    )
    case_actions.upload_document(
        case,
        actor=officer,
        stream=io.BytesIO(DOCUMENT),
        filename="passport.txt",
        occurred_on=date(2024, 5, 1),
    )
    case_actions.transition_case(
        case, actor=officer, to=Status.VERIFYING, expected_version=case.version, reason="checked"
    )
    return case


@pytest.fixture(scope="module")
def made(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Made:
    tmp = tmp_path_factory.mktemp("backup")
    key = new_key()
    path = tmp / "instance.hogo"
    with (
        django_db_blocker.unblock(),
        override_settings(
            DOCUMENT_ROOT=tmp / "source-documents",
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        ),
        pytest.MonkeyPatch.context() as patch,
        transaction.atomic(),
    ):
        patch.setenv("HOGO_BACKUP_KEY", key)
        case = _populate()
        call_command("backup", str(path), stdout=io.StringIO())
        document = case.documents.get()
        made = Made(
            path=path,
            key=key,
            counts=row_counts(),
            head=log.head(),
            case_pk=case.pk,
            summary=case.summary,
            names=sorted(case.person.names.values_list("family", "given")),
            document_name=document.storage_name,
            document_sha256=hashlib.sha256(DOCUMENT).hexdigest(),
        )
        transaction.set_rollback(True)
    return made


@pytest.fixture
def backup_key(made: Made, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOGO_BACKUP_KEY", made.key)
    monkeypatch.delenv("HOGO_BACKUP_KEY_FILE", raising=False)
    return made.key
