# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""An unnamed Japanese spouse who left "half a century ago".

"A Japanese citizen who followed her Korean husband to the North five decades ago" is a
Japanese spouse, and her departure is about fifty years before the article (a round number,
a few years either way), in English, Japanese and Korean.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, held, rules, scored, values

UNNAMED = [
    "A Japanese citizen in her 70s who followed her Korean husband to North Korea half a "
    "century ago was taken into custody by police in Tumen, relatives said. She is from "
    "Fukui Prefecture.",
    "A Japanese national in her 70s who joined her Korean husband in the North five decades "
    "ago has been detained by police in Tumen. The woman, a native of Fukui Prefecture, "
    "went to North Korea five decades ago.",
    "半世紀前に北朝鮮へ渡った福井県出身の日本人妻（70代）が、中国吉林省図們市で警察に拘束された。",
    "반세기 전 북한으로 건너간 후쿠이현 출신 70대 일본인 처가 중국 투먼에서 경찰에 붙잡혔다.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_about_fifty_years_ago_meets_a_departure_in_that_span(text: str) -> None:
    assert values(text, "years_since_departure_about") == {"50"}
    assert "japanese_spouse" in values(text, "category")
    custody = (held(date(2025, 4, 8), "Tumen, Jilin"),)
    own = case(1, born=1950, left=1973, birthplace="福井県", events=custody)
    later = case(2, born=1950, left=1990, birthplace="福井県", events=custody)
    own_match, later_match = scored(text, own, later)
    assert "departure_year" in rules(own_match)
    assert own_match.alerts
    assert "departure_conflict" in rules(later_match)


def test_a_japanese_national_alone_is_not_a_spouse() -> None:
    text = "A Japanese national was detained in Tumen last month, the ministry said."
    assert "japanese_spouse" not in values(text, "category")
