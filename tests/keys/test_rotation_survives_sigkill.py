"""`hogo keys rotate` killed with SIGKILL at several points, then run again, finishes.

A real `hogo` process, on its own SQLite file, is killed after some batches
have committed (and part-way through the next); every run after a kill picks
up where the committed batches stopped. In the end every value is under the
new key, and everything opens with the new key alone.
"""

from __future__ import annotations

import base64
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HOGO = [sys.executable, "-m", "hogo"]
EVENTS = 600

FILL = f"""
from datetime import date
from hogo.accounts.models import Compartment
from hogo.cases.models import Case, Event, EventKind
from hogo.people.models import Person
desk = Compartment.objects.create(code="east", name="East")
case = Case.objects.create(
    reference="HG-1", person=Person.objects.create(), category="other", compartment=desk,
    summary="A summary to rotate.",
)
Event.objects.bulk_create(
    Event(case=case, kind=EventKind.BROKER, occurred_on=date(2026, 1, 1),
          organisation=f"Broker {{i}}", text=f"Note {{i}}", demand_currency="USD")
    for i in range({EVENTS})
)
"""

CHECK = f"""
from hogo.cases.models import Case, Event
texts = sorted(int(e.text.split()[1]) for e in Event.objects.all())
assert texts == list(range({EVENTS})), "a note was lost"
assert all(e.organisation == "Broker " + e.text.split()[1] for e in Event.objects.all())
assert Case.objects.get().summary == "A summary to rotate."
print("all open")
"""


def _env(tmp: Path, *keys: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        HOGO_DATABASE_URL=f"sqlite:///{tmp / 'rotate.sqlite3'}",
        HOGO_DEBUG="1",
        HOGO_MASTER_KEY=",".join(keys),
    )
    return env


def _status(env: dict[str, str]) -> dict[str, int]:
    out = subprocess.run(
        [*HOGO, "keys", "status"], env=env, capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[0]: int(line.split()[2]) for line in out.splitlines() if line.strip()}


def _rotate_and_kill(env: dict[str, str], batches: int) -> None:
    process = subprocess.Popen(
        [*HOGO, "keys", "rotate", "--batch-size", "7"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = 0
    deadline = time.monotonic() + 120
    while seen < batches and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += "re-wrapped" in line
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert seen == batches, "the rotation ended before it could be killed"


def _key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


@pytest.mark.skipif(
    os.environ.get("HOGO_DATABASE_URL", "").startswith("postgres"),
    reason="the transaction guarantee is the database's; checked once on SQLite",
)
def test_a_killed_rotation_run_again_finishes(tmp_path: Path) -> None:
    old, new = _key(), _key()
    before = _env(tmp_path, old)
    subprocess.run([*HOGO, "migrate", "-v0"], env=before, check=True, timeout=180)
    subprocess.run([*HOGO, "shell", "-c", FILL], env=before, check=True, timeout=120)
    (old_id,) = _status(before)
    total = _status(before)[old_id]
    assert total == 1 + EVENTS * 3

    during = _env(tmp_path, new, old)
    for batches in (1, 4, 30):
        _rotate_and_kill(during, batches)
    counts = _status(during)
    assert sum(counts.values()) == total
    assert 0 < counts[old_id] < total - 35 * 7  # the killed runs got that far, and no further
    finished = subprocess.run(
        [*HOGO, "keys", "rotate"], env=during, capture_output=True, text=True, check=True
    )
    assert "re-wrapped under" in finished.stdout

    after = _env(tmp_path, new)
    (new_id,) = _status(after)
    assert new_id != old_id
    assert _status(after) == {new_id: total}
    checked = subprocess.run(
        [*HOGO, "shell", "-c", CHECK], env=after, capture_output=True, text=True, check=True
    )
    assert checked.stdout.strip().endswith("all open")
