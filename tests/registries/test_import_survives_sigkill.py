"""An import killed with SIGKILL leaves the registry as it was before.

A real `hogo` process, on its own SQLite file, is killed in the middle of
writing a second, larger file: the registry still holds the first file.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.registries.conftest import GOOD, HEADER

HOGO = [sys.executable, "-m", "hogo"]


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(HOGO_DATABASE_URL=f"sqlite:///{tmp / 'kill.sqlite3'}", HOGO_DEBUG="1")
    return env


@pytest.mark.skipif(
    os.environ.get("HOGO_DATABASE_URL", "").startswith("postgres"),
    reason="the transaction guarantee is the database's; checked once on SQLite",
)
def test_a_killed_import_leaves_the_registry_as_it_was(tmp_path: Path) -> None:
    env = _env(tmp_path)
    subprocess.run([*HOGO, "migrate", "-v0"], env=env, check=True, timeout=120)
    first = tmp_path / "first.csv"
    first.write_text("\n".join([HEADER, *GOOD]) + "\n", encoding="utf-8")
    subprocess.run([*HOGO, "registry", "import", "m", str(first)], env=env, check=True)
    big = tmp_path / "big.csv"
    rows = (f"B{i},金,正{i},,,,M,1935,,,,1960" for i in range(300_000))
    big.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        [*HOGO, "registry", "import", "m", str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + 120
    # Killed once some rows are written, halfway through the transaction.
    written = re.compile(r"[1-9][0-9]*/300000")
    while not written.search(seen) and time.monotonic() < deadline:
        seen += process.stderr.read(1)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert written.search(seen), "the import never started writing rows"
    described = subprocess.run(
        [*HOGO, "registry", "describe", "m"], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "file: first.csv" in described
    assert "rows: 3" in described
    count = subprocess.run(
        [
            *HOGO,
            "shell",
            "-c",
            "from hogo.registries.models import RegistryRecord as R;print(R.objects.count())",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert count.strip().splitlines()[-1] == "3"
