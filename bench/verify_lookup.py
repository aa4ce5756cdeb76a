"""Interactive "verify identity": time one person's search against an imported registry.

    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/verify.sqlite3 \\
        .venv/bin/python bench/verify_lookup.py /tmp/syn [--lookups 100]

OUTDIR is what bench/synthetic.py wrote. The registry is imported (timed), then each
claim becomes a person (all its names, sex, birth date, birthplace) and is searched for
as the page does; prints the median and 95th percentile (wall clock, and CPU time of
the process, which a machine shared with other work disturbs less), and how often the true record
is the top candidate. The registry's model is trained (hogo registry train) if it has none.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import statistics
import time
from pathlib import Path

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lookups", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    django.setup()
    from django.core.management import call_command

    from hogo.lib.names import load_dictionaries
    from hogo.registries.actions import import_registry, train_registry
    from hogo.registries.selectors import candidates_in
    from hogo.registries.verify import ClaimNames, claim_record

    call_command("migrate", verbosity=0)
    start, start_cpu = time.perf_counter(), time.process_time()
    outcome = import_registry(name="bench", path=args.outdir / "registry.csv", actor=None)
    # The process's peak so far is the import's: nothing before it held much.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(
        f"import: {outcome.imported} rows in {time.perf_counter() - start:.1f} s "
        f"(CPU {time.process_time() - start_cpu:.1f} s, peak memory {peak:.2f} GB)",
        flush=True,
    )
    if not outcome.registry.model_json:
        start = time.perf_counter()
        start_cpu = time.process_time()
        train_registry(outcome.registry, actor=None)
        wall, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
        print(f"train: {wall:.1f} s (CPU {cpu_seconds:.1f} s)", flush=True)
    # As a web process does at start (hogo/wsgi.py): not part of any one lookup.
    start = time.perf_counter()
    load_dictionaries()
    print(f"name dictionaries: {time.perf_counter() - start:.1f} s", flush=True)
    truth = dict(csv.reader((args.outdir / "truth.csv").open(encoding="utf-8")))
    claims = list(csv.DictReader((args.outdir / "claims.csv").open(encoding="utf-8")))
    claims = [c for c in claims if c["claim_id"] in truth][: args.lookups]
    times, cpu, top = [], [], 0
    for row in claims:
        claim = claim_record(
            ClaimNames(
                row["family_name"],
                row["given_name"],
                row.get("family_name_reading", ""),
                row.get("given_name_reading", ""),
                [tuple(a.partition(" ")[::2]) for a in row["other_names"].split(";") if a],
            ),
            sex=row["sex"],
            birth_date=row["birth_date"],
            birth_place=row["birth_place"],
            spouse_name=row.get("spouse_name", ""),
        )
        began, began_cpu = time.perf_counter(), time.process_time()
        found = candidates_in(outcome.registry, claim)
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        top += bool(found) and found[0].record.record_id == truth[row["claim_id"]]
    times.sort()
    cpu.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    cpu95 = cpu[int(0.95 * (len(cpu) - 1))]
    print(
        f"lookups: {len(times)}, wall median {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms; CPU median {statistics.median(cpu) * 1000:.0f} ms, "
        f"p95 {cpu95 * 1000:.0f} ms; true record first: {top}/{len(times)}"
    )


if __name__ == "__main__":
    main()
