"""A family name given alone, an alias so called, an old woman, a mother and an uncle's home.

Reports that withhold a name still give some of it: "identified her only by her surname,
Choi", 「高山」という通名, '다카야마'라는 통명. A grandparent's clause may begin with a comma
(祖母は、…日本人妻であり); 일본인 할머니 before a name is the old woman herself; 어머니는 at
the head of a sentence, after the article has said its subject is a Japanese wife with a
son, is that wife seen from her son. Where the subject's uncle lives is not where she
lives; "the Hunchun River" is a river, not the city of Hunchun; "detained … on March 4"
gives the month of the detention.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, alerting
from tests.monitor.press import case, held, roles, rules, scored, values

FAMILY_NAME_GIVEN_ALONE = [
    "Activists identified her only by her surname, Choi, and said she was 76.",
    "The agency gave only her family name, Choi, citing her safety.",
    "The group identified her as Choi and said she was 76.",
]


@pytest.mark.parametrize("text", FAMILY_NAME_GIVEN_ALONE)
def test_a_family_name_given_alone_names_the_subject(text: str) -> None:
    assert [w for w, _i in extract(text).subject_names] == ["Choi"]


def test_a_relatives_family_name_given_alone_is_not_the_subjects() -> None:
    text = "Her husband, identified only by his family name, Han, was held with her."
    assert extract(text).subject_names == []
    # A full name after "identified her as" is a full name, not a family name alone.
    full = extract("The group identified her as Choi Mi Ran, 76.")
    assert [w for w, _i in full.subject_names] == ["Choi Mi Ran"]


def _named(case_id: int, family: str, given: str) -> CaseFacts:
    base = case(case_id, born=1949, birthplace="兵庫県", events=(held(date(2025, 4, 2), ""),))
    return replace(base, names=(NameFacts(family, given, ""),))


def test_the_family_name_tells_a_case_from_a_decoy_with_the_same_facts() -> None:
    text = (
        "Police in northeastern China are holding a woman, 76, who went to North Korea in "
        "1960, activists said. They identified her only by her surname, Choi."
    )
    own, other = _named(1, "Choi", "Mi Ran"), _named(2, "Han", "Mi Ran")
    matches = scored(text, own, other)
    assert "family_name" in rules(matches[0])
    assert "family_name" not in rules(matches[1])
    alerts = alerting(matches, extract(text))
    assert [m.case_id for m in alerts] == [1]


ALIAS_SO_CALLED = [
    "日本では「高山」という通名で暮らしていた。",
    "일본에서는 '다카야마'라는 통명을 썼다고 한다.",
]


@pytest.mark.parametrize("text", ALIAS_SO_CALLED)
def test_an_alias_so_called_is_the_subjects_family_name(text: str) -> None:
    assert len(extract(text).subject_names) == 1


@pytest.mark.parametrize(
    "text", ["「高山」という店名で焼肉店を営んでいた。", "'다카야마'라는 가게를 운영했다."]
)
def test_a_shop_so_called_is_no_ones_name(text: str) -> None:
    assert extract(text).subject_names == []


def test_a_grandparents_clause_after_a_comma_is_the_grandparents() -> None:
    text = "この男性の祖父は、戦後に朝鮮人の妻と北朝鮮に渡った日本人であり、男性は30代だ。"
    assert values(text, "category") == {"descendant"}
    # Counter-example: the subject herself, with a comma, is a Japanese wife.
    own = "女性は、1961年に朝鮮人の夫と北朝鮮に渡った日本人妻であり、80代だ。"
    assert values(own, "category") == {"japanese_spouse"}


def test_an_old_japanese_woman_named_is_not_a_grandmother() -> None:
    text = "청진에 살던 일본인 할머니 사토 하루코가 지난달 탈북했다."
    assert "descendant" not in values(text, "category")
    # Counter-examples: a grandmother said to be someone's is one.
    assert "descendant" in values(
        "그의 일본인 할머니 사토 하루코 씨는 1960년 북송선을 탔다.", "category"
    )
    assert "descendant" in values("최 씨의 할머니는 일본인이다.", "category")


MOTHER_SEEN_FROM_HER_SON = [
    "지난해 탈북한 70대 일본인 여성이 북한에 남은 아들 소식을 들었다. "
    "어머니는 1961년 재일동포 남편과 함께 북송선을 탄 일본인이다.",
    "昨年脱北した70代の日本人女性が、北朝鮮に残る息子の消息を知った。"
    "母は1961年に朝鮮人の夫と北朝鮮に渡った日本人妻だ。",
]


@pytest.mark.parametrize("text", MOTHER_SEEN_FROM_HER_SON)
def test_a_mother_seen_from_her_son_is_the_japanese_wife(text: str) -> None:
    assert values(text, "category") == {"japanese_spouse"}
    wife = case(1, born=1950, left=1961)
    assert "category_conflict" not in rules(scored(text, wife)[0])


def test_a_subject_whose_mother_was_a_japanese_wife_stays_her_child() -> None:
    # No earlier sentence said the subject was a Japanese wife: he is her son.
    text = "50대 남성이 지난달 탈북했다. 어머니는 1960년 북송선을 탄 일본인 처였다."
    assert "descendant" in values(text, "category")


UNCLES_HOME = [
    "この女性の祖母は日本人妻で、叔父に当たる方は日本に定住し、名古屋で暮らしている。",
    "그녀의 삼촌은 나고야에 산다.",
    "Her uncle, who lives in Nagoya, has asked the ministry for help.",
]


@pytest.mark.parametrize("text", UNCLES_HOME)
def test_where_the_subjects_uncle_lives_is_not_her_residence(text: str) -> None:
    found = roles(text, "prefecture") | roles(text, "city")
    assert found
    assert all(role != "residence" for _value, role in found)


@pytest.mark.parametrize(
    "text", ["女性は名古屋で暮らしている。", "그녀는 나고야에 산다.", "She lives in Nagoya."]
)
def test_where_the_subject_lives_is_still_her_residence(text: str) -> None:
    assert ("aichi", "residence") in roles(text, "prefecture")


def test_a_river_is_not_the_city_of_its_name() -> None:
    text = "She waded across the Hunchun River in March."
    assert "hunchun" not in values(text, "place")
    assert "hunchun" in values("She was held by police in Hunchun in March.", "place")
    lived = EventFacts(date(2025, 3, 1), "location", "CN", "Hunchun, Jilin", "host_police")
    there = case(1, events=(lived,))
    text = "A woman, 84, who waded across the Hunchun River was taken in by the consulate."
    assert all("Hunchun" not in item.detail for item in scored(text, there)[0].evidence)


def test_a_month_with_its_day_after_on_is_the_events() -> None:
    assert values("She was detained near Hunchun on March 4 with two others.", "month") == {"3"}
    # Counter-examples: a dateline's date, and "may" the verb.
    assert values("TOKYO, March 4 (Kyodo) - A woman, 70, was detained.", "month") == set()
    assert values("She may be sent back, activists said.", "month") == set()
