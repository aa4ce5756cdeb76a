"""Throughput: `hogo link` and plain Splink on the same files, and `hogo registry import`.

    .venv/bin/python bench/linkage_throughput.py link DIR [--runs 3]
    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/bench.sqlite3 \\
        .venv/bin/python bench/linkage_throughput.py import DIR [--runs 1]

DIR is what bench/synthetic.py wrote (claims.csv, registry.csv). Each job runs as a
child process; its wall time, CPU time (user and system, all its threads) and peak
resident memory (getrusage of the child) are printed, then the median of the runs. On a
machine shared with other jobs, compare the CPU times: the wall time counts the waits.
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


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (GB) of one child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, done.returncode)\n"
    )
    # A fresh parent per job, so RUSAGE_CHILDREN holds this job's peak alone.
    out = subprocess.run(
        [PYTHON, "-c", code, *command], capture_output=True, text=True, env=env, check=True
    )
    wall, cpu, peak_kb, returncode = out.stdout.split()
    if returncode != "0":
        raise SystemExit(f"{command} exited {returncode}")
    return float(wall), float(cpu), int(peak_kb) / 1024 / 1024


HEADER = "| job | wall, median (runs) | CPU, median (runs) | peak memory |\n|---|---|---|---|"


def report(name: str, runs: list[tuple[float, float, float]]) -> None:
    walls = ", ".join(f"{w:.0f}" for w, _c, _m in runs)
    cpus = ", ".join(f"{c:.0f}" for _w, c, _m in runs)
    print(
        f"| {name} | {statistics.median(w for w, _c, _m in runs):.0f} s ({walls}) | "
        f"{statistics.median(c for _w, c, _m in runs):.0f} s ({cpus}) | "
        f"{statistics.median(m for _w, _c, m in runs):.2f} GB |",
        f"load {os.getloadavg()[0]:.1f}",
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
        print(HEADER, flush=True)
        # Alternately, so that both meet the same load on a shared machine.
        hogo_runs, plain_runs = [], []
        for _run in range(runs):
            hogo_runs.append(measure(hogo))
            plain_runs.append(measure(plain))
        report("hogo link", hogo_runs)
        report("plain Splink, raw strings", plain_runs)


def import_(directory: Path, runs: int) -> None:
    env = dict(os.environ)
    hogo = [str(Path(PYTHON).parent / "hogo")]
    subprocess.run([*hogo, "migrate", "-v", "0"], env=env, check=True)
    print(HEADER, flush=True)
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
