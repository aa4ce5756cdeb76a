"""How long small-cell suppression takes, and how much memory, as released tables grow.

    .venv/bin/python bench/stats_suppression.py [--repeat 3] [--years 25 50 75]

Random tables of five category columns with row and column totals, quarterly.
Each size is measured in a fresh process (so the peak memory is that run's
own, Python and the solver included): a first release of the whole period,
then an overlapping release of its second half to three years beyond it,
protected against the first (the case differencing attacks target). Two
kinds of counts: "dense" (0, 0, 1, 3, 8, 12, 40, 150) and "sparse" (mostly
0, 1 or 2 a quarter, like the demo's 300 cases over the programme's years).
Medians over the repeats are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLUMNS = ["japanese_national", "japanese_spouse", "former_resident", "descendant", "other"]
KINDS = {"dense": [0, 0, 1, 3, 8, 12, 40, 150], "sparse": [0, 0, 0, 0, 0, 0, 1, 1, 2]}


def quarters(n: int) -> list[str]:
    return [f"{1950 + i // 4}-Q{i % 4 + 1}" for i in range(n)]


def one(years: int, kind: str) -> dict[str, float]:
    from hogo.stats import protection

    rng = random.Random(5)
    n = years * 4
    labels = quarters(n + 12)
    values = {(q, c): rng.choice(KINDS[kind]) for q in labels for c in COLUMNS}
    first_period = labels[:n]
    started = time.perf_counter()
    cells = protection.layout(first_period, COLUMNS)
    withheld = protection.suppress(cells, values, quarters=first_period, columns=COLUMNS)
    first = time.perf_counter() - started
    second_period = labels[n // 2 :]
    started = time.perf_counter()
    cells_2 = protection.layout(second_period, COLUMNS)
    withheld_2 = protection.suppress(
        cells_2,
        values,
        earlier=[c.atoms for c in cells if c not in withheld],
        earlier_withheld=[c.atoms for c in withheld],
        quarters=labels,
        columns=COLUMNS,
    )
    second = time.perf_counter() - started
    return {
        "first": first,
        "second": second,
        "cells": len(cells),
        "withheld": len(withheld),
        "cells_2": len(cells_2),
        "withheld_2": len(withheld_2),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 25, 50, 75])
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(one(int(options.one[0]), options.one[1])))
        return
    print(
        "| counts | years | quarters | cells | first release (s) | withheld "
        "| overlapping release (s) | withheld | peak memory (MB) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    root = Path(__file__).resolve().parent.parent
    for kind in KINDS:
        for years in options.years:
            runs = []
            for _ in range(options.repeat):
                command = [sys.executable, __file__, "--one", str(years), kind]
                out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root)
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))

            def median(key: str, runs: list[dict[str, float]] = runs) -> float:
                return statistics.median(r[key] for r in runs)

            print(
                f"| {kind} | {years} | {years * 4} | {int(median('cells'))} "
                f"| {median('first'):.2f} | {int(median('withheld'))} "
                f"| {median('second'):.2f} | {int(median('withheld_2'))} "
                f"| {median('peak_mb'):.0f} |"
            )


if __name__ == "__main__":
    main()
