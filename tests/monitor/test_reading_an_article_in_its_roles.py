# ruff: noqa: RUF001 - Japanese punctuation is what these tests read.
"""Each phrase in its role: places, time in words, who the article is about, direction."""

from __future__ import annotations

import pytest

from hogo.monitor.extract import Extraction, extract


def roles(extraction: Extraction, kind: str) -> dict[str, str]:
    return {f.value: f.role for f in extraction.facts if f.kind == kind}


@pytest.mark.parametrize(
    "text",
    [
        "She flew from Shenyang to Kansai International Airport on Thursday.",
        "The woman arrived at Kansai Airport aboard a flight from Shenyang.",
        "瀋陽からの便で関西空港に到着した。",
        "女性は瀋陽から空路で関西空港に着いた。",
    ],
)
def test_an_airport_and_the_city_flown_from_are_places_of_transit(text: str) -> None:
    extraction = extract(text)
    assert roles(extraction, "place")["shenyang"] == "transit"
    assert roles(extraction, "region")["kansai"] == "transit"


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("She now lives in Matsudo, Chiba Prefecture.", "chiba"),
        ("千葉県松戸市に住む女性が語った。", "chiba"),
        ("大阪市で暮らす男性（70）は", "osaka"),
    ],
)
def test_where_a_person_lives_today_is_a_residence_not_a_home(text: str, prefecture: str) -> None:
    extraction = extract(text)
    facts = [f for f in extraction.facts if f.kind in ("prefecture", "city")]
    assert facts
    assert all(f.role == "residence" for f in facts)
    assert not [
        f for f in extraction.of("prefecture") if f.role == "home" and f.value == prefecture
    ]


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("She was born in Kawasaki and went to North Korea in 1961.", "kanagawa"),
        ("An 80-year-old from Osaka returned home.", "osaka"),
        ("川崎市生まれの女性は", "kanagawa"),
        ("女性は新潟県出身。", "niigata"),
    ],
)
def test_a_birthplace_or_home_city_gives_its_prefecture(text: str, prefecture: str) -> None:
    assert roles(extract(text), "prefecture")[prefecture] == "home"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("He was born and raised in Chongjin.", "chongjin"),
        ("She lived in Hyesan for thirty years.", "hyesan"),
        ("Hoeryong lies on the Tumen River.", "hoeryong"),
        ("男性は清津で生まれ育った。", "chongjin"),
    ],
)
def test_north_korean_cities_are_known_places(text: str, city: str) -> None:
    assert city in roles(extract(text), "city")


@pytest.mark.parametrize(
    "text",
    [
        "She was detained in Yanji by police.",
        "吉林省で中国当局に拘束された。",
    ],
)
def test_a_place_of_detention_is_a_custody_place(text: str) -> None:
    assert set(roles(extract(text), "place").values()) == {"custody"}


@pytest.mark.parametrize(
    "text",
    [
        "She was held for about two weeks by Chinese authorities.",
        "中国当局に拘束されていた。",
        "The woman was held by local authorities for ten days.",
    ],
)
def test_being_held_by_chinese_authorities_is_custody(text: str) -> None:
    extraction = extract(text)
    assert extraction.has("custody_event")
    assert "host_security" in extraction.values("custodian")


@pytest.mark.parametrize(
    "text",
    [
        "She reached the Japanese consulate in Shenyang last month.",
        "He ran into the Japanese embassy in Beijing.",
        "瀋陽の日本総領事館にたどり着いた。",
        "女性は北京の日本大使館に駆け込んだ。",
    ],
)
def test_reaching_a_consulate_is_refuge(text: str) -> None:
    extraction = extract(text)
    assert "diplomatic_mission" in extraction.values("custodian")
    assert set(roles(extraction, "place").values()) == {"refuge"}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("She set foot in Japan for the first time in 44 years.", "44"),
        ("He returned home for the first time in forty-four years.", "44"),
        ("44年ぶりに日本の土を踏んだ。", "44"),
        ("女性は43年ぶりに帰国した。", "43"),
    ],
)
def test_the_first_time_in_n_years_counts_back_to_the_departure(text: str, years: str) -> None:
    assert extract(text).values("years_since_departure") == {years}


