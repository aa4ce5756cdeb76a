# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A named stranger, places along the border, one clause per verb, one age, more roles.

Each phrase is read in its role, in English, Japanese and Korean, and then scored
against the case it describes and a decoy that shares most of its facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from tests.monitor.press import case, held, living, roles, rules, scored, values

# --- a full name that is not the case's counts against it ----------------------

NAMED_CUSTODY = [
    "Police in Hunchun detained Fumiko Takeda, 83, a Japanese wife from Nagano who went to "
    "North Korea in 1961, in April.",
    "長野県出身の日本人妻、武田文子さん（83）が4月、中国吉林省琿春市で警察に拘束された。"
    "武田さんは1961年に北朝鮮へ渡っていた。",
    "1961년 북한으로 건너간 나가노현 출신 일본인 처 다케다 후미코(83) 씨가 4월 중국 훈춘에서 "
    "경찰에 붙잡혔다.",
]


@pytest.mark.parametrize("text", NAMED_CUSTODY)
def test_a_named_stranger_does_not_alert_a_decoy_with_the_same_life(text: str) -> None:
    custody = (held(date(2025, 4, 10), "Hunchun, Jilin"),)
    own = case(1, born=1942, left=1961, name=("武田", "文子"), events=custody)
    decoy = case(2, born=1942, left=1961, name=("伊藤", "キヨ"))
    own_match, decoy_match = scored(text, own, decoy)
    assert own_match.alerts
    assert "name_conflict" not in rules(own_match)
    assert "name_conflict" in rules(decoy_match)
    assert not decoy_match.alerts


@pytest.mark.parametrize(
    "text",
    [
        "Her son, Kim Yong Su, 55, said his mother had been held in Hunchun.",
        "The group's head, Yuji Mori, 60, said she had been held in Hunchun.",
        "夫の金永洙さん（86）によると、女性は琿春で拘束された。",
        "支援団体代表の森裕二さん（60）は、女性が琿春で拘束されたと話した。",
        "남편 김영수(86) 씨는 아내가 훈춘에서 구금됐다고 말했다.",
        "지원단체 대표 모리 유지(60) 씨는 여성이 훈춘에서 붙잡혔다고 밝혔다.",
    ],
)
def test_a_relatives_or_an_officials_name_is_not_the_subjects(text: str) -> None:
    assert not extract(text).subject_names
    (match,) = scored(text, case(2, name=("伊藤", "キヨ")))
    assert "name_conflict" not in rules(match)


@pytest.mark.parametrize(
    "text",
    [
        "Fumiko Takeda, 83, was detained in Hunchun.",
        "다케다 후미코(83) 씨가 훈춘에서 붙잡혔다.",
    ],
)
def test_a_name_in_kanji_is_compared_with_other_scripts_by_its_readings(text: str) -> None:
    # No reading of 伊藤 is Takeda and none of 清子 is Fumiko; one part that meets is
    # not enough to tell a stranger (Kiyoko Takeda may be 伊藤清子 married).
    (stranger,) = scored(text, case(2, name=("伊藤", "清子")))
    assert "name_conflict" in rules(stranger)
    written = text.replace("Fumiko", "Kiyoko").replace("후미코", "기요코")
    (one_part,) = scored(written, case(2, name=("伊藤", "清子")))
    assert "name_conflict" not in rules(one_part)


def test_kanji_names_compare_as_written_and_a_family_name_alone_says_nothing_of_the_given() -> None:
    sister = case(2, name=("武田", "清子"))
    (full,) = scored("武田文子さん（83）が琿春で拘束された。", sister)
    (family_only,) = scored("武田さん（83）が琿春で拘束された。", sister)
    assert "name_conflict" in rules(full)
    assert "name_conflict" not in rules(family_only)


