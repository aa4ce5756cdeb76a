"""A PostgreSQL database made as deploy/postgresql/roles.sql makes it, for one test run.

The roles and the database get names of this run's own, so runs in parallel
(and the operator's real `hogo_owner` and `hogo_app`) never meet, and all three
are dropped when the test's ExitStack closes.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from contextlib import ExitStack
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def scratch_database(stack: ExitStack, admin_url: str, tmp: Path) -> tuple[str, str, str]:
    """deploy/postgresql/roles.sql, renamed for this run, run by psql: (owner, app, database)."""
    import psycopg

    suffix = secrets.token_hex(4)
    owner, app, name = f"hogo_owner_{suffix}", f"hogo_app_{suffix}", f"hogo_e2e_{suffix}"
    script = (DEPLOY / "postgresql" / "roles.sql").read_text(encoding="utf-8")
    script = re.sub(r"\bhogo_owner\b", owner, script)
    script = re.sub(r"\bhogo_app\b", app, script)
    script = re.sub(r"(DATABASE|connect) hogo\b", rf"\1 {name}", script)
    (tmp / "roles.sql").write_text(script, encoding="utf-8")

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for role in (app, owner):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')

    stack.callback(drop)
    subprocess.run(
        ["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(tmp / "roles.sql")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return owner, app, name
