from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from hogo.accounts.models import User
from hogo.accounts.sudo import SUDO_UNTIL
from hogo.support.models import Batch, BatchStatus, Entitlement
from hogo.support.payments import set_bank_account
from hogo.support.runs import run_month


@pytest.fixture
def batch(entitled: Entitlement, caseworker: User, preparer: User) -> Batch:
    set_bank_account(
        entitled.household,
        bank_code="0001",
        branch_code="001",
        account_type="1",
        number="1234567",
        holder_kana="キン セイイチ",
        actor=caseworker,
    )
    prepared = run_month(date(2026, 3, 1), actor=preparer).batch
    assert prepared is not None
    return prepared


@pytest.mark.django_db
def test_the_payment_officer_sees_what_paying_needs_and_no_name_or_narrative(
    batch: Batch, approver: User, client_for: Callable[..., Client]
) -> None:
    text = client_for(approver).get(reverse("support:batch", args=[batch.pk])).content.decode()
    assert "¥680,000" in text
    assert "ｷﾝ ｾｲｲﾁ" in text  # the account holder, as the bank knows them
    assert "••••567" in text  # the account number, masked
    assert "2026-03" in text
    for secret in ("金 正一", "正一", "safe house", "Reached a safe house"):
        assert secret not in text


@pytest.mark.django_db
def test_approving_on_the_page_first_asks_for_the_password_again(
    batch: Batch, approver: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(approver)
    url = reverse("support:approve", args=[batch.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    batch.refresh_from_db()
    assert batch.status == BatchStatus.AWAITING_APPROVAL
    session = client.session
    session[SUDO_UNTIL] = time.time() + 60
    session.save()
    assert client.post(url).status_code == 302
    batch.refresh_from_db()
    assert batch.status == BatchStatus.APPROVED


@pytest.mark.django_db
def test_the_preparer_is_not_offered_the_approval_page(
    batch: Batch, preparer: User, client_for: Callable[..., Client]
) -> None:
    assert client_for(preparer).get(reverse("support:approve", args=[batch.pk])).status_code == 404


@pytest.mark.django_db
def test_the_case_page_shows_the_schedule_in_yen_to_the_caseworker(
    entitled: Entitlement, caseworker: User, client_for: Callable[..., Client]
) -> None:
    url = reverse("support:case", args=[entitled.household.case.pk])
    text = client_for(caseworker).get(url).content.decode()
    assert "¥680,000" in text
    assert "¥170,000" in text
    assert "2026-03-10" in text


@pytest.mark.django_db
def test_the_batch_page_speaks_japanese(
    batch: Batch, approver: User, client_for: Callable[..., Client], settings: Any
) -> None:
    client = client_for(approver)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ja"
    # The request switches this thread to Japanese; the tests after it stay in English.
    with translation.override(translation.get_language()):
        text = client.get(reverse("support:batch", args=[batch.pk])).content.decode()
    assert "支払バッチ" in text
    assert "承認待ち" in text
    assert "¥680,000" in text
