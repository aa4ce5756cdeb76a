"""A linkage job from two person-record files to a links file, with no database.

Training always runs on DuckDB (in memory); prediction runs on DuckDB or, for
registries too large for one machine, on Spark with the same trained model.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import operator
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


_LIST_COLUMNS = frozenset(f.name for f in SCHEMA if pa.types.is_list(f.type))


def frame(rows: Iterable[Features]) -> pd.DataFrame:
    """Features as the table Splink compares (lists become arrays, empty ones NULL)."""
    # Each row's values taken at once (in C), then turned into columns: a loop over every
    # cell in Python took as long as deriving the features from a cache.
    values = operator.itemgetter(*SCHEMA.names)
    rows = list(rows)
    try:
        table_rows = [values(row) for row in rows]
    except KeyError:  # features stored by an earlier hogo lack a newer column: empty
        table_rows = [tuple(row.get(name) for name in SCHEMA.names) for row in rows]
    columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for name, column in zip(SCHEMA.names, zip(*table_rows, strict=True), strict=False):
        if name in _LIST_COLUMNS:
            columns[name] = [v or None if isinstance(v, list) else v for v in column]
        else:
            columns[name] = list(column)
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


# Splink writes "the lists share an element" as the size of their intersection, which
# DuckDB builds as a new list for every pair; list_has_any answers the same question
# without building it (about a third less time for hogo's name comparison, evaluated on
# two million random pairs to estimate u). Where one side is NULL, list_has_any may be
# NULL where the size test was false: both mean "no" to a CASE, a join and an AND or OR,
# and Splink puts a blocking rule under NOT only through coalesce(..., false).
_SHARES_ELEMENT = re.compile(
    r"array_length\(list_intersect\(([\w.\"]+), ([\w.\"]+)\)\) >= 1(?![\d.])"
)


def shares_element(sql: str) -> str:
    """The SQL with each test that two lists share an element written as list_has_any."""
    return _SHARES_ELEMENT.sub(r"list_has_any(\1, \2)", sql)


class _DuckDBAPI(DuckDBAPI):
    """Splink's DuckDB with the tests of shared elements rewritten (shares_element)."""

    def _execute_sql_against_backend(self, final_sql: str) -> duckdb.DuckDBPyRelation:
        return super()._execute_sql_against_backend(shares_element(final_sql))


@contextmanager
def duckdb_api() -> Iterator[DuckDBAPI]:
    """An in-memory DuckDB for one job that spills to a private temporary directory
    beyond memory_limit(), so a large registry is slower rather than killed."""
    limit = memory_limit()
    with tempfile.TemporaryDirectory(prefix="hogo-link-") as spill:
        connection = duckdb.connect(config={"memory_limit": limit, "temp_directory": spill})
        try:
            yield _DuckDBAPI(connection=connection)
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
    return model.with_year_alone(bounded_probabilities(trained))


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
# Random pairs that learn a registry's u, and the rounds they are drawn in: each round
# compares about 1,100 records of each half with each other, and DuckDB holds only one
# round's pairs at a time (five million pairs at once took over 12 GB).
U_PAIRS = 5_000_000
U_ROUNDS = 4


def estimate_u_in_rounds(
    linker: Linker, *, pairs: float = U_PAIRS, rounds: int = U_ROUNDS, seed: int = 1
) -> None:
    """u from `pairs` random pairs drawn in `rounds` rounds of fresh records: the mean of
    the rounds' shares, a level none of a round's pairs reached counting as 0 in it.

    Splink keeps the median of repeated estimates, which for a rare level (a date that
    agrees exactly) is as coarse as one round's; the mean is as fine as all the pairs.
    """
    for round_ in range(rounds):
        linker.training.estimate_u_using_random_sampling(
            max_pairs=pairs / rounds, seed=seed + round_
        )
    for comparison in linker._settings_obj.comparisons:
        for level in comparison._comparison_levels_excluding_null:
            estimates = [r["probability"] for r in level._trained_u_probabilities]
            shares = [float(v) if isinstance(v, (int, float)) else 0.0 for v in estimates]
            if shares and sum(shares) > 0:
                level.u_probability = sum(shares) / len(shares)


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
        estimate_u_in_rounds(linker, seed=seed)
        share = IN_REGISTRY / max(rows, 1)
        linker._settings_obj._probability_two_random_records_match = share
        return with_prior_name_u(_trained(linker))


# The name levels whose u the prior keeps in a registry's model (indexes in
# model.names(), best first): those whose u is the claim's own name's in `hogo link`
# (OWN_FREQUENCY_LEVELS).
PRIOR_U_NAME_LEVELS = (0, 3, 4, 5, 6)


