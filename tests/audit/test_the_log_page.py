"""Auditors read the log, and can have the chain verified, from its page."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.log import head
from hogo.cases.models import Case


def test_the_auditor_sees_who_did_what_but_no_case_contents(
    case: Case, auditor: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(auditor).get(reverse("audit:log"))
    body = page.content.decode()
    assert "cases.create" in body
    assert "正一" not in body


def test_the_page_verifies_the_chain_on_request(
    case: Case, auditor: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(auditor).get(reverse("audit:log"), {"verify": "1"})
    assert page.context["verdict"].ok
    assert head()[:12] in page.content.decode()
