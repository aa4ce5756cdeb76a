"""Scoring weighs every open case outside any transaction; alerts follow in a short one.

Ingesting used to score the article inside the transaction that stored it,
after its audit entry had taken the chain's lock: every other audited action
of the site waited while every open case was weighed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from hogo.monitor import actions, scoring
from hogo.monitor.sources import RawArticle

STORY = (
    "A 90-year-old man, 金 正一, from Niigata prefecture was taken into custody by security "
    "authorities in Jilin in December. He went to North Korea in 1960 and fled to China last "
    "summer, according to his supporters."
)


@pytest.fixture
def depths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many transactions (beyond the test's own) were open at each case weighed."""
    baseline = len(connection.atomic_blocks)
    seen: list[int] = []
    real = scoring.score

    def spy(*args: Any, **kwargs: Any) -> scoring.Match:
        seen.append(len(connection.atomic_blocks) - baseline)
        return real(*args, **kwargs)

    monkeypatch.setattr(scoring, "score", spy)
    return seen


def test_ingesting_scores_every_case_outside_the_transaction_that_took_the_audit_lock(
    case: Case, depths: list[int]
) -> None:
    result = actions.ingest_article(RawArticle("wire.txt", "file", STORY), actor=None)

    assert depths == [0]  # one open case, weighed with no transaction of the action open
    result.article.refresh_from_db()
    assert result.article.scored_at is not None
    assert AuditEntry.objects.filter(action="monitor.score").count() == 1


def test_a_pasted_article_is_scored_outside_the_request_transaction(
    case: Case,
    caseworker: User,
    depths: list[int],
    client_for: Callable[[User | None], Client],
) -> None:
    response = client_for(caseworker).post(
        reverse("monitor:paste"), {"title": "wire", "text": STORY}
    )

    assert response.status_code == 302
    assert depths == [0]
