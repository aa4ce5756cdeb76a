"""Emergency access stands out in the audit log, and can be listed alone."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.approvals import actions
from hogo.cases.models import Case


def test_break_glass_entries_are_marked_and_filterable(
    case: Case, outsider: User, auditor: User, client_for: Callable[[User | None], Client]
) -> None:
    actions.break_glass(
        actor=outsider, reference=case.reference, reason="Detained tonight, custody history"
    )
    client = client_for(auditor)
    page = client.get(reverse("audit:log")).content.decode()
    assert page.count('class="break-glass"') == 1
    assert 'class="badge break-glass"' in page
    only = client.get(reverse("audit:log"), {"break_glass": "1"})
    assert [entry.action for entry in only.context["page"]] == ["cases.break_glass"]
    assert "正一" not in only.content.decode()
