"""Every text about withheld cells says the configured protection level, in every language,
and every withheld cell reads the same in the page, the CSV and the XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.stats import exports
from hogo.stats.actions import publish_table

LAST_YEAR = date.today().year - 1


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    # A request in Japanese or Korean leaves its language active in this thread.
    yield
    translation.activate("en")


def _in(client: Client, language: str) -> Client:
    client.cookies["hogo-language"] = language
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    return client


START, END = date(LAST_YEAR, 1, 1), date(LAST_YEAR, 6, 30)


@pytest.mark.django_db
@override_settings(STATS_PROTECTION_LEVEL=15)
def test_the_pages_say_the_configured_level(
    statistician: User, client_for: Callable[[User | None], Client]
) -> None:
    client = client_for(statistician)
    page = client.get(reverse("stats:overview")).content.decode()
    assert "below 15 other than 0" in page
    assert "1 to 9" not in page
    assert "&lt;10" not in page
    japanese = _in(client, "ja").get(reverse("stats:overview")).content.decode()
    assert "15未満の数" in japanese
    assert "1〜9" not in japanese
    korean = _in(client, "ko").get(reverse("stats:overview")).content.decode()
    assert "15 미만의 수" in korean
    assert "1~9" not in korean


@pytest.mark.django_db
def test_a_small_count_and_its_complement_read_alike_everywhere(
    statistician: User,
    client_for: Callable[[User | None], Client],
    add_cases: Callable[..., list[Case]],
) -> None:
    add_cases(40, "japanese_spouse", date(LAST_YEAR, 2, 1))
    add_cases(3, "descendant", date(LAST_YEAR, 3, 1))  # small: withheld
    add_cases(25, "descendant", date(LAST_YEAR, 5, 1))
    release = publish_table(
        "arrivals_by_quarter", start=START, end=END, actor=statistician, today=timezone.localdate()
    )
    withheld = [cell for row in release.rows for cell in row[1:] if not str(cell).isdigit()]
    # The 3, its quarter's total (43) and the descendants' total (28): larger ones included,
    # every withheld cell carries the one mark.
    assert len(withheld) >= 2
    assert set(withheld) == {"withheld"}
    client = _in(client_for(statistician), "ja")
    page = client.get(reverse("stats:release", args=[release.pk])).content.decode()
    assert "秘匿" in page
    assert "&lt;10" not in page
    assert "「秘匿」は秘匿したセルです" in page
    with translation.override("ko"):
        rows = list(csv.reader(io.StringIO(exports.as_csv(release))))
        book = load_workbook(io.BytesIO(exports.as_xlsx(release)))
    assert rows[0][0] == "분기"
    assert "일본인 배우자" in rows[0]
    assert "japanese_spouse" not in rows[0]
    assert rows[-1][0] == "합계"
    marks = {cell for row in rows[1:] for cell in row[1:] if not cell.isdigit()}
    assert marks == {"비공개"}
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "분기"
    assert {v for row in values[1:] for v in row[1:] if not isinstance(v, int)} == {"비공개"}
    notes = {row[0]: row[1] for row in book.worksheets[1].iter_rows(values_only=True)}
    assert notes["비공개"].startswith("'비공개'는 비공개 처리한 셀입니다")
    assert "arrivals_by_quarter" not in str(notes)


@pytest.mark.django_db
@override_settings(STATS_PROTECTION_LEVEL=15)
def test_the_what_if_page_says_the_configured_level(
    supervisor: User, client_for: Callable[[User | None], Client]
) -> None:
    page = client_for(supervisor).get(reverse("support:what_if")).content.decode()
    assert "below 15 other than 0" in page
    assert "1 to 9" not in page
    japanese = _in(client_for(supervisor), "ja").get(reverse("support:what_if")).content.decode()
    assert "15未満の数" in japanese
