"""Officers' decisions as labels: what a confirmed or rejected candidate teaches the model.

When a caseworker confirms or rejects a candidate on the verify-identity page, the
comparison is kept with the decision (lookup.Scored.comparison): the level each field
reached, the pair's Bayes factor and the odds of what else the claim could be. From
them, with no database:

* **m**: how often a true pair reaches each level. Confirmed pairs are true pairs as
  claimants really give them; each comparison's m moves from its prior towards what
  they show (the prior counts as PRIOR_WEIGHT pairs, so a handful of decisions nudges
  it and hundreds decide it). Rejected pairs are not random pairs, so u stays as the
  registry's own rows gave it.
* **the prior that a claimant is in the registry**: the share of decided claimants
  with a confirmed record, pulled towards engine.IN_REGISTRY by as many pseudo-claimants.
* **calibration**: a logistic fit (Platt scaling) of confirmed against rejected on the
  log-odds the re-estimated model gives the labelled pairs, when there are at least
  MIN_EACH of each; kept with the model and used by the lookup.

`report` says how a model does on the labels: what an officer sees on the registry page.
"""

from __future__ import annotations

import copy
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hogo.linkage.engine import (
    IN_REGISTRY,
    IN_REGISTRY_BOUNDS,
    M_FLOOR,
    ClaimPrior,
    unseen_factor,
)
from hogo.linkage.model import is_conditional
from hogo.linkage.scorer import COMPARISONS

PRIOR_WEIGHT = 20.0
MIN_EACH = 5
THRESHOLD = 0.5


@dataclass(frozen=True)
class Label:
    claimant: str  # who claimed (a person's id): one claimant may have several labels
    levels: dict[str, int | None]  # comparison → level reached (0 best), None unknown
    competition: float  # odds of the claim's other outcomes at decision time ("none" is 1)
    confirmed: bool

    @classmethod
    def from_comparison(cls, claimant: str, stored: dict[str, Any], confirmed: bool) -> Label:
        levels = {name: stored["levels"].get(name) for name in COMPARISONS}
        return cls(claimant, levels, float(stored.get("competition", 0.0)), confirmed)


