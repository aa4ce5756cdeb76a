"""`hogo stats tables` and `hogo stats publish` as the issue specifies them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.stats.models import Release

TODAY = date.today()
LAST_YEAR = TODAY.year - 1


def test_tables_lists_one_name_per_line() -> None:
    out = io.StringIO()
    call_command("stats", "tables", stdout=out)
    assert out.getvalue().splitlines() == [
        "arrivals_by_quarter",
        "closures_by_quarter",
        "new_cases_by_quarter",
        "support_paid_by_quarter",
    ]


def _publish(out: Path, *extra: str, start: str = "", end: str = "") -> list[list[str]]:
    call_command(
        "stats",
        "publish",
        "arrivals_by_quarter",
        "--from",
        start or f"{LAST_YEAR}-01-01",
        "--to",
        end or f"{LAST_YEAR}-06-30",
        "--out",
        str(out),
        *extra,
        stderr=io.StringIO(),
    )
    return list(csv.reader(out.read_text().splitlines()))


@pytest.mark.django_db
def test_publish_writes_the_protected_table_as_csv(
    add_cases: Callable[..., object], tmp_path: Path
) -> None:
    add_cases(40, "japanese_spouse", date(LAST_YEAR, 2, 1))
    add_cases(3, "descendant", date(LAST_YEAR, 3, 1))
    add_cases(25, "descendant", date(LAST_YEAR, 5, 1))
    rows = _publish(tmp_path / "arrivals.csv")
    assert rows[0][0] == "quarter"
    assert rows[0][-1] == "total"
    assert [row[0] for row in rows[1:]] == [f"{LAST_YEAR}-Q1", f"{LAST_YEAR}-Q2", "total"]
    cells = [cell for row in rows[1:] for cell in row[1:]]
    assert all(cell == "withheld" or not 0 < int(cell) < 10 for cell in cells)
    # Columns in words, no internal code (no contract asks for one).
    assert "japanese_spouse" not in rows[0]
    spouse = rows[0].index("Japanese spouse")
    descendant = rows[0].index("descendant")
    assert rows[1][spouse] == "40"
    assert rows[1][descendant] == "withheld"
    # The Q1 total (43) minus the spouses (40) would give the 3: it is withheld too,
    # and reads the same as the 3, though it is larger.
    assert rows[1][-1] == "withheld"
    release = Release.objects.get()
    assert AuditEntry.objects.filter(action="stats.publish", object_id=str(release.pk)).exists()


@pytest.mark.django_db
def test_publish_refuses_a_period_that_is_not_whole_quarters(tmp_path: Path) -> None:
    out = tmp_path / "arrivals.csv"
    with pytest.raises(CommandError, match="quarter's first day"):
        _publish(out, start=f"{LAST_YEAR}-01-15")
    with pytest.raises(CommandError, match="has not"):
        _publish(out, start=f"{TODAY.year + 1}-01-01", end=f"{TODAY.year + 1}-03-31")
    assert not out.exists()
    assert not list(tmp_path.iterdir())
    assert not Release.objects.exists()


@pytest.mark.django_db
def test_publish_refuses_an_unknown_table_and_a_bad_date(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(CommandError, match="no table named"):
        call_command(
            "stats",
            "publish",
            "nope",
            "--from",
            "2020-01-01",
            "--to",
            "2020-03-31",
            "--out",
            str(out),
        )
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command(
            "stats",
            "publish",
            "arrivals_by_quarter",
            "--from",
            "2020-13-01",
            "--to",
            "2020-03-31",
            "--out",
            str(out),
        )
    assert not out.exists()


@pytest.mark.django_db
def test_publish_can_write_xlsx_and_use_differential_privacy(
    add_cases: Callable[..., object], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    add_cases(30, "japanese_spouse", date(LAST_YEAR, 2, 1))
    out = tmp_path / "arrivals.xlsx"
    call_command(
        "stats",
        "publish",
        "arrivals_by_quarter",
        "--from",
        f"{LAST_YEAR}-01-01",
        "--to",
        f"{LAST_YEAR}-03-31",
        "--out",
        str(out),
        "--method",
        "dp",
        stderr=io.StringIO(),
    )
    sheet = load_workbook(out).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "quarter"
    assert values[-1][0] == "total"
    assert Release.objects.get().method == "dp"


@pytest.mark.django_db
def test_a_release_earlier_ones_already_give_away_is_refused_in_words(
    add_cases: Callable[..., object],
    tmp_path: Path,
    statistician: User,
    client_for: Callable[[User | None], Client],
) -> None:
    add_cases(40, "japanese_spouse", date(LAST_YEAR, 2, 1))
    add_cases(3, "descendant", date(LAST_YEAR, 3, 1))
    # A release from before the present rule, which showed the 3 as it was.
    header = ["quarter", "japanese_national", "japanese_spouse", "former_resident"]
    header += ["descendant", "other", "total"]
    Release.objects.create(
        table="arrivals_by_quarter",
        period_from=date(LAST_YEAR, 1, 1),
        period_to=date(LAST_YEAR, 3, 31),
        method="suppress",
        header=header,
        rows=[[f"{LAST_YEAR}-Q1", 0, 40, 0, 3, 0, 43], ["total", 0, 40, 0, 3, 0, 43]],
        atoms={f"{LAST_YEAR}-Q1|japanese_spouse": 40, f"{LAST_YEAR}-Q1|descendant": 3},
        released_by_label="old",
    )
    out = tmp_path / "arrivals.csv"
    with pytest.raises(CommandError) as refused:
        _publish(out)
    message = str(refused.value)
    assert "cannot be released" in message
    assert f"descendant, {LAST_YEAR}-Q1" in message
    assert "Release a period that leaves those quarters out" in message
    assert "Traceback" not in message
    assert not out.exists()
    assert Release.objects.count() == 1
    page = client_for(statistician).post(
        reverse("stats:publish"),
        {
            "table": "arrivals_by_quarter",
            "start": date(LAST_YEAR, 1, 1),
            "end": date(LAST_YEAR, 6, 30),
            "method": "suppress",
        },
    )
    assert page.status_code == 200
    assert "cannot be released" in page.content.decode()
    assert Release.objects.count() == 1
