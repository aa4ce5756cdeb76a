"""`hogo registry search`: the verify-identity ranking for a whole file of claims, as
shared/contracts/person-records.md (v1.1) says."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hogo.audit.models import AuditEntry
from hogo.linkage.records import PersonRecord
from hogo.registries.models import Registry
from hogo.registries.selectors import candidates_in

CLAIMS = [
    "claim_id,family_name,given_name,sex,birth_date,birth_place",
    "C1,김,정일,M,1935,함경북도",  # 金 正一 (R1), told in hangul with the year only
    "C2,Sato,Hanako,F,1937-07-01,Niigata",  # 佐藤 花子 (R2), in romaji
    "C3,Choe,Min-ho,M,1950,",  # nobody
    "C4,,,M,not a date,",  # no name: rejected, the others still searched
]


def _search(tmp_path: Path, *args: str) -> tuple[list[dict[str, str]], str]:
    claims = tmp_path / "claims.csv"
    claims.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    out, err = tmp_path / "candidates.csv", io.StringIO()
    call_command(
        "registry", "search", "manifests", str(claims), "--out", str(out), *args,
        stdout=io.StringIO(), stderr=err,
    )  # fmt: skip
    with out.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream)), err.getvalue()


@pytest.mark.django_db
def test_each_claim_gets_its_candidates_ranked_as_the_page_ranks_them(
    manifests_with_kim: Registry, tmp_path: Path
) -> None:
    rows, err = _search(tmp_path, "--top", "3")
    assert list(rows[0]) == ["claim_id", "rank", "record_id", "match_probability"]
    first = {r["claim_id"]: r["record_id"] for r in rows if r["rank"] == "1"}
    assert first["C1"] == "R1"
    assert first["C2"] == "R2"
    assert max(int(r["rank"]) for r in rows) <= 3
    assert "line 5" in err
    # The same order and probabilities as the verify-identity lookup.
    claim = PersonRecord(
        "C1",
        2,
        {"family_name": "김", "given_name": "정일", "sex": "M", "birth_date": "1935",
         "birth_place": "함경북도"},
    )  # fmt: skip
    page = candidates_in(manifests_with_kim, claim, keep=3)
    ours = [r for r in rows if r["claim_id"] == "C1"]
    assert [r["record_id"] for r in ours] == [c.record.record_id for c in page]
    for row, found in zip(ours, page, strict=True):
        assert float(row["match_probability"]) == pytest.approx(
            found.scored.match_probability, abs=1e-6
        )
    assert AuditEntry.objects.filter(action="registries.search").count() == 1


@pytest.mark.django_db
def test_an_unknown_registry_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no registry named 'manifests'"):
        _search(tmp_path)
