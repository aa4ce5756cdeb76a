# ruff: noqa: RUF001, E501 - Japanese and Korean phrases are kept as written.
"""A parent named or described before the verb who went to the North keeps that departure
and home; a returnee's child (帰国者の子, 귀국자 2세) is a descendant, and 2세 is no age; an
age beside a name on the case is that person's, a relative's or the subject's; "She is 79."
after a sentence that leads with a relative is the relative's age; a month told of an
escape in a relative clause starts the custody, it does not end it; "the following year"
(翌年, 이듬해) is the year after the last one given; a pseudonym names no one; the place a
letter was posted from is no one's home; a named grandparent who was a Japanese wife makes
the subject a descendant; "born in 1966 in the city of Kanggye" is a home."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import EventFacts, NameFacts
from tests.monitor.press import case, held, roles, rules, scored, values

ON = date(2025, 5, 20)

PARENT_WHO_WENT = [
    "His father, Pak Chol Ung, had grown up in Kobe and sailed to North Korea in 1961 with the early ships.",
    "神戸出身の在日朝鮮人だった父親が1961年に帰還事業で北朝鮮に渡り、その地で生まれた。",
    "아버지 박철웅 씨는 고베에서 자란 재일동포로, 1961년 귀국선을 타고 북으로 갔다.",
]


@pytest.mark.parametrize("text", PARENT_WHO_WENT)
def test_a_parent_who_went_keeps_the_departure_and_the_home(text: str) -> None:
    assert values(text, "departure_year") == set()
    assert ("kobe", "parent") in roles(text, "city")
    child = case(1, born=1966, left=1966, birthplace="両江道恵山 (Hyesan)", category="descendant")
    (match,) = scored(text, child, on=ON)
    assert "departure_conflict" not in rules(match)
    assert "home_conflict" not in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "He sailed to North Korea in 1961 with his father, Pak Chol Ung.",
        "男性は1961年に父親と北朝鮮へ渡った。",
        "「父が1961年に北朝鮮へ渡った」と男性は話した。",
        "그는 1961년 아버지와 함께 귀국선을 타고 북으로 갔다.",
    ],
)
def test_one_who_went_with_a_parent_keeps_the_departure(text: str) -> None:
    assert values(text, "departure_year") == {"1961"}


@pytest.mark.parametrize(
    "text",
    [
        "帰国者の子として平壌で育った男性だ。",
        "귀국자 2세인 김씨는 평양에서 자랐다.",
        "He is a second-generation returnee who grew up in Pyongyang.",
    ],
)
def test_a_returnees_child_is_a_descendant_and_2se_is_no_age(text: str) -> None:
    assert "descendant" in values(text, "category")
    assert values(text, "age") == set()


@pytest.mark.parametrize(
    "text",
    [
        "在日2世の男性は1961年に北朝鮮へ渡った。",
        "재일동포 2세인 김씨는 1961년 북송선을 탔다.",
        "He is a second-generation Korean resident of Japan.",
    ],
)
def test_a_second_generation_resident_of_japan_is_no_descendant(text: str) -> None:
    assert "descendant" not in values(text, "category")
    assert values(text, "age") == set()


# The person held is 中川澄子 (born 1944, 81 in 2025); her older sister 村井節子 tells the story.
HELD_SISTER = replace(
    case(1, born=1944, birthplace="富山県 (Toyama)"),
    names=(
        NameFacts("中川", "澄子", ""),
        NameFacts("Nakagawa", "Sumiko", ""),
        NameFacts("나카가와", "스미코", ""),
        NameFacts("村井", "節子", "sister"),
        NameFacts("Murai", "Setsuko", "sister"),
        NameFacts("무라이", "세쓰코", "sister"),
    ),
)
AGES_BESIDE_NAMES = [
    "富山市の村井節子さん（85）は、中国で拘束されている妹の中川澄子さん（81）の写真を見せた。",
    "Setsuko Murai kept the photographs. Setsuko, now 85, said her sister Sumiko Nakagawa, 81, had been held in China since March.",
    "도야마에 사는 무라이 세쓰코(85) 씨는 중국에서 구금된 동생 나카가와 스미코(81) 씨의 사진을 보여줬다.",
]


@pytest.mark.parametrize("text", AGES_BESIDE_NAMES)
def test_an_age_beside_a_name_on_the_case_is_that_persons(text: str) -> None:
    (match,) = scored(text, HELD_SISTER, on=ON)
    assert "age" in rules(match)
    assert "age_conflict" not in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "富山市の田辺春江さん（85）は、中国で拘束されている中川澄子さんの写真を見せた。",
        "Harue Tanabe, 85, showed photographs of Sumiko Nakagawa, who is held in China.",
        "도야마에 사는 다나베 하루에(85) 씨는 중국에서 구금된 나카가와 스미코 씨의 사진을 보여줬다.",
    ],
)
def test_an_age_beside_a_name_that_is_no_one_on_the_case_still_conflicts(text: str) -> None:
    (match,) = scored(text, HELD_SISTER, on=ON)
    assert "age_conflict" in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "His younger brother Toru still lives in Kochi. He is 79.",
        "弟の徹さんは今も高知市に住む。彼は79歳だ。",
        "남동생 도루 씨는 지금도 고치에 산다. 그는 79세다.",
    ],
)
def test_an_age_said_after_a_sentence_that_leads_with_a_relative_is_theirs(text: str) -> None:
    assert values(text, "age") == set()
    assert values(text, "relative_age") == {"79"}


@pytest.mark.parametrize(
    "text",
    [
        "Nakagawa still lives in Kochi. He is 79.",
        # "She" is not the brother; a relative whose age is given keeps it.
        "His younger brother Toru still lives in Kochi. She is 79.",
        "弟の徹さんは今も高知市に住む。彼女は79歳だ。",
        "남동생 도루 씨는 올해 75세로 고치에 산다. 그는 79세다.",
    ],
)
def test_an_age_said_after_a_sentence_about_the_subject_is_theirs(text: str) -> None:
    assert "79" in values(text, "age")
    assert "79" not in values(text, "relative_age")


ESCAPED_LAST_MONTH = [
    "Chinese police in Liaoning province are holding a Japanese man in his 70s who fled North Korea last month, officials said.",
    "遼寧省の中国警察が、先月北朝鮮を脱出した70代の日本人男性を拘束している。",
    "랴오닝성 경찰이 지난달 북한을 탈출한 70대 일본인 남성을 구금하고 있다.",
]


@pytest.mark.parametrize("text", ESCAPED_LAST_MONTH)
def test_a_month_of_escape_in_a_relative_clause_starts_the_custody(text: str) -> None:
    assert values(text, "held_since_months_back") == {"1"}
    assert values(text, "held_months_back") == set()
    # Crossed in April, held in May: the custody of this month is the one reported.
    held_now = case(1, born=1950, sex="M", events=(held(date(2025, 5, 9), "遼寧省 (Liaoning)"),))
    (match,) = scored(text, held_now, on=ON)
    assert "custodian" in rules(match)


@pytest.mark.parametrize("text", ESCAPED_LAST_MONTH)
def test_custody_before_the_month_of_escape_is_not_the_one_reported(text: str) -> None:
    held_before = case(1, born=1950, sex="M", events=(held(date(2025, 2, 9), "遼寧省 (Liaoning)"),))
    (match,) = scored(text, held_before, on=ON)
    assert "custodian" not in rules(match)


def test_a_month_said_of_the_custody_itself_is_still_that_month() -> None:
    text = "Chinese police in Liaoning province detained a Japanese man last month."
    assert values(text, "held_months_back") == {"1"}


@pytest.mark.parametrize(
    "text",
    [
        "He crossed the Yalu in the autumn of 2009 and the following year reached the Japanese consulate in Shenyang.",
        "2009年秋に越境し、翌年3月に瀋陽の日本総領事館に保護された。",
        "2009년 가을 압록강을 건넌 그는 이듬해 3월 선양의 일본 총영사관에 들어갔다.",
    ],
)
def test_the_following_year_is_the_year_after_the_last_one_given(text: str) -> None:
    assert values(text, "held_year") == {"2010"}
    sheltered = case(
        1,
        born=1966,
        left=1966,
        category="descendant",
        sex="M",
        events=(
            EventFacts(
                date(2010, 3, 2), "location", "CN", "遼寧省 (Liaoning)", "diplomatic_mission"
            ),
        ),
    )
    (match,) = scored(text, sheltered, on=ON)
    assert "custody_place" in rules(match)


def test_the_following_year_without_custody_holds_no_one() -> None:
    assert values("2009年秋に越境し、翌年、結婚した。", "held_year") == set()


@pytest.mark.parametrize(
    "text",
    [
        "大阪市の飲食店で働く木村さん（61）＝仮名＝は、北朝鮮の清津で生まれた。",
        "박영수(가명·60) 씨는 청진에서 태어났다.",
        "Pak Yong Su (not his real name) was born in Chongjin.",
    ],
)
def test_a_pseudonym_names_no_one(text: str) -> None:
    facts = extract(text)
    assert facts.names == []
    assert facts.subject_names == []


def test_a_name_given_with_an_age_and_no_pseudonym_is_read() -> None:
    facts = extract("大阪市の飲食店で働く木村正男さん（61）は、北朝鮮の清津で生まれた。")
    assert [name for name, _index in facts.subject_names] == ["木村正男"]


@pytest.mark.parametrize(
    "text",
    [
        "He kept his sister's last letter from Niigata.",
        "新潟から届いた最後の手紙を今も持っている。",
        "니가타에서 보낸 마지막 편지를 지금도 갖고 있다.",
    ],
)
def test_where_a_letter_was_posted_is_no_home(text: str) -> None:
    assert {role for _value, role in roles(text, "prefecture") | roles(text, "city")} == {"transit"}


def test_a_woman_from_a_place_is_from_there() -> None:
    assert ("niigata", "home") in roles("She is a woman from Niigata.", "prefecture")


@pytest.mark.parametrize(
    "text",
    [
        "祖母の山下ミヨさんは鳥取県出身で、在日朝鮮人の夫と北朝鮮に渡った日本人妻だった。",
        "할머니 야마시타 미요 씨는 돗토리현 출신으로 북송선을 탄 일본인 처였다.",
    ],
)
def test_a_named_grandparent_who_was_a_japanese_wife_makes_a_descendant(text: str) -> None:
    assert "descendant" in values(text, "category")


def test_the_japanese_wife_named_herself_is_a_japanese_spouse() -> None:
    text = "山下ミヨさんは鳥取県出身で、在日朝鮮人の夫と北朝鮮に渡った日本人妻だった。"
    assert values(text, "category") >= {"japanese_spouse"}
    assert "descendant" not in values(text, "category")


def test_born_in_a_year_in_a_city_is_a_home() -> None:
    text = "He was born in 1966 in the North Korean city of Kanggye."
    assert ("kanggye", "home") in roles(text, "city")


def test_moving_to_a_city_in_a_year_is_no_home() -> None:
    assert ("kanggye", "home") not in roles("He moved in 1990 to the city of Kanggye.", "city")
