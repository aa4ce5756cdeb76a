"""A follow-up on the reported case alerts her case only; deceased cases are never candidates."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from django.core.management import call_command

from hogo.cases.actions import transition_case
from hogo.cases.workflow import Status
from hogo.monitor import selectors
from hogo.monitor.models import Alert, Article
from tests.monitor.demo import LoadedDemo, reports_case

FOLLOW_UP = (
    "A Japanese woman who escaped from North Korea late last year arrived at Kansai "
    "International Airport on Thursday on a flight from Shenyang, back in Japan for the first "
    "time in 44 years. The 65-year-old, a native of eastern Japan, had been held for about two "
    "weeks by Chinese authorities in Jilin after a mediating organization demanded money.\n"
)
FOLLOW_UP_JA = (
    "北朝鮮を脱出した東日本出身の日本人妻の女性（65）が、瀋陽からの便で関西空港に到着し、"  # noqa: RUF001
    "44年ぶりに帰国した。女性は吉林省で中国当局に拘束されていた。\n"
)


def ingest(path: Path, *, published: str) -> None:
    call_command(
        "monitor",
        "ingest",
        str(path),
        "--published",
        published,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


class TestAFollowUpMatchesTheCaseAlreadyReported(LoadedDemo):
    def test_her_arrival_alerts_her_case_and_no_other(self) -> None:
        for number, text in enumerate((FOLLOW_UP, FOLLOW_UP_JA)):
            path = Path(self.tmp) / f"follow-up-{number}.txt"
            path.write_text(text, encoding="utf-8")
            ingest(path, published="2003-03-21")
        assert Article.objects.count() == 2
        alerted = sorted(Alert.objects.values_list("article_id", "case_id"))
        her = reports_case().pk
        assert [case for _article, case in alerted] == [her, her]

    def setUp(self) -> None:
        self._dir = tempfile.TemporaryDirectory()
        self.tmp = self._dir.name

    def tearDown(self) -> None:
        self._dir.cleanup()


class TestDeceasedCasesAreNotCandidates(LoadedDemo):
    def test_a_deceased_case_is_left_out_of_scoring(self) -> None:
        case = reports_case()
        assert case.pk in {facts.case_id for facts in selectors.open_case_facts()}
        officer = case.officer
        assert officer is not None
        transition_case(
            case,
            to=Status.DECEASED,
            actor=officer,
            reason="Reported dead by her family.",
            expected_version=case.version,
        )
        assert case.pk not in {facts.case_id for facts in selectors.open_case_facts()}
