from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command

from hogo.registries.models import Registry, RegistryRecord
from tests.registries.conftest import GOOD


def _import(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("registry", "import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_it_imports_the_valid_rows_and_names_each_bad_line_with_its_reason(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv(
        GOOD[0],
        "R4,朴,,,,,X,,,,,",
        "R5,,,,,,M,1935,,,,",
        "R6,崔,明,,,,M,昭和99年13月40日,,,,",
        GOOD[0].replace("R1", "R1"),
        ",金,一,,,,,,,,,",
        "R7,金,一,,,,,,,,,1800",
        "R8,only,three",
        GOOD[1],
    )
    out, err = _import("manifests", str(path))
    assert "2 rows imported, 7 rejected" in out
    assert "line 3: sex 'X' is not M, F or empty" in err
    assert "line 4: no name" in err
    assert "line 5: birth_date '昭和99年13月40日'" in err
    assert "line 6: record_id 'R1' was already used on line 2" in err
    assert "line 7: record_id is empty" in err
    assert "line 8: departure_year '1800' is not a year" in err
    assert "line 9: 3 cells where the header has 12" in err
    assert sorted(RegistryRecord.objects.values_list("record_id", flat=True)) == ["R1", "R2"]
    assert Registry.objects.get(name="manifests").rejected_count == 7


@pytest.mark.django_db
def test_line_numbers_count_the_physical_lines_of_quoted_multiline_cells(
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv('R1,"金\n(two lines)",正一,,,,M,,,,,', "R2,李,,,,,Q,,,,,")
    _out, err = _import("manifests", str(path))
    assert "line 4: sex 'Q'" in err


@pytest.mark.django_db
def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "sjis.csv"
    path.write_bytes("record_id,family_name\nR1,金\n".encode("shift_jis"))
    with pytest.raises(Exception, match="line 2: the file is not UTF-8"):
        _import("manifests", str(path))
    assert not Registry.objects.exists()


@pytest.mark.django_db
def test_a_claims_file_is_not_a_registry(write_csv: Callable[..., Path]) -> None:
    path = write_csv("C1,金,正一", header="claim_id,family_name,given_name")
    with pytest.raises(Exception, match="needs a record_id column"):
        _import("manifests", str(path))
