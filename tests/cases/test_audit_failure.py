"""If the audit entry cannot be written, the request fails and shows nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit import log
from hogo.cases.models import Case


def break_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(log.AuditEntry.objects, "create", refuse)


def test_a_case_page_is_not_shown_when_its_view_cannot_be_audited(
    case: Case,
    caseworker: User,
    client_for: Callable[[User | None], Client],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = client_for(caseworker)
    break_audit(monkeypatch)
    response = client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert response.status_code == 500
    body = response.content.decode()
    assert "正一" not in body
    assert case.reference not in body


def test_a_transition_is_not_kept_when_it_cannot_be_audited(
    case: Case,
    caseworker: User,
    client_for: Callable[[User | None], Client],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = client_for(caseworker)
    break_audit(monkeypatch)
    response = client.post(
        reverse("cases:transition", kwargs={"pk": case.pk}),
        {"to": "verifying", "reason": "go", "version": case.version},
    )
    assert response.status_code == 500
    case.refresh_from_db()
    assert case.status == "reported"
    assert case.events.count() == 1