def with_prior_name_u(trained: dict[str, Any]) -> dict[str, Any]:
    """The model with the prior's u where names agree (both, or one with the other like
    it or alone).

    Random pairs of a registry learn the average u of each name level, and the average
    is dominated by the commonest names (Kim and Lee, a common given name, keys shared
    across scripts): on a generated registry of 20,000 rows, two random records reached
    "both names agree" in 1.2 % of pairs, 120 times the prior's u, and a lookup with that
    u left true records at half the probability they earn (of candidates scored 0.45,
    98 % were the person). `hogo link` replaces that u by the claim's own name's
    (bayes_factors); a lookup keeps the prior's, which is measured to be calibrated.
    """
    prior = model.settings().create_settings_dict(sql_dialect_str="duckdb")
    prior_levels = _name_levels(prior)
    levels = _name_levels(trained)
    if len(levels) != len(prior_levels):
        return trained
    for index in PRIOR_U_NAME_LEVELS:
        levels[index]["u_probability"] = float(prior_levels[index]["u_probability"])
    return trained


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


# The chance, before anything is compared, that a claimant is in the registry at all:
# `hogo link` estimates it from the claims (estimate_in_registry); a registry's lookup
# starts from this and learns it from officers' decisions.
IN_REGISTRY = 0.5
IN_REGISTRY_BOUNDS = (0.02, 0.98)


@dataclass(frozen=True)
class ClaimPrior:
    """What is believed of one claim before its candidates are compared.

    The claimant is in the registry with probability `in_registry`, and then is any of
    its `rows` records alike. A candidate with Bayes factor BF (how much likelier its
    agreements are for the person than for a stranger) is the person with probability

        r·BF / (1 + r·ΣBF + rest),   r = in_registry / ((1 - in_registry)·rows)

    over the claim's candidates; 1 / (1 + r·ΣBF + rest) is "none of these", and `rest`
    the person being in the registry under a record that was never a candidate (each
    such record's Bayes factor is about `unseen`: it shares no name key). The
    probability so means the same at any registry size: more rows lower the prior of
    each record, and as many more strangers compete.
    """

    rows: int
    in_registry: float = IN_REGISTRY
    unseen: float = 0.0

    @property
    def per_record(self) -> float:
        return self.in_registry / ((1 - self.in_registry) * max(self.rows, 1))

    def rest(self, candidates: int) -> float:
        outside = max(self.rows - candidates, 0) / max(self.rows, 1)
        return self.in_registry / (1 - self.in_registry) * self.unseen * outside


def prior_weight(trained: dict[str, Any]) -> float:
    """log2 of the pair prior odds Splink adds to every match weight."""
    share = min(max(float(trained["probability_two_random_records_match"]), 1e-300), 0.5)
    return math.log2(share / (1 - share))


def unseen_factor(trained: dict[str, Any]) -> float:
    """The Bayes factor of a record that shares no name key with the claim: the name
    comparison's last level (the others average 1 over strangers)."""
    for comparison in trained["comparisons"]:
        if comparison["output_column_name"] == "name":
            last = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")][-1]
            return float(last["m_probability"]) / float(last["u_probability"])
    return 0.0


