"""A linkage job from two person-record files to a links file, with no database.

Training always runs on DuckDB (in memory); prediction runs on DuckDB or, for
registries too large for one machine, on Spark with the same trained model.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
from splink import DuckDBAPI, Linker

from hogo.linkage import model
from hogo.linkage.features import Features, features
from hogo.linkage.records import PersonRecord, ReadResult, read_records
from hogo.linkage.schema import SCHEMA

Backend = Literal["duckdb", "spark"]
LINK_COLUMNS = ("left_id", "right_id", "match_probability", "match_weight", "pair_probability")
FIELD_WEIGHTS = ("name", "birth_date", "birth_place", "sex", "spouse", "departure_year")

# Below this many possible pairs, random sampling says little: the priors stay.
MIN_PAIRS_FOR_U = 20_000
MIN_PAIRS_FOR_EM = 1_000_000
M_FLOOR = 0.005
COMPETITOR_SHARE = 0.1
U_FLOOR = 1e-7


@dataclass(frozen=True)
class LinkResult:
    pairs: int
    left_rows: int
    right_rows: int
    rejected: int


def frame(rows: Iterable[Features]) -> pd.DataFrame:
    """Features as the table Splink compares (lists become arrays, empty ones NULL)."""
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for row in rows:
        for name in SCHEMA.names:
            value = row[name]  # type: ignore[literal-required]
            columns[name].append(value or None if isinstance(value, list) else value)
    table: pd.DataFrame = pa.table(columns, schema=SCHEMA).to_pandas()
    return table


def feature_frame(records: Sequence[PersonRecord]) -> pd.DataFrame:
    return frame(features(record) for record in records)


class LinkSetupError(ValueError):
    """The job cannot start as configured: the message says why."""


_MEMORY = re.compile(r"^\s*\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


def memory_limit() -> str:
    """How much memory DuckDB may hold before it spills to disk.

    HOGO_LINK_MEMORY_LIMIT ("8GB", "500MiB"), or half the machine's memory: DuckDB's own
    default (80%) leaves too little for the records and features held beside it.
    """
    configured = os.environ.get("HOGO_LINK_MEMORY_LIMIT", "").strip()
    if configured:
        if not _MEMORY.match(configured):
            raise LinkSetupError(
                f"HOGO_LINK_MEMORY_LIMIT is {configured!r}; give a size such as 8GB or 500MiB"
            )
        return configured
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return f"{total // 2 // 2**20}MiB"


@contextmanager
def duckdb_api() -> Iterator[DuckDBAPI]:
    """An in-memory DuckDB for one job that spills to a private temporary directory
    beyond memory_limit(), so a large registry is slower rather than killed."""
    limit = memory_limit()
    with tempfile.TemporaryDirectory(prefix="hogo-link-") as spill:
        connection = duckdb.connect(config={"memory_limit": limit, "temp_directory": spill})
        try:
            yield DuckDBAPI(connection=connection)
        finally:
            connection.close()


def quiet_splink() -> None:
    logging.getLogger("splink").setLevel(logging.WARNING)


def _tables(left: pd.DataFrame, right: pd.DataFrame) -> Any:
    # Splink's annotation names table names only; it takes data frames as well.
    return [left, right]


def _linker(left: pd.DataFrame, right: pd.DataFrame, settings: Any, db_api: DuckDBAPI) -> Linker:
    return Linker(
        _tables(left, right),
        settings,
        db_api,
        input_table_aliases=["l", "r"],
        set_up_basic_logging=False,
    )


def _trained(linker: Linker) -> dict[str, Any]:
    """The linker's model as Splink settings, with no level made impossible."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.json"
        linker.misc.save_model_to_json(str(path), overwrite=True)
        trained: dict[str, Any] = json.loads(path.read_text())
    return bounded_probabilities(trained)


def train(left: pd.DataFrame, right: pd.DataFrame, *, seed: int = 1) -> dict[str, Any]:
    """The trained model for these two tables, as Splink settings."""
    quiet_splink()
    with duckdb_api() as db_api:
        return _train(left, right, db_api, seed=seed)


