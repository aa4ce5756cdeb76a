"""Deciding on a press alert changes the case's work: a grant's reader cannot do it.

The outsider reads "east" through a grant, so sees the alert on its case, but
acknowledging or dismissing another desk's exposure alert is not reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.http import Http404
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.monitor import actions, selectors
from hogo.monitor.models import Alert, AlertStatus
from hogo.monitor.sources import RawArticle

ARTICLE = "元在日朝鮮人の金正一さんは新潟県出身。支援団体によると、金正一さんは中国に滞在している。"


@pytest.fixture
def alert(case: Case) -> Alert:
    [raised] = actions.ingest_article(RawArticle("wire.txt", "file", ARTICLE), actor=None).alerts
    return raised


def test_a_grant_reader_sees_the_alert_but_cannot_dismiss_it(
    granted_outsider: User, alert: Alert
) -> None:
    assert selectors.alerts_visible_to(granted_outsider).filter(pk=alert.pk).exists()
    with pytest.raises(Http404):
        actions.dismiss_alert(alert, actor=granted_outsider, reason="not our man at all")
    with pytest.raises(Http404):
        actions.acknowledge_alert(alert, actor=granted_outsider)
    alert.refresh_from_db()
    assert alert.status == AlertStatus.OPEN


def test_the_alert_page_refuses_a_grant_readers_decision(
    client_for: Callable[[User | None], Client], granted_outsider: User, alert: Alert
) -> None:
    response = client_for(granted_outsider).post(
        reverse("monitor:decide", kwargs={"alert_pk": alert.pk}),
        {"decision": "dismiss", "reason": "not our man at all"},
    )
    assert response.status_code == 404
    alert.refresh_from_db()
    assert alert.status == AlertStatus.OPEN


def test_the_cases_officer_still_dismisses_it(caseworker: User, alert: Alert) -> None:
    actions.dismiss_alert(alert, actor=caseworker, reason="another man of the same name")
    alert.refresh_from_db()
    assert alert.status == AlertStatus.DISMISSED
