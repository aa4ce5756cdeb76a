"""Precision and recall of the press monitor on the hand-written held-out set.

    .venv/bin/python bench/monitor_independent.py [--threshold 7.0]

No database: the cases and articles are in ``bench/press_heldout.py``. Cases
that are withdrawn, deceased or closed are not candidates, as in
``hogo.monitor.selectors.open_cases``. An alert counts as true only on the
article's own case; every other alert is false.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
os.environ.setdefault("HOGO_DEBUG", "1")  # no secret key needed: nothing is served or stored
django.setup()

from bench import (  # noqa: E402
    press_heldout,
    press_heldout_b,
    press_heldout_c,
    press_heldout_d,
    press_heldout_e,
    press_heldout_f,
    press_heldout_g,
    press_heldout_h,
    press_heldout_i,
    press_heldout_j,
    press_heldout_k,
    press_heldout_l,
    press_heldout_m,
    press_heldout_n,
    press_heldout_o,
    press_heldout_p,
    press_heldout_q,
    press_heldout_r,
    press_heldout_s,
    press_heldout_t,
    press_heldout_u,
    press_heldout_v,
    press_heldout_w,
    press_heldout_x,
    press_heldout_y,
    press_heldout_z,
    press_heldout_za,
    press_heldout_zb,
)
from hogo.monitor import extract, scoring  # noqa: E402

NOT_CANDIDATES = {"closed", "withdrawn", "deceased"}


SETS = {
    "a": press_heldout,
    "b": press_heldout_b,
    "c": press_heldout_c,
    "d": press_heldout_d,
    "e": press_heldout_e,
    "f": press_heldout_f,
    "g": press_heldout_g,
    "h": press_heldout_h,
    "i": press_heldout_i,
    "j": press_heldout_j,
    "k": press_heldout_k,
    "l": press_heldout_l,
    "m": press_heldout_m,
    "n": press_heldout_n,
    "o": press_heldout_o,
    "p": press_heldout_p,
    "q": press_heldout_q,
    "r": press_heldout_r,
    "s": press_heldout_s,
    "t": press_heldout_t,
    "u": press_heldout_u,
    "v": press_heldout_v,
    "w": press_heldout_w,
    "x": press_heldout_x,
    "y": press_heldout_y,
    "z": press_heldout_z,
    "za": press_heldout_za,
    "zb": press_heldout_zb,
}


def evaluate(*, which: str = "a", threshold: float = scoring.THRESHOLD) -> dict[str, Counter[str]]:
    labelled = SETS[which]
    cases = [case.facts for case in labelled.CASES if case.status not in NOT_CANDIDATES]
    counts: dict[str, Counter[str]] = {}
    for article in labelled.ARTICLES:
        extraction = extract.extract(article.text)
        matches = [scoring.score(case, extraction, published=article.published) for case in cases]
        alerted = {m.case_id for m in scoring.alerting(matches, extraction, threshold=threshold)}
        for key in (article.language, article.kind, "all"):
            tally = counts.setdefault(key, Counter())
            tally["articles"] += 1
            tally["positives"] += article.case_id is not None
            tally["tp"] += article.case_id in alerted
            tally["fp"] += len(alerted - {article.case_id})
    return counts


def rates(tally: Counter[str]) -> tuple[float, float]:
    alerts = tally["tp"] + tally["fp"]
    precision = tally["tp"] / alerts if alerts else 1.0
    recall = tally["tp"] / tally["positives"] if tally["positives"] else 1.0
    return precision, recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="a", dest="which")
    parser.add_argument("--threshold", type=float, default=scoring.THRESHOLD)
    parser.add_argument("--explain", action="store_true", help="print every alert's evidence")
    options = parser.parse_args()
    counts = evaluate(which=options.which, threshold=options.threshold)
    labelled = SETS[options.which]
    print("| set | articles | about a case | true alerts | false alerts | precision | recall |")
    print("|---|---|---|---|---|---|---|")
    for key, tally in counts.items():
        precision, recall = rates(tally)
        print(
            f"| {key} | {tally['articles']} | {tally['positives']} | {tally['tp']} "
            f"| {tally['fp']} | {precision:.2f} | {recall:.2f} |"
        )
    if options.explain:
        cases = [c.facts for c in labelled.CASES if c.status not in NOT_CANDIDATES]
        for article in labelled.ARTICLES:
            extraction = extract.extract(article.text)
            matches = [scoring.score(c, extraction, published=article.published) for c in cases]
            chosen = scoring.alerting(matches, extraction, threshold=options.threshold)
            alerts = {m.case_id for m in chosen}
            for case, match in zip(cases, matches, strict=True):
                if match.score >= 3 or case.case_id == article.case_id:
                    rules = ", ".join(f"{e.rule} {e.points:+}" for e in match.evidence)
                    print(
                        f"{article.language} {article.kind} → case {case.case_id}: "
                        f"{match.score} {'ALERT' if match.case_id in alerts else ''} [{rules}]"
                    )


if __name__ == "__main__":
    main()
