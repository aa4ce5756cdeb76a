"""Dismissal reasons feed the threshold report."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.monitor import actions
from hogo.monitor.sources import RawArticle

pytestmark = pytest.mark.django_db


def test_a_dismissal_and_its_reason_appear_in_the_report(case: Case, caseworker: User) -> None:
    text = "元在日朝鮮人の金正一さんは新潟県出身。金正一さんは中国に滞在している。"
    [alert] = actions.ingest_article(RawArticle("x.txt", "file", text), actor=None).alerts
    actions.dismiss_alert(alert, actor=caseworker, reason="A namesake from Osaka.")
    out = io.StringIO()
    call_command("monitor", "thresholds", stdout=out)
    report = out.getvalue()
    assert "Alert threshold now: 7.0" in report
    assert "A namesake from Osaka." in report
    assert f"alert {alert.pk}" in report
