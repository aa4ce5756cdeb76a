from __future__ import annotations

from pathlib import Path

import pytest

REGISTRY = [
    "record_id,family_name,given_name,family_name_reading,given_name_reading,other_names,"
    "sex,birth_date,birth_place,nationality,spouse_name,departure_year",
    "R1,金,正一,キン,セイイチ,金田 正一,M,昭和10年3月5日,新潟県,朝鮮,佐藤 花子,1960",
    "R2,金,花子,キン,ハナコ,佐藤 花子,F,S12.7.1,新潟県,日本,金 正一,1960",
    "R3,李,順子,リ,スンジャ,岩本 順子,F,1941.2.3,咸鏡北道,朝鮮,,1961",
    "R4,朴,英哲,ボク,エイテツ,新井 博,M,大正15年1月9日,慶尙南道,朝鮮,,1963",
]
CLAIMS = [
    "claim_id,family_name,given_name,sex,birth_date,birth_place",
    "C1,김,정일,M,1935-05-03,Niigata",  # hangul; day and month swapped
    "C2,Sato,Hanako,F,1937,",  # her maiden name, in romaji; the year only
    "C3,Ri,Sun Ja,F,03/02/1941,North Hamgyong",  # North Korean form, day first
    "C4,Choe,Min-ho,M,1950,",  # nobody in the registry
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    claims, registry = tmp_path / "claims.csv", tmp_path / "registry.csv"
    claims.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    registry.write_text("\n".join(REGISTRY) + "\n", encoding="utf-8")
    return claims, registry
