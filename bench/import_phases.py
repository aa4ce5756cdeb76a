"""Where `hogo registry import` spends its time: each phase's wall time, hogo's CPU time
and, on PostgreSQL, the server's (the CPU time of the connection's backend process, read
from /proc: the server must run on the same machine).

    HOGO_DEBUG=1 HOGO_DATABASE_URL=postgres://…/hogo_bench \\
        .venv/bin/python bench/import_phases.py DIR [--keep]

DIR is what bench/synthetic.py wrote (registry.csv). The registry is imported as
`bench`, in one process, then removed (timed too) unless --keep. Phases are timed by
wrapping hogo.registries' functions; what no phase holds (the commit, the audit entry)
is the difference between the whole and their sum.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import django

PHASES = {
    "parse_records": "reading and checking the file",
    "stored_features": "features",
    "_insert_records": "records",
    "_write_keys": "name keys",
    "_write_key_counts": "key counts",
    "_delete_rows": "old rows deleted",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from hogo.registries import actions

    call_command("migrate", verbosity=0)
    backend: int | None = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            (backend,) = cursor.fetchone()

    def server() -> float:
        if backend is None:
            return 0.0
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            wall, cpu, backend_cpu = time.perf_counter(), time.process_time(), server()
            try:
                return function(*args, **kwargs)
            finally:
                phase = spent[PHASES[name]]
                phase[0] += time.perf_counter() - wall
                phase[1] += time.process_time() - cpu
                phase[2] += server() - backend_cpu

        return wrapper

    for name in PHASES:
        setattr(actions, name, timed(name, getattr(actions, name)))
    wall, cpu, backend_cpu = time.perf_counter(), time.process_time(), server()
    outcome = actions.import_registry(
        name="bench", path=args.directory / "registry.csv", actor=None
    )
    totals = [time.perf_counter() - wall, time.process_time() - cpu, server() - backend_cpu]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"{outcome.imported} rows on {connection.vendor}, load {os.getloadavg()[0]:.1f}")
    print("| phase | wall | CPU (hogo) | CPU (server) |\n|---|---|---|---|")
    for name, (w, c, s) in [*spent.items(), ("whole import", totals)]:
        print(f"| {name} | {w:.1f} s | {c:.1f} s | {s:.1f} s |")
    print(f"peak memory {peak:.2f} GB")
    if not args.keep:
        wall, backend_cpu = time.perf_counter(), server()
        actions.remove_registry(outcome.registry, actor=None)
        print(
            f"removed in {time.perf_counter() - wall:.1f} s (server {server() - backend_cpu:.1f} s)"
        )


if __name__ == "__main__":
    main()