@pytest.mark.parametrize(
    "text",
    [
        "After 46 years in North Korea, she came back.",
        "She spent 46 years there.",
        "北朝鮮で46年暮らした。",
    ],
)
def test_years_in_the_north_are_read(text: str) -> None:
    assert extract(text).values("years_in_north") == {"46"}


@pytest.mark.parametrize(
    "text",
    [
        "She was born in 1949 and went to North Korea in 1960.",
        "Born in Kawasaki in 1949, she left for North Korea in 1960.",
        "1949年生まれの女性は1960年に北朝鮮へ渡った。",
    ],
)
def test_a_birth_year_is_not_a_departure_year(text: str) -> None:
    extraction = extract(text)
    assert extraction.values("birth_year") == {"1949"}
    assert extraction.values("departure_year") == {"1960"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A man in his 50s entered Japan.", "50-59"),
        ("A woman in her late seventies was found.", "75-79"),
        ("50代の男性が入国した。", "50-59"),
        ("40代前半の男性", "40-44"),
    ],
)
def test_a_decade_of_age_is_a_range(text: str, span: str) -> None:
    extraction = extract(text)
    assert extraction.values("age_range") == {span}
    assert not extraction.of("age")


@pytest.mark.parametrize(
    "text",
    [
        "A group of fifteen wives aged 55 to 84 visited Japan.",
        "Fifteen Japanese wives, aged 55 to 84, arrived at Narita.",
        "日本人妻15人（55～84歳）が一時帰国した。",
    ],
)
def test_a_groups_ages_are_not_a_persons(text: str) -> None:
    extraction = extract(text)
    assert extraction.values("group_age") == {"55-84"}
    assert not extraction.of("age")


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, 70, was arrested. She is 64 years old.",
        "His mother, now 74, remains in the North. He is 42 years old.",
        "夫（70）は逮捕された。鈴木和子さん（64）は無事だった。",
    ],
)
def test_a_relatives_age_is_kept_apart_from_the_subjects(text: str) -> None:
    extraction = extract(text)
    assert len(extraction.values("relative_age")) == 1
    assert extraction.values("age") in ({"64"}, {"42"})


@pytest.mark.parametrize(
    "text",
    [
        "A man whose mother is Japanese was brought to Japan.",
        "The son of a Japanese woman who moved to the North in 1960 fled.",
        "日本人妻を母に持つ男性が入国した。",
        "母親は日本人で、男性は清津で育った。",
    ],
)
def test_a_japanese_mother_makes_the_subject_a_descendant(text: str) -> None:
    categories = extract(text).values("category")
    assert "descendant" in categories


@pytest.mark.parametrize(
    "text",
    [
        "A 58-year-old woman crossed into North Korea in March.",
        "The man defected to North Korea last year.",
        "女性（58）が丹東から北朝鮮に入国した。",
    ],
)
def test_going_into_north_korea_is_read_as_that(text: str) -> None:
    assert extract(text).values("direction") == {"into_north"}


def test_mother_and_father_are_also_parents() -> None:
    assert {"mother", "parent"} <= extract("His mother stayed behind.").values("relation")
    assert {"father", "parent"} <= extract("父親は北朝鮮に残った。").values("relation")
    assert "parent" not in extract("母国に帰った。").values("relation")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Kimiko Sato, 77, told reporters she wanted to visit her parents' grave.", "77"),
        ("Yoshiko, 81, has lived in Osaka since last year.", "81"),
        ("The 45-year-old son of a Japanese woman fled last spring.", "45"),
        ("日本人妻の次男（45）が昨年春、脱北した。", "45"),
    ],
)
def test_the_subjects_age_beside_a_name_or_as_someones_child(text: str, age: str) -> None:
    extraction = extract(text)
    assert extraction.values("age") == {age}
    assert not extraction.of("relative_age")


