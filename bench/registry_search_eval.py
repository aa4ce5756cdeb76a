"""`hogo registry search` on a generated set: how often the true record is first.

    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/search.sqlite3 \\
        .venv/bin/python bench/registry_search_eval.py DIR [--top 10]

DIR as written by bench/synthetic.py, bench/testimony.py or bench/testimony_dev.py. The
registry is imported and trained (hogo registry train) unless the database already
holds it; the claims are searched as `hogo registry search` does (the verify-identity
lookup), and of the claims with a true record it prints the share whose true record
is ranked first, and among the top K. With --table, the calibration of the candidates'
match_probability as bench/linkage_eval.py reports it for pairs: every candidate written
is one prediction that it is the claim's true record; a reliability table in ten bins and
the ECE over the candidates scored 0.1 or more.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--claims", type=int, help="search only the first N claims")
    parser.add_argument(
        "--prior-model", action="store_true", help="do not train: search with the prior model"
    )
    parser.add_argument("--table", action="store_true", help="print the reliability table")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    django.setup()
    from django.core.management import call_command

    from hogo.linkage.records import read_records
    from hogo.registries.actions import import_registry, search_registry, train_registry
    from hogo.registries.selectors import registry_by_name

    call_command("migrate", verbosity=0)
    name = "eval-" + args.directory.name
    registry = registry_by_name(name)
    if registry is None:
        start = time.process_time()
        outcome = import_registry(name=name, path=args.directory / "registry.csv", actor=None)
        registry = outcome.registry
        print(f"import: {outcome.imported} rows, CPU {time.process_time() - start:.0f} s")
    if not registry.model_json and not args.prior_model:
        train_registry(registry, actor=None)
    truth = dict(csv.reader((args.directory / "truth.csv").open(encoding="utf-8")))
    claims = read_records(args.directory / "claims.csv")
    if args.claims is not None:
        claims = replace(claims, records=claims.records[: args.claims])
    start = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "candidates.csv"
        search_registry(registry, claims, out, top=args.top, actor=None)
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    cpu = time.process_time() - start
    matchable = [c.id for c in claims.records if c.id in truth]
    found = {(r["claim_id"], r["record_id"]): int(r["rank"]) for r in rows}
    ranks = [found.get((claim, truth[claim])) for claim in matchable]
    first = sum(rank == 1 for rank in ranks)
    listed = sum(rank is not None for rank in ranks)
    ece = reliability(rows, truth, table=args.table)
    print(
        f"| {args.directory.name} | {registry.row_count} | {len(matchable)} | "
        f"{first / len(matchable):.3f} | {listed / len(matchable):.3f} | "
        f"{cpu / max(len(claims.records), 1) * 1000:.0f} ms | {ece:.3f} |"
    )


def reliability(rows: list[dict[str, str]], truth: dict[str, str], *, table: bool) -> float:
    """The ECE of the candidates scored 0.1 or more; with `table`, the reliability table."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(10)]
    for row in rows:
        probability = float(row["match_probability"])
        true = truth.get(row["claim_id"]) == row["record_id"]
        bins[min(int(probability * 10), 9)].append((probability, true))
    upper = sum(len(b) for b in bins[1:])
    error = 0.0
    if table:
        print("| bin | candidates | mean probability | share true |\n|---|---|---|---|")
    for index, members in enumerate(bins):
        if not members:
            continue
        mean = sum(p for p, _ in members) / len(members)
        share = sum(t for _, t in members) / len(members)
        if index >= 1:
            error += len(members) * abs(mean - share)
        if table:
            low, high = index / 10, (index + 1) / 10
            print(f"| {low:.1f} to {high:.1f} | {len(members)} | {mean:.3f} | {share:.3f} |")
    return error / max(upper, 1)


if __name__ == "__main__":
    main()
