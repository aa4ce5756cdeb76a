"""The same trained model on Spark, in local mode (Java 17 and pyspark)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from hogo.linkage import cli


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")
def test_spark_finds_the_same_pairs_as_duckdb(files: tuple[Path, Path], tmp_path: Path) -> None:
    claims, registry = files
    found = {}
    for backend in ("duckdb", "spark"):
        out = tmp_path / f"{backend}.csv"
        assert cli.main([str(claims), str(registry), "--out", str(out), "--backend", backend]) == 0
        with out.open(encoding="utf-8") as stream:
            found[backend] = {
                (row["left_id"], row["right_id"]): float(row["match_probability"])
                for row in csv.DictReader(stream)
            }
    assert (
        found["spark"].keys()
        == found["duckdb"].keys()
        == {("C1", "R1"), ("C2", "R2"), ("C3", "R3")}
    )
    for pair, probability in found["duckdb"].items():
        assert found["spark"][pair] == pytest.approx(probability, abs=1e-6)