@pytest.mark.parametrize(
    "text",
    [
        "She followed her husband to the North in 1960.",
        "They sailed to North Korea in 1960 on a repatriation ship.",
        "The couple moved to the North in 1960.",
    ],
)
def test_going_to_the_north_in_a_year_is_a_departure(text: str) -> None:
    assert extract(text).values("departure_year") == {"1960"}


@pytest.mark.parametrize(
    "text",
    [
        "The 60-year-old went back to North Korea in May, though he had escaped from the North "
        "in 2001.",
        "男性（60）は5月に北朝鮮へ戻った。2001年に脱北していた。",
    ],
)
def test_a_report_that_leads_with_going_back_into_the_north_is_about_that(text: str) -> None:
    directions = [f.value for f in extract(text).of("direction")]
    assert directions[0] == "into_north"
    assert "out_of_north" in directions


# --- Korean-language reporting ---------------------------------------------------


def test_korean_text_is_read_as_korean() -> None:
    assert extract("니가타현 출신의 일본인 처가 북한을 탈출했다고 전했다.").language == "ko"


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("선양에서 출발한 항공편으로 간사이 국제공항에 도착했다.", "place", "transit"),
        ("지린성에서 중국 공안에 구금됐다.", "place", "custody"),
        ("선양 주재 일본 총영사관에 진입했다.", "place", "refuge"),
        ("지바현 마쓰도시에 거주하는 여성은 말했다.", "city", "residence"),
        ("가와사키에서 태어난 그녀는 말했다.", "city", "home"),
    ],
)
def test_korean_places_in_their_roles(text: str, kind: str, role: str) -> None:
    assert set(roles(extract(text), kind).values()) == {role}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("44년 만에 고향 일본 땅을 밟았다.", "years_since_departure", "44"),
        ("북한에서 46년을 보낸 뒤 돌아왔다.", "years_in_north", "46"),
        ("1949년생인 그는 청진에서 자랐다.", "birth_year", "1949"),
        ("50대 남성이 입국했다.", "age_range", "50-59"),
        ("일본인 처 15명(55~84세)이 고향 방문단으로 일본을 찾았다.", "group_age", "55-84"),
        ("1959년 북송선을 타고 북한으로 건너갔다.", "departure_year", "1959"),
        ("어머니가 일본인인 남성이 입국했다.", "category", "descendant"),
        ("30세 여성이 지난달 북한으로 들어갔다.", "direction", "into_north"),
    ],
)
def test_korean_time_people_and_direction(text: str, kind: str, value: str) -> None:
    assert value in extract(text).values(kind)


def test_korean_words_that_are_also_city_names_are_not_places() -> None:
    extraction = extract("지난해 그는 이 나라를 떠났다고 말했다. 사실이다.")
    assert not extraction.of("city")


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("도쿄 태생의 여성이 말했다.", "tokyo"),
        ("아키타현 출신인 그녀는 말했다.", "akita"),
        ("나라현 출신이다.", "nara"),
        ("A Sapporo-born man of 70 spoke.", "hokkaido"),
    ],
)
def test_prefectures_in_hangul_and_a_city_born_in(text: str, prefecture: str) -> None:
    assert roles(extract(text), "prefecture")[prefecture] == "home"


def test_a_korean_word_that_is_a_prefecture_name_needs_its_suffix() -> None:
    assert not extract("이 나라의 기후는 온화하다고 말했다.").of("prefecture")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("She left for North Korea 41 years ago with her husband.", "41"),
        ("41年前に夫と北朝鮮へ渡った。", "41"),
        ("41년 전 북송선을 타고 북한으로 건너갔다.", "41"),
    ],
)
def test_years_ago_in_a_departure_sentence_count_back(text: str, years: str) -> None:
    assert extract(text).values("years_since_departure") == {years}


def test_a_woman_of_a_given_age_is_that_age() -> None:
    assert extract("A woman of 73 was found in Yanji.").values("age") == {"73"}
