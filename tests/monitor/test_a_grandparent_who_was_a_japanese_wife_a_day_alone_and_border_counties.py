# ruff: noqa: E501 - Japanese and Korean phrases are kept as written.
"""What reports say of a subject's family and of time and place in passing: a grandparent or
parent who went to the North and was a Japanese wife, told at length (祖父は…渡った日本人妻だ,
외할아버지는 … 일본인 처였다, "his grandmother, who …, was a Japanese woman"), makes the
subject a descendant, never where the subject is the wife herself."""

from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.press import case, rules, scored, values

ON = date(2025, 9, 10)

# --- a grandparent or parent who was a Japanese wife ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "男性は咸興の出身で、祖母は1950年代末に「帰国事業」の船で北朝鮮に渡った日本人妻だったという。",
        "여성의 친할머니는 1960년대 초 북송선을 타고 청진으로 건너간 일본인 처였다.",
        "그는 아버지가 1970년대 귀국사업으로 북한에 들어간 일본인이라고 말했다.",
        "His grandmother, who sailed from Niigata to Chongjin in 1961, was a Japanese woman.",
    ],
)
def test_an_ancestor_who_was_japanese_makes_the_subject_a_descendant(text: str) -> None:
    assert values(text, "category") == {"descendant"}


@pytest.mark.parametrize(
    "text",
    [
        "女性は母と別れ、1960年代初めに「帰国事業」の船で北朝鮮に渡った日本人妻だ。",
        "그녀는 어머니와 헤어져 1960년대 초 북송선을 타고 북한으로 건너간 일본인 처다.",
        "Her mother stayed in Sendai when she sailed to Hamhung in 1961 as a Japanese wife.",
    ],
)
def test_the_subject_who_is_the_wife_herself_stays_a_japanese_spouse(text: str) -> None:
    assert values(text, "category") == {"japanese_spouse"}


def test_the_descendant_meets_the_grandsons_case_not_the_wifes() -> None:
    text = "北朝鮮から逃れた28歳の男性が拘束された。祖母は1950年代末に「帰国事業」の船で北朝鮮に渡った日本人妻だったという。"
    grandson = case(1, born=1997, category="descendant", sex="M")
    wife = case(2, born=1997, category="japanese_spouse", sex="M")
    own, other = scored(text, grandson, wife, on=ON)
    assert "category" in rules(own)
    assert "category_conflict" in rules(other)
