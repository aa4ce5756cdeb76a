"""Plain Splink on two person-record files, as bench/linkage_f1.py configures it.

    .venv/bin/python bench/plain_splink_link.py CLAIMS.csv REGISTRY.csv

The off-the-shelf model beside `hogo link` in bench/linkage_throughput.py: raw strings,
Jaro-Winkler names, exact date and place; prints the number of pairs found.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from linkage_f1 import plain_splink

COLUMNS = ["family_name", "given_name", "birth_date", "birth_place"]


def frame(path: Path) -> pd.DataFrame:
    data = pd.read_csv(path, dtype=str, keep_default_na=False)
    data = data.rename(columns={data.columns[0]: "unique_id"})[["unique_id", *COLUMNS]]
    return data.replace("", None)


def main() -> None:
    logging.getLogger("splink").setLevel(logging.ERROR)
    left, right = frame(Path(sys.argv[1])), frame(Path(sys.argv[2]))
    print(f"{len(plain_splink(left, right, COLUMNS))} pairs")


if __name__ == "__main__":
    main()