def _name_levels(trained: dict[str, Any]) -> list[dict[str, Any]]:
    for comparison in trained["comparisons"]:
        if comparison["output_column_name"] == "name":
            return [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
    return []


def name_factor(trained: dict[str, Any], level: int = 0) -> tuple[float, float]:
    """m and u of a level of the name comparison: the first (both names share a key)
    unless said."""
    levels = _name_levels(trained)
    if not levels:
        return 1.0, 1.0
    return float(levels[level]["m_probability"]), float(levels[level]["u_probability"])


# Columns of a predictions frame: how many registry records share both names (a key of
# each) with the pair's claim, the pair's own record among them (see name_records); how
# many share its family name, and how many its given name (see key_records).
NAME_RECORDS = "name_records"
FAMILY_RECORDS = "family_records"
GIVEN_RECORDS = "given_records"
# The name levels whose u is the claim's own (indexes in model.names(), best first), with
# the column counting the records that bear the name and the level whose average u that
# count replaces: both names; the given name agreeing and the family name like it (a
# mistyped or misheard family name: the given name is most of the evidence), and the
# given name alone; the family name agreeing and the given name like it, and the family
# name alone.
OWN_FREQUENCY_LEVELS = (
    (0, NAME_RECORDS, 0),
    (3, GIVEN_RECORDS, 5),
    (4, FAMILY_RECORDS, 6),
    (5, GIVEN_RECORDS, 5),
    (6, FAMILY_RECORDS, 6),
)


def _at_name_level(predictions: pd.DataFrame, trained: dict[str, Any], level: int) -> pd.Series:
    levels = _name_levels(trained)
    if "gamma_name" in predictions.columns:
        gamma = len(levels) - 1 - level
        return predictions["gamma_name"].astype(float) == gamma
    m, u = name_factor(trained, level)
    close = np.isclose(predictions["bf_name"].astype(float), m / u, rtol=1e-6)
    return pd.Series(close, index=predictions.index)


def bayes_factors(
    predictions: pd.DataFrame, trained: dict[str, Any], rows: int | None = None
) -> pd.Series:
    """Each pair's Bayes factor: its match weight without the pair prior.

    Where both names agree and the claim's name count is known (NAME_RECORDS), the
    name's u is that claim's own: the share of the registry's rows that bear its name,
    not the average over all names. The average is dominated by the commonest names
    (Kim, Lee and a common given name): a claimant whose name three records bear would
    otherwise count as if hundreds did, and the per-claim prior, which falls with the
    registry's size, would leave the true record under-confident, the more so the larger
    the registry. With the claim's own count, odds = prior per record * m * rows / count
    no longer depend on the number of rows.

    So too where only one name agrees (the other mistyped, told by its sound, or a
    tsūmei the record does not hold): the family name alone counts by how many records
    bear the claim's family name (FAMILY_RECORDS), the given name alone by its given
    name (GIVEN_RECORDS). A rare family name with a mistyped given name is evidence; Kim
    with one is not, and the average over all names said the same of both. Where one
    name agrees and the other is like it, the agreeing name's u is scaled the same way
    (by its own count over the average u of that name agreeing alone).
    """
    weight = predictions["match_weight"].astype(float) - prior_weight(trained)
    factors = pd.Series(np.exp2(np.minimum(weight, 1000.0)), index=predictions.index)
    if rows is None or predictions.empty:
        return factors
    for level, column, reference in OWN_FREQUENCY_LEVELS:
        if column not in predictions.columns:
            continue
        _m, u = name_factor(trained, reference)
        count = predictions[column].astype(float)
        own_u = (count.clip(lower=1.0) / max(rows, 1)).clip(lower=U_FLOOR)
        at_level = _at_name_level(predictions, trained, level) & count.notna()
        factors = factors.where(~at_level, factors * (u / own_u))
    return factors


def name_records(left: pd.DataFrame, right: pd.DataFrame) -> pd.Series:
    """For each left record, how many right records share a family-name key and a
    given-name key with it (the records its name is as common as), by unique_id."""
    connection = duckdb.connect()
    try:
        connection.execute("SET enable_progress_bar = false")
        connection.register("l", left[["unique_id", "family_keys", "given_keys"]])
        connection.register("r", right[["unique_id", "family_keys", "given_keys"]])
        # count(DISTINCT) counts each record once however many of its key pairs meet the
        # claim's, so the pairs need no DISTINCT of their own (ten million rows to hash at
        # 100,000 records: most of this query's time).
        counted = connection.execute(
            """
            WITH lk AS (
                SELECT unique_id, f, unnest(given_keys) AS g FROM (
                    SELECT unique_id, unnest(family_keys) AS f, given_keys FROM l
                    WHERE family_keys IS NOT NULL AND given_keys IS NOT NULL
                )
            ), rk AS (
                SELECT unique_id, f, unnest(given_keys) AS g FROM (
                    SELECT unique_id, unnest(family_keys) AS f, given_keys FROM r
                    WHERE family_keys IS NOT NULL AND given_keys IS NOT NULL
                )
            )
            SELECT lk.unique_id AS claim, count(DISTINCT rk.unique_id) AS records
            FROM lk JOIN rk ON lk.f = rk.f AND lk.g = rk.g
            GROUP BY lk.unique_id
            """
        ).df()
    finally:
        connection.close()
    return pd.Series(
        counted["records"].to_numpy(), index=counted["claim"].astype(str), dtype="int64"
    )


def key_records(
    left: pd.DataFrame, right: pd.DataFrame, column: Literal["family_keys", "given_keys"]
) -> pd.Series:
    """For each left record, how many right records hold the commonest of its keys in
    `column` (family_keys or given_keys): the records its family (or given) name is as
    common as. Its keys are one name in several scripts and spellings, held by much the
    same records, so the commonest key stands for the name."""
    if column not in ("family_keys", "given_keys"):
        raise ValueError(column)
    connection = duckdb.connect()
    try:
        connection.execute("SET enable_progress_bar = false")
        connection.register("l", left[["unique_id", column]])
        connection.register("r", right[["unique_id", column]])
        counted = connection.execute(
            f"""
            WITH held AS (
                SELECT k, count(DISTINCT unique_id) AS records FROM (
                    SELECT unique_id, unnest({column}) AS k FROM r WHERE {column} IS NOT NULL
                ) GROUP BY k
            ), asked AS (
                SELECT DISTINCT unique_id, unnest({column}) AS k FROM l
                WHERE {column} IS NOT NULL
            )
            SELECT asked.unique_id AS claim, max(held.records) AS records
            FROM asked JOIN held ON asked.k = held.k
            GROUP BY asked.unique_id
            """  # noqa: S608 (column is one of two names, checked above)
        ).df()
    finally:
        connection.close()
    return pd.Series(
        counted["records"].to_numpy(), index=counted["claim"].astype(str), dtype="int64"
    )


def estimate_in_registry(
    factors: pd.Series, claims: pd.Series, *, all_claims: int, prior: ClaimPrior
) -> float:
    """The share of claimants who are in the registry, by expectation maximisation: the
    mean over all claims of each one's posterior that it is, until it settles."""
    sums = factors.groupby(claims.to_numpy()).sum()
    counts = factors.groupby(claims.to_numpy()).size()
    without = max(all_claims - len(sums), 0)
    share = prior.in_registry
    low, high = IN_REGISTRY_BOUNDS
    for _round in range(100):
        current = ClaimPrior(prior.rows, share, prior.unseen)
        evidence = current.per_record * sums + counts.map(current.rest)
        alone = current.rest(0)
        inside = float((evidence / (1 + evidence)).sum()) + without * alone / (1 + alone)
        updated = min(max(inside / max(all_claims, 1), low), high)
        if abs(updated - share) < 1e-6:
            return updated
        share = updated
    return share


def exclusive(
    predictions: pd.DataFrame,
    trained: dict[str, Any] | None = None,
    prior: ClaimPrior | None = None,
) -> pd.Series:
    """Each left record is at most one person on the right: candidates compete.

    Splink scores each pair alone; when a claim meets two registry records that
    both look right (siblings, namesakes), at most one of them can be the person.
    With a ClaimPrior, the probability is that of ClaimPrior; without one, the pair
    odds o_i (Splink's, with its prior per pair) give o_i / (1 + sum of o_j).
    """
    claims = predictions["unique_id_l"]
    if trained is None or prior is None:
        probability = predictions["match_probability"].clip(upper=1 - 1e-12)
        odds = probability / (1 - probability)
        total = odds.groupby(claims).transform("sum")
        return odds / (1 + total)
    odds = bayes_factors(predictions, trained, prior.rows) * prior.per_record
    total = odds.groupby(claims).transform("sum")
    count = odds.groupby(claims).transform("size")
    rest = count.map(prior.rest)
    return odds / (1 + total + rest)


# Platt scaling of the reported probability: its log-odds times SLOPE plus SHIFT. Fitted by
# `bench/linkage_calibration.py --fit` on a held-out synthetic set (seed 8; the figures in
# docs/benchmarks.md are measured on seed 7 and on FEBRL4). Without it the probabilities
# between 0.05 and 0.95 were too low: of pairs scored 0.3, about half were true.
PLATT_SLOPE = 1.0
PLATT_SHIFT = 0.0


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


def links_frame(
    predictions: pd.DataFrame,
    threshold: float = 0.0,
    trained: dict[str, Any] | None = None,
    prior: ClaimPrior | None = None,
) -> pd.DataFrame:
    """The contract's columns, then the weight of each field's agreement."""
    if not predictions.empty:
        predictions = predictions.assign(pair_probability=predictions["match_probability"])
        predictions["match_probability"] = calibrated(exclusive(predictions, trained, prior))
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
    # Competing candidates lower each other's probability, and every candidate counts
    # towards whether the claimant is in the registry: fetch those well below the
    # threshold too.
    predictions = predict(
        left_frame, right_frame, trained, min(uncalibrated(threshold) * COMPETITOR_SHARE, 1e-3)
    )
    prior = ClaimPrior(len(right_frame), IN_REGISTRY, unseen_factor(trained))
    if not predictions.empty:
        claims = predictions["unique_id_l"].astype(str)
        predictions = predictions.assign(
            **{
                NAME_RECORDS: claims.map(name_records(left_frame, right_frame)).fillna(1),
                FAMILY_RECORDS: claims.map(key_records(left_frame, right_frame, "family_keys")),
                GIVEN_RECORDS: claims.map(key_records(left_frame, right_frame, "given_keys")),
            }
        )
        share = estimate_in_registry(
            bayes_factors(predictions, trained, prior.rows),
            predictions["unique_id_l"],
            all_claims=len(left_frame),
            prior=prior,
        )
        prior = ClaimPrior(prior.rows, share, prior.unseen)
    return links_frame(predictions, threshold, trained, prior), trained


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