def _train(
    left: pd.DataFrame, right: pd.DataFrame, db_api: DuckDBAPI, *, seed: int
) -> dict[str, Any]:
    linker = _linker(left, right, model.settings(), db_api)
    linker.training.estimate_probability_two_random_records_match(
        model.deterministic_rules(), recall=0.7
    )
    if len(left) * len(right) >= MIN_PAIRS_FOR_U:
        linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=seed)
    if len(left) * len(right) >= MIN_PAIRS_FOR_EM:
        # m from the data: first with birth years equal (so everything else is
        # learned), then with a shared given-name key (so the birth date is).
        for rule in model.training_blocks():
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, fix_probability_two_random_records_match=True
            )
    # Small files give no estimate of how many pairs are true: assume between a
    # fifth of the smaller file and all of it has its match in the other.
    smaller, pairs = min(len(left), len(right)), max(len(left) * len(right), 1)
    share = linker._settings_obj._probability_two_random_records_match
    bounded = min(max(share, 0.2 * smaller / pairs), smaller / pairs, 0.5)
    linker._settings_obj._probability_two_random_records_match = bounded
    return _trained(linker)


# A person who asks is in a given registry with even odds, before anything is compared.
IN_REGISTRY = 0.5


def train_for_registry(
    first: pd.DataFrame, second: pd.DataFrame, *, rows: int, seed: int = 1
) -> dict[str, Any]:
    """The model for looking people up in one registry, from two halves of a sample of it.

    What depends on the registry is learnt from it: u, how often two of its records agree
    by chance (many Kims, one birthplace for most rows), by random pairs across the halves,
    which never pair a record with itself. What describes claimants' errors (m) keeps its
    prior. The share of true pairs is the chance that the person is in the registry at
    all (IN_REGISTRY) spread over its rows: then the competing candidates' probabilities
    (see exclusive) are the posterior that each record is the person.
    """
    quiet_splink()
    with duckdb_api() as db_api:
        linker = _linker(first, second, model.settings(), db_api)
        linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=seed)
        share = IN_REGISTRY / max(rows, 1)
        linker._settings_obj._probability_two_random_records_match = share
        return _trained(linker)


def bounded_probabilities(trained: dict[str, Any]) -> dict[str, Any]:
    """No agreement level is impossible: a clerk or a claimant can always err.

    Without this an m of 0 (never seen among true pairs in training) would veto a
    pair outright, whatever else agreed.
    """
    for comparison in trained["comparisons"]:
        for level in comparison["comparison_levels"]:
            if "m_probability" in level:
                level["m_probability"] = max(level["m_probability"], M_FLOOR)
            if "u_probability" in level:
                level["u_probability"] = max(level["u_probability"], U_FLOOR)
    return trained


def predict_duckdb(
    left: pd.DataFrame, right: pd.DataFrame, trained: dict[str, Any], threshold: float
) -> pd.DataFrame:
    quiet_splink()
    with duckdb_api() as db_api:
        linker = _linker(left, right, trained, db_api)
        predictions = linker.inference.predict(threshold_match_probability=threshold)
        return predictions.as_pandas_dataframe()  # type: ignore[no-untyped-call, no-any-return]


def predict_spark(
    left: pd.DataFrame, right: pd.DataFrame, trained: dict[str, Any], threshold: float
) -> pd.DataFrame:
    from hogo.linkage.spark import predict

    return predict(left, right, trained, threshold)


def exclusive(predictions: pd.DataFrame) -> pd.Series:
    """Each left record is at most one person on the right: candidates compete.

    Splink scores each pair alone; when a claim meets two registry records that
    both look right (siblings, namesakes), at most one of them can be the person.
    With the pair odds o_i of a claim's candidates, the probability that candidate
    i is the one is o_i / (1 + sum of o_j): the odds of "none of them" weigh 1.
    """
    probability = predictions["match_probability"].clip(upper=1 - 1e-12)
    odds = probability / (1 - probability)
    total = odds.groupby(predictions["unique_id_l"]).transform("sum")
    return odds / (1 + total)


