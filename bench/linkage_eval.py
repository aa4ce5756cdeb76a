"""One `hogo link` run, every measure: F1 at the shipped threshold, blocking recall,
rank 1, calibration.

    .venv/bin/python bench/linkage_eval.py DIR [DIR …] [--table]

DIR as written by bench/synthetic.py or bench/testimony.py.

Links each DIR's claims.csv to its registry.csv once, writing every pair scored
(threshold 0), and reports from that run:

* precision, recall and F1 of the pairs at match probability >= 0.5 (what `hogo link`
  writes by default);
* blocking recall: true pairs among all pairs scored;
* rank 1: of the claims that have a true record, how many have it as their most
  probable candidate;
* calibration: a reliability table of the pairs in ten bins and the expected
  calibration error (ECE) over the pairs scored 0.1 or more, pairs weighted alike.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np
import pandas as pd

from hogo.linkage import engine
from hogo.linkage.records import read_records

THRESHOLD = 0.5


def evaluate(directory: Path, *, table: bool) -> dict[str, float]:
    left, right = read_records(directory / "claims.csv"), read_records(directory / "registry.csv")
    truth_frame = pd.read_csv(directory / "truth.csv", dtype=str)
    truth = set(zip(truth_frame["claim_id"], truth_frame["record_id"], strict=True))
    start = time.perf_counter()
    links, _model = engine.run(left, right, threshold=0.0)
    seconds = time.perf_counter() - start
    pairs = list(zip(links["left_id"], links["right_id"], strict=True))
    links = links.assign(true=[pair in truth for pair in pairs])
    kept = links[links["match_probability"] >= THRESHOLD]
    hits = int(kept["true"].sum())
    precision = hits / len(kept) if len(kept) else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    best = links.sort_values(["left_id", "match_probability"], ascending=[True, False])
    first = best.groupby("left_id").head(1)
    rank1 = int(first["true"].sum()) / len(truth)
    bins = np.minimum((links["match_probability"] * 10).astype(int), 9)
    grouped = links.groupby(bins).agg(
        pairs=("true", "size"), mean=("match_probability", "mean"), true=("true", "mean")
    )
    # ECE over the pairs scored 0.1 or more: the many pairs near 0 would hide any error.
    scored = grouped[grouped.index >= 1]
    upper = links[links["match_probability"] >= 0.1]
    ece = float(
        (scored["pairs"] * (scored["mean"] - scored["true"]).abs()).sum() / max(len(upper), 1)
    )
    result = {
        "claims": len(left.records),
        "registry": len(right.records),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "blocking_recall": int(links["true"].sum()) / len(truth),
        "rank1": rank1,
        "ece": ece,
        "seconds": seconds,
    }
    if table:
        print(f"\n{directory}: reliability\n| bin | pairs | mean probability | share true |")
        print("|---|---|---|---|")
        for index, row in grouped.iterrows():
            print(
                f"| {index / 10:.1f} to {(index + 1) / 10:.1f} | {row['pairs']:.0f} | "
                f"{row['mean']:.3f} | {row['true']:.3f} |"
            )
    return result


def main() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", type=Path, nargs="+")
    parser.add_argument("--table", action="store_true", help="print the reliability tables")
    args = parser.parse_args()
    rows = [(d, evaluate(d, table=args.table)) for d in args.directories]
    print(
        "\n| set | registry | claims | precision | recall | F1 | blocking recall | rank 1 "
        "| ECE | time |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    for directory, r in rows:
        print(
            f"| {directory.name} | {r['registry']:.0f} | {r['claims']:.0f} | "
            f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
            f"{r['blocking_recall']:.3f} | {r['rank1']:.3f} | {r['ece']:.3f} | "
            f"{r['seconds']:.0f} s |"
        )


if __name__ == "__main__":
    main()