def _plain_levels(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    return [level for level in comparison["comparison_levels"] if not level.get("is_null_level")]


def usable(labels: Sequence[Label], trained: dict[str, Any]) -> list[Label]:
    """The labels whose levels exist in this model (a decision made under a model with
    other levels says nothing about these)."""
    sizes = {c["output_column_name"]: len(_plain_levels(c)) for c in trained["comparisons"]}
    return [
        label
        for label in labels
        if all(
            level is None or 0 <= level < sizes.get(name, 0) for name, level in label.levels.items()
        )
    ]


def with_m_from(trained: dict[str, Any], labels: Sequence[Label]) -> dict[str, Any]:
    """The model with each comparison's m moved towards the confirmed pairs' levels."""
    updated = copy.deepcopy(trained)
    confirmed = [label for label in usable(labels, trained) if label.confirmed]
    for comparison in updated["comparisons"]:
        name = comparison["output_column_name"]
        reached = Counter(
            label.levels[name] for label in confirmed if label.levels.get(name) is not None
        )
        seen = sum(reached.values())
        if not seen:
            continue
        # The year-alone levels' m is conditional on one side giving the year alone
        # (model.with_year_alone), not a share of all true pairs: it keeps its prior.
        levels = [level for level in _plain_levels(comparison) if not is_conditional(level)]
        indexes = [
            index
            for index, level in enumerate(_plain_levels(comparison))
            if not is_conditional(level)
        ]
        seen = sum(reached[index] for index in indexes)
        if not seen:
            continue
        for index, level in zip(indexes, levels, strict=True):
            prior = float(level["m_probability"])
            level["m_probability"] = max(
                (PRIOR_WEIGHT * prior + reached[index]) / (PRIOR_WEIGHT + seen), M_FLOOR
            )
        total = sum(float(level["m_probability"]) for level in levels)
        for level in levels:
            level["m_probability"] = float(level["m_probability"]) / total
    return updated


def in_registry_from(labels: Sequence[Label]) -> float:
    """The share of decided claimants found in the registry, pulled towards the prior."""
    decided = {label.claimant for label in labels}
    found = {label.claimant for label in labels if label.confirmed}
    low, high = IN_REGISTRY_BOUNDS
    share = (PRIOR_WEIGHT * IN_REGISTRY + len(found)) / (PRIOR_WEIGHT + len(decided))
    return min(max(share, low), high)


def _bayes_factor(trained: dict[str, Any], levels: dict[str, int | None]) -> float:
    weight = 0.0
    for comparison in trained["comparisons"]:
        level = levels.get(comparison["output_column_name"])
        if level is None:
            continue
        reached = _plain_levels(comparison)[level]
        weight += math.log2(float(reached["m_probability"]) / float(reached["u_probability"]))
    return float(2.0 ** min(weight, 1000.0))


def log_odds(trained: dict[str, Any], labels: Sequence[Label], prior: ClaimPrior) -> list[float]:
    """Each labelled pair's log-odds of being the person under this model, before
    calibration (the claim's other outcomes weigh as they did at decision time)."""
    out = []
    for label in labels:
        odds = prior.per_record * _bayes_factor(trained, label.levels)
        probability = odds / (1 + label.competition + odds)
        clipped = min(max(probability, 1e-12), 1 - 1e-12)
        out.append(math.log(clipped / (1 - clipped)))
    return out


def fit_calibration(scores: Sequence[float], outcomes: Sequence[bool]) -> dict[str, float] | None:
    """Platt scaling, slope and shift of the log-odds, by Newton's method with a light
    pull towards leaving them as they are; None with fewer than MIN_EACH of each outcome."""
    positives = sum(outcomes)
    if positives < MIN_EACH or len(outcomes) - positives < MIN_EACH:
        return None
    slope, shift, pull = 1.0, 0.0, 1.0
    for _round in range(50):
        g_slope = pull * (slope - 1.0)
        g_shift = pull * shift
        h_ss, h_sb, h_bb = pull, 0.0, pull
        for x, y in zip(scores, outcomes, strict=True):
            z = max(min(slope * x + shift, 35.0), -35.0)
            p = 1 / (1 + math.exp(-z))
            g_slope += (p - y) * x
            g_shift += p - y
            w = p * (1 - p)
            h_ss += w * x * x
            h_sb += w * x
            h_bb += w
        det = h_ss * h_bb - h_sb * h_sb
        if det <= 1e-12:
            break
        step_slope = (h_bb * g_slope - h_sb * g_shift) / det
        step_shift = (h_ss * g_shift - h_sb * g_slope) / det
        slope, shift = slope - step_slope, shift - step_shift
        if abs(step_slope) + abs(step_shift) < 1e-9:
            break
    return {"slope": slope, "shift": shift}


def calibrate(score: float, calibration: dict[str, float] | None) -> float:
    z = score if calibration is None else calibration["slope"] * score + calibration["shift"]
    z = max(min(z, 700.0), -700.0)
    return 1 / (1 + math.exp(-z))


def learn(trained: dict[str, Any], labels: Sequence[Label], *, rows: int) -> dict[str, Any]:
    """The model re-estimated from officers' decisions: m, the prior that a claimant is
    in the registry, and the calibration; what was learnt is kept under "hogo"."""
    kept = usable(labels, trained)
    updated = with_m_from(trained, kept) if kept else copy.deepcopy(trained)
    share = in_registry_from(kept) if kept else IN_REGISTRY
    prior = ClaimPrior(rows, share, unseen_factor(updated))
    scores = log_odds(updated, kept, prior)
    calibration = fit_calibration(scores, [label.confirmed for label in kept])
    updated["hogo"] = {
        "in_registry": share,
        "labels": {
            "confirmed": sum(label.confirmed for label in kept),
            "rejected": sum(not label.confirmed for label in kept),
        },
        "calibration": calibration,
    }
    return updated


@dataclass(frozen=True)
class Report:
    confirmed: int
    rejected: int
    # At match probability >= THRESHOLD: of the candidates the model would accept, the
    # share officers confirmed, and of those confirmed, the share it would accept.
    precision: float | None
    recall: float | None
    brier: float | None  # mean squared gap between probability and decision
    mean_confirmed: float | None
    mean_rejected: float | None


def report(trained: dict[str, Any], labels: Sequence[Label], *, rows: int) -> Report:
    """How the model does on the officers' decisions it can read."""
    kept = usable(labels, trained)
    meta = trained.get("hogo", {})
    prior = ClaimPrior(rows, float(meta.get("in_registry", IN_REGISTRY)), unseen_factor(trained))
    probabilities = [
        calibrate(score, meta.get("calibration")) for score in log_odds(trained, kept, prior)
    ]
    outcomes = [label.confirmed for label in kept]
    confirmed = sum(outcomes)
    rejected = len(outcomes) - confirmed
    accepted = [y for p, y in zip(probabilities, outcomes, strict=True) if p >= THRESHOLD]

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return Report(
        confirmed=confirmed,
        rejected=rejected,
        precision=sum(accepted) / len(accepted) if accepted else None,
        recall=sum(accepted) / confirmed if confirmed else None,
        brier=mean([(p - y) ** 2 for p, y in zip(probabilities, outcomes, strict=True)]),
        mean_confirmed=mean([p for p, y in zip(probabilities, outcomes, strict=True) if y]),
        mean_rejected=mean([p for p, y in zip(probabilities, outcomes, strict=True) if not y]),
    )
