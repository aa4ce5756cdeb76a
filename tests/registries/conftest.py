from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = (
    "record_id,family_name,given_name,family_name_reading,given_name_reading,other_names,"
    "sex,birth_date,birth_place,nationality,spouse_name,departure_year"
)
GOOD = [
    "R1,金,正一,キン,セイイチ,金田 正一,M,昭和10年3月5日,咸鏡北道,朝鮮,佐藤 花子,1960",
    "R2,佐藤,花子,さとう,はなこ,金 花子,F,S12.7.1,新潟県,日本,金 正一,1960",
    "R3,李,順子,リ,スンジャ,,F,1941,,朝鮮,,1961",
]


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    def write(*rows: str, name: str = "registry.csv", header: str = HEADER) -> Path:
        path = tmp_path / name
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return path

    return write