# --- cities and counties on the border, in every script -------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She was held for a week in Hunchun.", "hunchun"),
        ("中国の琿春で公安に拘束された。", "hunchun"),
        ("중국 훈춘에서 공안에 붙잡혔다.", "hunchun"),
        ("She was caught near Ji'an, across the Yalu.", "jian"),
        ("集安で拘束された。", "jian"),
        ("지안시에서 구금됐다.", "jian"),
        ("She was arrested in Helong.", "helong"),
        ("和龍で逮捕された。", "helong"),
        ("허룽에서 체포됐다.", "helong"),
        ("She was detained in Linjiang.", "linjiang"),
        ("臨江で拘束された。", "linjiang"),
        ("린장에서 구금됐다.", "linjiang"),
    ],
)
def test_border_cities_are_places_of_custody_in_their_province(text: str, place: str) -> None:
    found = roles(text, "place")
    assert (place, "custody") in found
    assert ("jilin", "custody") in found


@pytest.mark.parametrize("text", ["Held in Dalian.", "大連で拘束された。", "다롄에서 구금됐다."])
def test_dalian_is_in_liaoning(text: str) -> None:
    assert {"dalian", "liaoning"} <= values(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "A woman of 80 was detained by police in Ji'an in April.",
        "80歳の女性が4月、集安で警察に拘束された。",
        "80세 여성이 4월 지안시에서 경찰에 구금됐다.",
    ],
)
def test_custody_in_a_border_city_meets_the_case_held_there(text: str) -> None:
    own = case(1, born=1945, events=(held(date(2025, 4, 2), "Ji'an, Jilin"),))
    decoy = case(2, born=1945, events=(held(date(2025, 4, 2), "Dandong, Liaoning"),))
    own_match, decoy_match = scored(text, own, decoy)
    assert "custody_place" in rules(own_match)
    assert "custody_place" not in rules(decoy_match)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("A native of Kimchaek, she crossed the Tumen.", "north-hamgyong"),
        ("金策出身の女性が脱北した。", "north-hamgyong"),
        ("He was born in Wonsan.", "kangwon"),
        ("元山出身の男性（50）", "kangwon"),
        ("원산 출신 남성(50)", "kangwon"),
        ("清津出身の女性（60）が語った。", "north-hamgyong"),
        ("청진 출신 여성(60)이 말했다.", "north-hamgyong"),
        ("A Chongjin native, 60, spoke.", "north-hamgyong"),
    ],
)
def test_a_north_korean_city_as_a_home_gives_its_province(text: str, province: str) -> None:
    assert (province, "home") in roles(text, "korea_province")


@pytest.mark.parametrize(
    "text",
    [
        "父親が日本人だという清津出身の男性（58）は、2010年に日本に来た。",
        "어머니가 일본인 처였던 청진 출신 남성(58)은 2010년 일본에 왔다.",
    ],
)
def test_a_home_named_after_a_parents_clause_is_the_subjects(text: str) -> None:
    own = case(1, born=1967, birthplace="咸鏡北道 清津", category="descendant")
    decoy = case(2, born=1967, birthplace="咸鏡南道 咸興", category="descendant")
    own_match, decoy_match = scored(text, own, decoy)
    assert "home_region" in rules(own_match)
    assert "home_conflict" in rules(decoy_match)


# --- a birth clause ends at its verb --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kiyo Mori, who was born in Nagano and moved to North Korea in 1959, was caught.",
        "She was born in Nagano, grew up in Tokyo and sailed for the North in 1959.",
        "長野県で生まれ、1959年に北朝鮮へ渡った。",
        "나가노현에서 태어나 1959년 북한으로 건너갔다.",
    ],
)
def test_a_year_after_a_second_verb_is_not_a_birth_year(text: str) -> None:
    assert not extract(text).of("birth_year")
    assert values(text, "departure_year") == {"1959"}
    own, decoy = scored(text, case(1, left=1959), case(2, left=1962))
    assert "departure_year" in rules(own)
    assert "birth_year_conflict" not in rules(own)
    assert "departure_conflict" in rules(decoy)


@pytest.mark.parametrize(
    "text",
    ["She was born in Nagano Prefecture in 1941.", "He was born in Osaka, Japan, in 1941."],
)
def test_a_birthplace_between_born_and_the_year_still_gives_the_birth_year(text: str) -> None:
    assert values(text, "birth_year") == {"1941"}


# --- an age and a birth year of one person are one piece of evidence -------------


