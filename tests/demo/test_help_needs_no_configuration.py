"""A newcomer's first commands: help reads without keys, and `demo --help` makes none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def hogo(*args: str, var: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("HOGO_", "DJANGO_"))
    }
    env["HOGO_VAR_DIR"] = str(var)
    return subprocess.run(
        [sys.executable, "-m", "hogo", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("command", ["serve", "monitor", "demo"])
def test_help_prints_the_usage_and_not_a_traceback(command: str, tmp_path: Path) -> None:
    done = hogo(command, "--help", var=tmp_path / "var")
    assert done.returncode == 0, done.stderr
    assert f"usage: hogo {command}" in done.stdout
    assert "Traceback" not in done.stderr


def test_demo_help_creates_no_master_key(tmp_path: Path) -> None:
    var = tmp_path / "var"
    hogo("demo", "--help", var=var)
    assert not (var / "master_key").exists()
    assert not (var / "secret_key").exists()


def test_serving_without_keys_says_what_is_missing(tmp_path: Path) -> None:
    done = hogo("serve", var=tmp_path / "var")
    assert done.returncode == 2
    assert "HOGO_SECRET_KEY" in done.stderr
    assert "Traceback" not in done.stderr