# Platt scaling of the reported probability: its log-odds times SLOPE plus SHIFT. Fitted by
# `bench/linkage_calibration.py --fit` on a held-out synthetic set (seed 8; the figures in
# docs/benchmarks.md are measured on seed 7 and on FEBRL4). Without it the probabilities
# between 0.05 and 0.95 were too low: of pairs scored 0.3, about half were true.
PLATT_SLOPE = 1.1676
PLATT_SHIFT = 1.1541


def calibrated(probability: Any) -> Any:
    """The probability as the contract promises it: of pairs scored 0.9, nine in ten true.

    Works on a float or a numpy/pandas array alike.
    """
    clipped = np.clip(probability, 1e-15, 1 - 1e-15)
    log_odds = np.log(clipped / (1 - clipped))
    return 1 / (1 + np.exp(-(PLATT_SLOPE * log_odds + PLATT_SHIFT)))


def calibrated_one(probability: float) -> float:
    """calibrated() for one probability, without numpy's overhead."""
    clipped = min(max(probability, 1e-15), 1 - 1e-15)
    log_odds = PLATT_SLOPE * math.log(clipped / (1 - clipped)) + PLATT_SHIFT
    return 1 / (1 + math.exp(-log_odds))


def uncalibrated(probability: float) -> float:
    """The probability before calibration that calibrates to this one."""
    clipped = min(max(probability, 1e-15), 1 - 1e-15)
    log_odds = (math.log(clipped / (1 - clipped)) - PLATT_SHIFT) / PLATT_SLOPE
    return 1 / (1 + math.exp(-log_odds))


def links_frame(predictions: pd.DataFrame, threshold: float = 0.0) -> pd.DataFrame:
    """The contract's columns, then the weight of each field's agreement."""
    if not predictions.empty:
        predictions = predictions.assign(pair_probability=predictions["match_probability"])
        predictions["match_probability"] = calibrated(exclusive(predictions))
        predictions = predictions[predictions["match_probability"] >= threshold]
    if predictions.empty:
        return pd.DataFrame(columns=[*LINK_COLUMNS, *(f"bf_{f}" for f in FIELD_WEIGHTS)])
    # Splink names the sides by the order of the input tables: _l is the left file.
    frame = pd.DataFrame(
        {
            "left_id": predictions["unique_id_l"],
            "right_id": predictions["unique_id_r"],
            "match_probability": predictions["match_probability"].round(6),
            "match_weight": predictions["match_weight"].round(4),
            "pair_probability": predictions["pair_probability"].round(6),
        }
    )
    for field in FIELD_WEIGHTS:
        frame[f"bf_{field}"] = predictions[f"bf_{field}"].round(4)
    return frame.sort_values(["left_id", "match_probability"], ascending=[True, False])


def write_links(frame: pd.DataFrame, out: Path) -> None:
    """Write next to the target and rename: a killed job leaves no half-written file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            frame.to_csv(stream, index=False, quoting=csv.QUOTE_MINIMAL)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(
    left: ReadResult,
    right: ReadResult,
    *,
    threshold: float = 0.5,
    backend: Backend = "duckdb",
    trained: dict[str, Any] | None = None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    left_frame = feature_frame(left.records)
    right_frame = feature_frame(right.records)
    if trained is None:
        trained = train(left_frame, right_frame)
    predict = predict_spark if backend == "spark" else predict_duckdb
    # Competing candidates lower each other's probability: fetch those a little
    # below the threshold too, so that they are counted.
    predictions = predict(
        left_frame, right_frame, trained, uncalibrated(threshold) * COMPETITOR_SHARE
    )
    return links_frame(predictions, threshold), trained


def link_files(
    left_path: Path,
    right_path: Path,
    out: Path,
    *,
    threshold: float = 0.5,
    backend: Backend = "duckdb",
) -> LinkResult:
    left, right = read_records(left_path), read_records(right_path)
    links, _trained = run(left, right, threshold=threshold, backend=backend)
    write_links(links, out)
    return LinkResult(
        pairs=len(links),
        left_rows=len(left.records),
        right_rows=len(right.records),
        rejected=len(left.rejections) + len(right.rejections),
    )