@pytest.mark.parametrize(
    "text",
    [
        "Born in Hyesan in 1966 to a Japanese father, the 59-year-old man now lives in Chiba.",
        "1966年恵山生まれの男性（59）は今は千葉県で暮らしている。父親は日本人だった。",
        "1966년 혜산 태생인 남성(59)은 아버지가 일본인이며 지금은 지바현에 살고 있다.",
    ],
)
def test_an_age_and_a_birth_year_count_once(text: str) -> None:
    here = (living(date(2015, 3, 1), "千葉県"),)
    son = {"birthplace": "両江道 恵山", "category": "descendant", "sex": "M"}
    father = frozenset({"father"})
    own = case(1, born=1966, events=here, relations=father, **son)
    decoy = case(2, born=1966, relations=father, **son)
    elder = case(3, born=1950, relations=father, **son)
    own_match, decoy_match, elder_match = scored(text, own, decoy, elder)
    born = [e for e in own_match.evidence if e.rule in ("age", "birth_year")]
    assert len(born) == 1
    assert own_match.alerts
    assert not decoy_match.alerts
    assert own_match.score - decoy_match.score == 1.0  # where he lives now
    conflicts = [e for e in elder_match.evidence if e.rule.endswith("_conflict")]
    assert [e.rule for e in conflicts if e.rule in ("age_conflict", "birth_year_conflict")] == [
        "age_conflict"
    ]


# --- where someone works or has lived since, and the repatriation ships -----------


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("He works at a noodle shop in Tokyo.", "tokyo"),
        ("東京都内の工場で働いている。", "tokyo"),
        ("지금은 도쿄의 공장에서 일하고 있다.", "tokyo"),
        ("She has lived in Saitama ever since.", "saitama"),
        ("She has made her home in Saitama since 2010.", "saitama"),
        ("以来、埼玉県で暮らしている。", "saitama"),
        ("2004年に脱北し、その後は東京で暮らしている。", "tokyo"),
        ("이후 사이타마현에서 살고 있다.", "saitama"),
    ],
)
def test_working_or_having_lived_somewhere_since_is_residence(text: str, prefecture: str) -> None:
    assert (prefecture, "residence") in roles(text, "prefecture")


@pytest.mark.parametrize(
    "text",
    [
        "She boarded a ship bound for North Korea in 1960.",
        "1960年、帰国船で新潟港を発った。",
        "1960年に帰還船に乗り込んだ。",
        "1960년 귀국선을 타고 일본을 떠났다.",
        "1960년 북송선에 몸을 실었다.",
    ],
)
def test_boarding_a_repatriation_ship_is_a_departure(text: str) -> None:
    assert values(text, "departure_year") == {"1960"}


@pytest.mark.parametrize(
    "text",
    [
        "Born in Kobe in 1942, she boarded a ship bound for North Korea in 1960. "
        "She fled in 2004 and has lived in Saitama ever since.",
        "1942年神戸市生まれ。1960年、帰国船に乗り込んだ。2004年に脱北し、以来埼玉県で暮らしている。",
        "1942년 고베 태생인 그녀는 1960년 귀국선을 탔다. "
        "2004년 탈북한 뒤 사이타마현에서 살고 있다.",
    ],
)
def test_a_life_story_told_by_ship_and_residence_meets_its_case(text: str) -> None:
    saitama = (living(date(2005, 1, 1), "埼玉県"),)
    tokyo = (living(date(2005, 1, 1), "東京都"),)
    own = case(1, born=1942, birthplace="兵庫県", events=saitama)
    decoy = case(2, born=1942, birthplace="兵庫県", events=tokyo)
    own_match, decoy_match = scored(text, own, decoy, on=date(2025, 9, 1))
    assert {"birth_year", "departure_year", "home_region", "residence"} <= rules(own_match)
    assert own_match.alerts
    assert not decoy_match.alerts


def test_a_korean_name_in_latin_letters_is_not_compared_by_sound() -> None:
    (match,) = scored(
        "Kim Young Soo, 70, was detained in Hunchun.", case(2, name=("Kim", "Yong-su"))
    )
    assert "name_conflict" not in rules(match)


def test_a_japanese_name_in_latin_letters_is_compared_by_sound() -> None:
    (match,) = scored("Fumiko Takeda, 83, was detained in Hunchun.", case(2, name=("Ito", "Kiyo")))
    assert "name_conflict" in rules(match)
