"""Acceptance: the report about the woman alerts her case only; the general one alerts none."""

from __future__ import annotations

import io

from django.core.management import call_command

from hogo.monitor.models import Alert, AlertStatus, Article
from tests.monitor.demo import DATA, LoadedDemo, reports_case


def ingest(name: str) -> str:
    out = io.StringIO()
    call_command("monitor", "ingest", str(DATA / name), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def alerts_csv() -> list[str]:
    out = io.StringIO()
    call_command("monitor", "alerts", "--format", "csv", stdout=out)
    return out.getvalue().splitlines()


class TestTheReportsRaiseTheRightAlerts(LoadedDemo):
    def test_the_report_about_the_woman_alerts_her_case_and_no_other(self) -> None:
        ingest("003_6a36e5572c49a015.txt")
        alerts = list(Alert.objects.all())
        assert [alert.case_id for alert in alerts] == [reports_case().pk]
        assert alerts[0].status == AlertStatus.OPEN

    def test_the_general_report_raises_no_alert(self) -> None:
        ingest("000_71b622da262d4d53.txt")
        assert not Alert.objects.exists()

    def test_the_csv_names_the_file_as_the_source(self) -> None:
        ingest("003_6a36e5572c49a015.txt")
        lines = alerts_csv()
        assert lines[0].startswith("article_id,source,case_id,score")
        _article_id, source, case_id, score = lines[1].split(",")[:4]
        assert source == "003_6a36e5572c49a015.txt"
        assert int(case_id) == reports_case().pk
        assert float(score) >= 7.0
        assert len(lines) == 2

    def test_the_alert_explains_which_case_facts_matched(self) -> None:
        ingest("003_6a36e5572c49a015.txt")
        rules = {item["rule"] for item in Alert.objects.get().evidence}
        assert {"age", "departure_year", "home_region", "custody_place", "custodian"} <= rules

    def test_her_officer_and_the_compartments_supervisors_are_notified(self) -> None:
        ingest("003_6a36e5572c49a015.txt")
        names = {user.username for user in Alert.objects.get().recipients.all()}
        assert names == {"caseworker1", "supervisor", "supervisor2"}


class TestAPublicationDateCanBeGiven(LoadedDemo):
    def test_published_dates_a_plain_text_file(self) -> None:
        out = io.StringIO()
        path = str(DATA / "003_6a36e5572c49a015.txt")
        call_command(
            "monitor", "ingest", path, "--published", "2003-01-28", stdout=out, stderr=io.StringIO()
        )
        article = Article.objects.get()
        assert article.published_on is not None
        assert article.published_on.isoformat() == "2003-01-28"
        assert [alert.case_id for alert in Alert.objects.all()] == [reports_case().pk]
