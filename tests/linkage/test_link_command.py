"""`hogo link` as the contract says, in a process with no database at all."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hogo.linkage import cli, engine

HOGO = [sys.executable, "-m", "hogo"]


def _links(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_it_finds_the_true_pairs_across_scripts(files: tuple[Path, Path], tmp_path: Path) -> None:
    claims, registry = files
    out = tmp_path / "links.csv"
    assert cli.main([str(claims), str(registry), "--out", str(out)]) == 0
    links = _links(out)
    assert {(row["left_id"], row["right_id"]) for row in links} == {
        ("C1", "R1"),
        ("C2", "R2"),
        ("C3", "R3"),
    }
    assert list(links[0])[:3] == ["left_id", "right_id", "match_probability"]
    assert all(0.5 <= float(row["match_probability"]) <= 1.0 for row in links)


def test_a_claim_with_no_true_record_gets_no_link(files: tuple[Path, Path], tmp_path: Path) -> None:
    claims, registry = files
    out = tmp_path / "links.csv"
    cli.main([str(claims), str(registry), "--out", str(out), "--threshold", "0.01"])
    assert "C4" not in {row["left_id"] for row in _links(out)}


def test_a_bad_threshold_is_refused(files: tuple[Path, Path], tmp_path: Path) -> None:
    claims, registry = files
    result = subprocess.run(
        [
            *HOGO,
            "link",
            str(claims),
            str(registry),
            "--out",
            str(tmp_path / "x"),
            "--threshold",
            "1.5",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "HOGO_DEBUG": "1"},
    )
    assert result.returncode != 0
    assert "not between 0 and 1" in result.stderr
    assert not (tmp_path / "x").exists()


def test_an_unreadable_file_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes("claim_id,family_name\nC1,金\n".encode("shift_jis"))
    out = tmp_path / "links.csv"
    assert cli.main([str(bad), str(bad), "--out", str(out)]) == 2
    assert not out.exists()


def test_it_runs_when_the_configured_database_does_not_exist(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    claims, registry = files
    out = tmp_path / "links.csv"
    env = {
        **os.environ,
        "HOGO_DEBUG": "1",
        "HOGO_DATABASE_URL": "postgres://nobody@127.0.0.1:1/no_such_database",
    }
    result = subprocess.run(
        [*HOGO, "link", str(claims), str(registry), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "3 pairs at or above 0.5" in result.stdout
    assert len(_links(out)) == 3


def test_a_bad_memory_limit_is_a_clear_error_and_writes_nothing(
    files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    claims, registry = files
    out = tmp_path / "links.csv"
    monkeypatch.setenv("HOGO_LINK_MEMORY_LIMIT", "lots")
    assert cli.main([str(claims), str(registry), "--out", str(out)]) == 2
    assert "HOGO_LINK_MEMORY_LIMIT is 'lots'" in capsys.readouterr().err
    assert not out.exists()


def test_duckdb_keeps_to_the_memory_limit_and_spills_to_its_own_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOGO_LINK_MEMORY_LIMIT", "300MiB")
    with engine.duckdb_api() as db_api:
        connection = db_api._con
        limit = connection.execute("SELECT current_setting('memory_limit')").fetchone()
        spill = connection.execute("SELECT current_setting('temp_directory')").fetchone()
        assert limit is not None
        assert spill is not None
        assert limit[0] in ("300.0 MiB", "314.5 MB")
        assert Path(spill[0]).is_dir()
        assert Path(spill[0]).name.startswith("hogo-link-")
    assert not Path(spill[0]).exists()  # removed with the job
