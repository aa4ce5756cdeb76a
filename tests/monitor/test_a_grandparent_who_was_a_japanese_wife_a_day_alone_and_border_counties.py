# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""What reports say of a subject's family and of time and place in passing: a grandparent or
parent who went to the North and was a Japanese wife, told at length (祖父は…渡った日本人妻だ,
외할아버지는 … 일본인 처였다, "his grandmother, who …, was a Japanese woman"), makes the
subject a descendant, never where the subject is the wife herself. A day of the month given
alone (3日, 12일, "on the 3rd") and this month or last (今月, 지난달, "last month") are months
of the article's date, and where custody is told so, only the case held then is met. Counties
of Yunnan on the way south (Jinghong, 景洪, 징훙) and Mongolia's border provinces (Dornogovi)
are places of custody, and a province alone meets a case held in one of its counties. A Korean
family name does not change: a given name that meets under another family name, read across
scripts, is another man's. A named person whose name is a relative's on the case keeps their
own age, sex and home; 4歳上の姉 is a difference of ages, and 夫と渡った a woman who went with
her husband. A feature's opening scene, a year and a port without a verb (1960년 12월
니가타항.), dates the departure the next sentence tells, and a port is no one's home."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import places_of
from hogo.monitor.scoring import NameFacts
from tests.monitor.press import case, held, rules, scored, values

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


# --- a day of the month alone, this month and last ---------------------------------------------------

PUBLISHED = date(2025, 11, 5)


@pytest.mark.parametrize(
    "text",
    [
        "中国当局に拘束されていた北朝鮮出身の男性（40）が3日、大連の日本総領事館に移された。",
        "탈북민 남성(40)이 3일 다롄 주재 일본 총영사관으로 옮겨졌다.",
        "The man, 40, was moved to the Japanese consulate in Dalian on the 3rd.",
    ],
)
def test_a_day_alone_is_a_day_of_the_articles_month(text: str) -> None:
    ours = case(1, born=1985, sex="M", events=(held(date(2025, 11, 3), "Dalian, Liaoning"),))
    other = case(2, born=1985, sex="M", events=(held(date(2025, 7, 3), "Dalian, Liaoning"),))
    own, decoy = scored(text, ours, other, on=PUBLISHED)
    assert "month" in rules(own)
    assert "month" not in rules(decoy)


def test_a_day_past_todays_is_last_months() -> None:
    text = "北朝鮮出身の男性（40）が28日、大連で拘束された。"
    ours = case(1, born=1985, sex="M", events=(held(date(2025, 10, 28), "Dalian, Liaoning"),))
    (own,) = scored(text, ours, on=PUBLISHED)
    assert "month" in rules(own)


@pytest.mark.parametrize(
    "text", ["男性は10日間拘束された。", "남성은 10일간 구금됐다.", "2025年11月10日に拘束された。"]
)
def test_a_count_of_days_and_a_full_date_are_no_day_alone(text: str) -> None:
    assert not values(text, "day_alone")


def test_the_day_a_source_spoke_is_no_day_of_the_story() -> None:
    assert not values("拘束されたことが5日、関係者への取材で分かった。", "day_alone")
    assert not values("현지 소식통이 5일 전했다.", "day_alone")


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮を出た男性（40）が今月上旬、中国遼寧省の大連で公安当局に拘束された。",
        "북한을 떠난 남성(40)이 이달 초 중국 다롄에서 공안에 붙잡혔다.",
        "A North Korean man, 40, was detained by Chinese police in Dalian this month.",
    ],
)
def test_custody_this_month_meets_only_the_case_held_then(text: str) -> None:
    ours = case(1, born=1985, sex="M", events=(held(date(2025, 11, 2), "Dalian, Liaoning"),))
    other = case(2, born=1985, sex="M", events=(held(date(2025, 6, 2), "Dalian, Liaoning"),))
    own, decoy = scored(text, ours, other, on=PUBLISHED)
    assert {"custody_place", "month"} <= rules(own)
    assert "custody_place" not in rules(decoy)


# --- places of custody on the way south and in Mongolia ----------------------------------------------


@pytest.mark.parametrize(
    ("recorded", "keys"),
    [
        ("雲南省景洪市 (Jinghong, Yunnan)", {"yunnan", "jinghong"}),
        ("Ruili, Yunnan", {"yunnan", "ruili"}),
        ("ドルノゴビ県 (Dornogovi province)", {"dornogovi"}),
    ],
)
def test_border_counties_and_provinces_are_known_places(recorded: str, keys: set[str]) -> None:
    assert keys <= places_of(recorded)


