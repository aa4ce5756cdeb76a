"""How long the protection of an amount table takes, and how much memory, as it grows.

    .venv/bin/python bench/stats_amounts.py [--repeat 3] [--years 10 25 50]

Random quarterly tables of yen paid by kind of benefit (monthly, one-off),
with row and column totals, seed 5: each atom has 0, 0, 1, 2, 3, 5, 8, 12,
15 or 30 payments to people drawn from 400, of ¥170,000, ¥240,000, ¥270,000,
¥300,000 or ¥1,000,000 (schedules like the support's). Many atoms have fewer
than 10 people behind them or are dominated by one payment, so most of the
work is complementary suppression and the attacker's check. Each size runs
in a fresh process; peak memory is that process's. Medians over the repeats.
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


def _one(years: int) -> dict[str, float]:
    from hogo.stats import magnitude, protection

    rng = random.Random(5)
    quarters = [f"{2000 + i // 4}-Q{i % 4 + 1}" for i in range(years * 4)]
    columns = ["monthly", "one_off"]
    paid: dict[tuple[str, str], dict[int, int]] = {}
    for quarter in quarters:
        for column in columns:
            shares: dict[int, int] = {}
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 15, 30])):
                person = rng.randint(1, 400)
                yen = rng.choice([170_000, 240_000, 270_000, 300_000, 1_000_000])
                shares[person] = shares.get(person, 0) + yen
            paid[quarter, column] = shares
    cells = protection.layout(quarters, columns)
    start = time.perf_counter()
    withheld = magnitude.suppress_amounts(
        cells, paid, quarters=quarters, columns=columns, level=10, p=15
    )
    seconds = time.perf_counter() - start
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cells": len(cells), "withheld": len(withheld), "seconds": seconds, "mb": memory}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.one)))
        return
    print("| years | quarters | cells | withheld | seconds | peak memory (MB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for years in args.years:
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--one", str(years)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )
            for _ in range(args.repeat)
        ]
        seconds = statistics.median(r["seconds"] for r in runs)
        memory = statistics.median(r["mb"] for r in runs)
        first = runs[0]
        print(
            f"| {years} | {years * 4} | {first['cells']} | {first['withheld']} "
            f"| {seconds:.2f} | {memory:.0f} |"
        )


if __name__ == "__main__":
    main()
