"""The officer of a case hears of an exposure alert among their notifications."""

from __future__ import annotations

import io

from django.core.management import call_command
from django.urls import reverse

from hogo.approvals.models import Notification, NotificationKind
from hogo.monitor.models import Alert
from tests.conftest import sign_in_verified
from tests.monitor.demo import DATA, LoadedDemo, reports_case


class TestTheOfficerIsNotified(LoadedDemo):
    def test_an_alert_on_her_case_notifies_her_officer_and_no_one_else(self) -> None:
        call_command(
            "monitor", "ingest", str(DATA / "003_6a36e5572c49a015.txt"), stdout=io.StringIO()
        )
        alert = Alert.objects.get()
        case = reports_case()
        notes = list(Notification.objects.filter(kind=NotificationKind.ALERT))
        assert [note.recipient for note in notes] == [case.officer]
        assert case.reference in notes[0].text
        assert notes[0].link == reverse("monitor:article", kwargs={"article_pk": alert.article_id})

    def test_the_notifications_page_says_it_in_words(self) -> None:
        call_command(
            "monitor", "ingest", str(DATA / "003_6a36e5572c49a015.txt"), stdout=io.StringIO()
        )
        case = reports_case()
        assert case.officer is not None
        sign_in_verified(self.client, case.officer)
        page = self.client.get(reverse("approvals:notifications")).content.decode()
        assert "A press article may describe a case you are the officer of" in page

    def test_an_article_about_no_case_notifies_no_one(self) -> None:
        call_command(
            "monitor", "ingest", str(DATA / "000_71b622da262d4d53.txt"), stdout=io.StringIO()
        )
        assert not Notification.objects.filter(kind=NotificationKind.ALERT).exists()