@pytest.mark.parametrize(
    "text",
    [
        "中国雲南省の公安当局が、北朝鮮から逃れた男性（40）を拘束した。",
        "북한을 떠난 남성(40)이 중국 윈난성에서 공안에 붙잡혔다.",
        "A North Korean man, 40, was detained by police in Yunnan province.",
    ],
)
def test_a_province_alone_meets_a_case_held_in_one_of_its_counties(text: str) -> None:
    ours = case(
        1, born=1985, sex="M", events=(held(date(2025, 10, 1), "雲南省景洪市 (Jinghong, Yunnan)"),)
    )
    other = case(2, born=1985, sex="M", events=(held(date(2025, 10, 1), "Dandong, Liaoning"),))
    own, decoy = scored(text, ours, other, on=PUBLISHED)
    assert "custody_place" in rules(own)
    assert "custody_place" not in rules(decoy)


def test_another_county_of_the_province_is_not_the_cases() -> None:
    text = "北朝鮮から逃れた男性（40）が中国雲南省瑞麗で拘束された。"
    ours = case(
        1, born=1985, sex="M", events=(held(date(2025, 10, 1), "雲南省景洪市 (Jinghong, Yunnan)"),)
    )
    (own,) = scored(text, ours, on=PUBLISHED)
    assert "custody_place" not in rules(own)


# --- a Korean family name read across scripts ---------------------------------------------------------


def test_a_given_name_under_another_korean_family_name_is_another_mans() -> None:
    text = "The man, Kim Yong Su, said he had crossed the Tumen river."
    ours = case(1, sex="M", name=("金", "龍洙"))
    other = case(2, sex="M", name=("韓", "龍洙"))
    own, decoy = scored(text, ours, other, on=PUBLISHED)
    assert "name_conflict" not in rules(own)
    assert "name_conflict" in rules(decoy)


def test_a_japanese_family_name_read_across_scripts_is_not_judged_so() -> None:
    text = "The woman, Sato Yoshiko, said she had crossed the Tumen river."
    (own,) = scored(text, case(1, name=("高橋", "良子")), on=PUBLISHED)
    assert "name_conflict" not in rules(own)


# --- a named relative keeps their own age and sex -----------------------------------------------------

SISTER = (
    "仙台市青葉区の高橋和子さん（88）は、妹からの手紙を見せてくれた。"
    "妹は1962年、朝鮮人の夫と新潟港から北朝鮮へ渡った。妹は今、遼寧省大連の日本総領事館にいるという。"
)


def test_a_named_relative_keeps_their_own_age_and_home() -> None:
    wife = case(
        1,
        born=1940,
        left=1962,
        birthplace="岩手県",
        events=(held(date(2025, 10, 20), "Dalian, Liaoning"),),
    )
    wife = replace(wife, names=(NameFacts("高橋", "和子", "sibling"),))
    (own,) = scored(SISTER, wife, on=PUBLISHED)
    assert {"member_name", "departure_year"} <= rules(own)
    assert not {"age_conflict", "home_conflict", "sex_conflict"} & rules(own)


def test_a_name_that_is_no_relatives_keeps_its_age() -> None:
    wife = case(1, born=1940, left=1962, birthplace="岩手県", name=("佐藤", "和子"))
    (own,) = scored(SISTER, wife, on=PUBLISHED)
    assert "age_conflict" in rules(own)


@pytest.mark.parametrize(
    "text", ["3歳上の兄が北朝鮮へ渡った。", "두 살 위 형이 북한으로 건너갔다."]
)
def test_a_difference_of_ages_is_no_age(text: str) -> None:
    assert not values(text, "age")


def test_a_woman_who_went_with_her_husband_is_a_woman() -> None:
    assert values("女性は1961年、朝鮮人の夫とともに北朝鮮へ渡った。", "sex") == {"F"}
    assert values("彼女の姉の夫はすでに亡くなった。", "sex") == {"F"}


# --- a feature's opening scene and the port left from -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1960년 12월 니가타항. 열아홉 살 여성은 남편의 손을 잡고 북송선에 올랐다.",
        "1960年12月、新潟港。19歳の女性は夫と帰国船に乗り込んだ。",
    ],
)
def test_an_opening_scene_dates_the_departure_told_after_it(text: str) -> None:
    assert values(text, "departure_year") == {"1960"}


def test_a_scene_followed_by_no_departure_dates_nothing() -> None:
    assert not values("1960년 12월 니가타항. 그는 공장에서 일했다.", "departure_year")


@pytest.mark.parametrize(
    "text", ["1960년 12월 니가타항. 그는 북송선에 올랐다.", "新潟港から帰国船に乗った。"]
)
def test_the_port_left_from_is_no_ones_home(text: str) -> None:
    ours = case(1, birthplace="青森県", sex="M")
    (own,) = scored(text, ours, on=PUBLISHED)
    assert "home_conflict" not in rules(own)
