"""How long small-cell suppression takes as released tables grow.

    .venv/bin/python bench/stats_suppression.py

Random tables of five columns; each size is released once, then a second,
overlapping release is protected against the first (the costly case).
"""

from __future__ import annotations

import random
import time

from tqdm import tqdm

from hogo.stats import protection

COLUMNS = ["japanese_national", "japanese_spouse", "former_resident", "descendant", "other"]


def quarters(n: int) -> list[str]:
    return [f"{2000 + i // 4}-Q{i % 4 + 1}" for i in range(n)]


def main() -> None:
    rng = random.Random(5)
    print("quarters  atoms  first release (s)  overlapping release (s)  withheld")
    for n in tqdm([4, 8, 16, 24, 40], desc="sizes", leave=False):
        labels = quarters(n)
        values = {(q, c): rng.choice([0, 0, 1, 3, 8, 12, 40, 150]) for q in labels for c in COLUMNS}
        half = labels[: n // 2]
        started = time.perf_counter()
        cells = protection.layout(half, COLUMNS)
        withheld = protection.suppress(cells, values, quarters=half, columns=COLUMNS)
        first = time.perf_counter() - started
        earlier = [c.atoms for c in cells if c not in withheld]
        started = time.perf_counter()
        cells_2 = protection.layout(labels, COLUMNS)
        withheld_2 = protection.suppress(
            cells_2,
            values,
            earlier=earlier,
            earlier_withheld=[c.atoms for c in withheld],
            quarters=labels,
            columns=COLUMNS,
        )
        second = time.perf_counter() - started
        print(f"{n:8d}  {n * 5:5d}  {first:17.2f}  {second:23.2f}  {len(withheld_2):8d}")


if __name__ == "__main__":
    main()
