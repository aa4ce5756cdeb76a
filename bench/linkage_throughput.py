"""Throughput: `hogo link` and plain Splink on the same files, and `hogo registry import`.

    .venv/bin/python bench/linkage_throughput.py link DIR [--runs 3]
    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/bench.sqlite3 \\
        .venv/bin/python bench/linkage_throughput.py import DIR [--runs 1]

DIR is what bench/synthetic.py wrote (claims.csv, registry.csv). Each job runs as a
child process; its wall time and peak resident memory (getrusage of the child) are
printed, then the median of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
HERE = Path(__file__).resolve().parent


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (GB) of one child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(wall, peak, done.returncode)\n"
    )
    # A fresh parent per job, so RUSAGE_CHILDREN holds this job's peak alone.
    out = subprocess.run(
        [PYTHON, "-c", code, *command], capture_output=True, text=True, env=env, check=True
    )
    wall, peak_kb, returncode = out.stdout.split()
    if returncode != "0":
        raise SystemExit(f"{command} exited {returncode}")
    return float(wall), int(peak_kb) / 1024 / 1024


def report(name: str, runs: list[tuple[float, float]]) -> None:
    walls = ", ".join(f"{w:.0f}" for w, _ in runs)
    print(
        f"| {name} | {statistics.median(w for w, _ in runs):.0f} s ({walls}) | "
        f"{statistics.median(m for _, m in runs):.2f} GB |",
        flush=True,
    )


def link(directory: Path, runs: int) -> None:
    claims, registry = directory / "claims.csv", directory / "registry.csv"
    with tempfile.TemporaryDirectory() as tmp:
        hogo = [
            PYTHON, "-m", "hogo.linkage.cli", str(claims), str(registry),
            "--out", str(Path(tmp) / "links.csv"),
        ]  # fmt: skip
        plain = [PYTHON, str(HERE / "plain_splink_link.py"), str(claims), str(registry)]
        print("| job | wall, median (runs) | peak memory |\n|---|---|---|", flush=True)
        report("hogo link", [measure(hogo) for _ in range(runs)])
        report("plain Splink, raw strings", [measure(plain) for _ in range(runs)])


def import_(directory: Path, runs: int) -> None:
    env = dict(os.environ)
    hogo = [str(Path(PYTHON).parent / "hogo")]
    subprocess.run([*hogo, "migrate", "-v", "0"], env=env, check=True)
    print("| job | wall, median (runs) | peak memory |\n|---|---|---|", flush=True)
    results = []
    for run in range(runs):
        # A new name each run: importing the same file again under one name changes nothing.
        name = f"throughput-{os.getpid()}-{run}"
        command = [*hogo, "registry", "import", name, str(directory / "registry.csv")]
        results.append(measure(command, env))
        subprocess.run([*hogo, "registry", "remove", name], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    report("hogo registry import", results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("job", choices=["link", "import"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M")
    print(f"{args.job} {args.directory} ({os.cpu_count()} cores, started {started})")
    (link if args.job == "link" else import_)(args.directory, args.runs)


if __name__ == "__main__":
    main()
