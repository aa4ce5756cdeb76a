# ruff: noqa: RUF001 - Japanese articles use full-width punctuation.
"""A relative's post, a series number, another city of the province and other keepers.

- A relative who posts about the one who fled ("her younger brother, who went to North
  Korea in 1960", 私の兄が帰国した, 나의 형이 … 땅을 밟았다) keeps their own age and home,
  given a sentence before or after the words about the relative.
- A series instalment in brackets (連載…(3), 시리즈 … (3), "Series: … (3)") is no age; a
  pseudonym (仮名, 가명, "not her real name") names no one and keeps the age given with it.
- The town she went to school in is home; a mission abroad (在外公館) holds her.
- Another city of the same province is neither the place of custody (Yanji against
  Changbai, both Jilin) nor of birth (Tanchon against Hungnam, both South Hamgyong); a
  province alone still meets every city in it, and that one place is enough to outrank.
- Immigration detention is the host police's custody; a security facility, an
  intelligence agency and a shelter (보호소, シェルター) hold people; a parent who takes
  the children north takes the subject; a dateline with its date and a dash is no home;
  a figure of the programme ("some 93,000 people") is no group.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, alerting
from tests.monitor.press import ON, case, held, rules, scored

POSTED_BY_A_RELATIVE = [
    "A nurse's post about her brother moves thousands\n\nThe post by Michiko Tanaka, 77, a "
    "retired nurse in Hirosaki, Aomori Prefecture, has been shared widely. In it she says "
    'that her younger brother, who went to North Korea in 1960 with his Korean wife, is "alive '
    'and in China."',
    "「私の兄が帰国したと聞いて震えた」。青森県弘前市の田中美智子さん（77）はそう投稿した。"
    "兄は1960年に朝鮮人の妻と北朝鮮へ渡った。",
    '"형은 아직 북한에 있다. 그러나 나의 형이 살아서 일본 땅을 밟았다." 아오모리현 '
    "히로사키시에 사는 다나카 미치코(77)씨가 최근 페이스북에 올린 글이 화제다. 형은 1960년 "
    "북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", POSTED_BY_A_RELATIVE)
def test_the_writers_age_is_a_relatives(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("relative_age")} == {"77"}
    assert not facts.of("age")


@pytest.mark.parametrize("text", POSTED_BY_A_RELATIVE)
def test_the_writers_age_is_not_held_against_the_one_who_fled(text: str) -> None:
    brother = case(1, born=1936, left=1960, birthplace="青森県弘前市", sex="M")
    (match,) = scored(text, brother, on=date(2025, 10, 1))
    assert "age_conflict" not in rules(match)
    assert "departure_year" in rules(match)


SPEAKING_OF_A_SISTER_WHO_STAYED = [
    # The subject herself speaks of a sister who never left: she keeps her age.
    '"My older sister never saw Japan again," said Yoko Mori, 82, who fled last year.',
    "「私の姉は日本を見ずに亡くなった」と昨年脱北した森洋子さん（82）は語った。",
    "“나의 언니는 일본을 다시 보지 못했다”고 지난해 탈북한 모리 요코(82) 씨는 말했다.",
]


@pytest.mark.parametrize("text", SPEAKING_OF_A_SISTER_WHO_STAYED)
def test_a_subject_who_speaks_of_a_sibling_who_did_not_flee_keeps_her_age(text: str) -> None:
    facts = extract(text)
    assert {f.value for f in facts.of("age")} == {"82"}
    assert not facts.of("relative_age")


SERIES_HEADLINES = [
    "連載　北へ渡った家族（3）　50年ぶりの津軽弁",
    "[기획 시리즈] 북으로 간 가족들 (3)",
    "Series: The families who sailed north (3)",
]


@pytest.mark.parametrize("text", SERIES_HEADLINES)
def test_a_series_instalment_number_is_no_age(text: str) -> None:
    facts = extract(text)
    assert not facts.of("age")


AN_AGE_IN_A_SERIES = [
    "連載　北へ渡った家族（3）　松田花子さん（81）は語った。",
    "[연재] 북으로 간 가족들 (3) 김순옥(81)씨",
]


@pytest.mark.parametrize("text", AN_AGE_IN_A_SERIES)
def test_an_age_after_a_name_in_a_series_is_still_an_age(text: str) -> None:
    assert {f.value for f in extract(text).of("age")} == {"81"}


PSEUDONYMS = [
    "ミチさん（仮名、81）は、50年ぶりに故郷の言葉で笑った。",
    "김순옥(가명·81)씨는 50년 만에 고향 말로 웃었다.",
    "Sun-ok — the name she asked us to use, which is not her real one — laughs. She is 81.",
]


@pytest.mark.parametrize("text", PSEUDONYMS)
def test_a_pseudonym_names_no_one_and_keeps_the_age(text: str) -> None:
    facts = extract(text)
    assert facts.subject_names == []
    assert {f.value for f in facts.of("age")} == {"81"}


SCHOOL_AND_MISSION = [
    "弘前の高校を出て2年目の春、夫と新潟から船に乗った。今は中国にある日本の在外公館で帰国を待つ。",
    "히로사키의 고등학교를 졸업하고 남편과 배를 탔다. 지금은 중국의 재외공관에서 귀국을 기다린다.",
    "She finished high school in Hirosaki and sailed with her husband. She is now waiting "
    "in the Japanese consulate in China.",
]


@pytest.mark.parametrize("text", SCHOOL_AND_MISSION)
def test_the_town_of_her_school_is_home_and_a_mission_abroad_holds_her(text: str) -> None:
    facts = extract(text)
    assert ("hirosaki", "home") in {(f.value, f.role) for f in facts.of("city")}
    assert "diplomatic_mission" in {f.value for f in facts.of("custodian")}


HELD_IN_YANJI = [
    "A Japanese woman in her 80s who went to North Korea in 1961 is being held by police in "
    "Yanji, Jilin Province, supporters said. She is from Gifu Prefecture.",
    "1961年に北朝鮮へ渡った岐阜県出身の80代の日本人女性が、中国吉林省延吉市で警察に拘束されている。",
    "1961년 북한으로 건너간 기후현 출신 80대 일본인 여성이 중국 지린성 옌지에서 경찰에 억류됐다.",
]


def _held_in(city: str, case_id: int) -> CaseFacts:
    return case(case_id, born=1942, left=1961, birthplace="岐阜県", events=(held(ON, city),))


@pytest.mark.parametrize("text", HELD_IN_YANJI)
def test_another_city_of_the_same_province_is_not_the_place_of_custody(text: str) -> None:
    own, other = _held_in("Yanji, Jilin", 1), _held_in("Changbai, Jilin", 2)
    own_match, other_match = scored(text, own, other)
    assert "custody_place" in rules(own_match)
    assert "custody_place" not in rules(other_match)
    # The place is all that sets them apart: only her case alerts.
    assert [m.case_id for m in alerting([own_match, other_match], extract(text))] == [1]


HELD_IN_JILIN = [
    "A Japanese woman in her 80s who went to North Korea in 1961 is being held by police in "
    "Jilin Province, supporters said.",
    "1961年に北朝鮮へ渡った80代の日本人女性が、中国吉林省で警察に拘束されている。",
    "1961년 북한으로 건너간 80대 일본인 여성이 중국 지린성에서 경찰에 억류됐다.",
]


@pytest.mark.parametrize("text", HELD_IN_JILIN)
def test_a_province_alone_still_meets_every_city_in_it(text: str) -> None:
    for city in ("Yanji, Jilin", "Changbai, Jilin"):
        (match,) = scored(text, _held_in(city, 1))
        assert "custody_place" in rules(match)


BORN_IN_TANCHON = [
    "The man, born in Tanchon, South Hamgyong, is the son of a Japanese woman.",
    "男性は北朝鮮・端川生まれで、母親は日本人女性。",
    "남성은 함경남도 단천 출생으로, 어머니는 일본인 여성이다.",
]


@pytest.mark.parametrize("text", BORN_IN_TANCHON)
def test_another_city_of_the_same_korean_province_is_not_the_birthplace(text: str) -> None:
    own = case(1, birthplace="咸鏡南道端川 (Tanchon, South Hamgyong)", category="descendant")
    other = case(2, birthplace="咸鏡南道興南 (Hungnam, South Hamgyong)", category="descendant")
    own_match, other_match = scored(text, own, other)
    assert "home_region" in rules(own_match)
    assert "home_region" not in rules(other_match)


IMMIGRATION_DETENTION = [
    "The journey ended in a crowded cell of Vientiane's immigration detention centre.",
    "女性はラオスの入管施設を経て日本に戻った。",
    "여성은 라오스 이민국 수용소에서 몇 주를 보냈다.",
]


@pytest.mark.parametrize("text", IMMIGRATION_DETENTION)
def test_immigration_detention_is_the_host_polices_custody(text: str) -> None:
    assert "host_police" in {f.value for f in extract(text).of("custodian")}


IN_OTHER_HANDS = [
    ("男性が今いるのはハノイ市内の治安当局の施設だ。", "host_security"),
    ("He was brought to a facility of the national intelligence agency in Hanoi.", "host_security"),
    ("남성은 하노이 시내 정보기관 시설에 머물고 있다.", "host_security"),
    ("조카가 태국의 보호소를 거쳐 일본에 왔다.", "ngo_safe_house"),
    ("姪はタイのシェルターで帰国を待っている。", "ngo_safe_house"),
]


@pytest.mark.parametrize(("text", "custodian"), IN_OTHER_HANDS)
def test_security_facilities_and_shelters_are_custodians(text: str, custodian: str) -> None:
    assert custodian in {f.value for f in extract(text).of("custodian")}


FAMILY_DEPARTURES = [
    "Her father took his wife and three of their four children to the North in the autumn of 1961.",
    "父は1961年、母と子どもたちを連れて北朝鮮へ渡った。",
    "아버지는 1961년 어머니와 자녀들을 데리고 북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", FAMILY_DEPARTURES)
def test_a_parent_who_takes_the_children_north_takes_the_subject(text: str) -> None:
    assert {f.value for f in extract(text).of("departure_year")} == {"1961"}


def test_a_parent_who_goes_north_alone_does_not_take_the_subject() -> None:
    text = "Her father took his wife to the North in 1961; she stayed with her grandmother."
    assert not extract(text).of("departure_year")


DATED_DATELINES = [
    "OSAKA, Sept. 30 (Kyodo) — A Japanese woman, 84, who went to North Korea in 1960 has been "
    "detained by Chinese police.",
    "SAPPORO, March 4 – A Japanese woman, 84, who went to North Korea in 1960 has been detained.",
]


@pytest.mark.parametrize("text", DATED_DATELINES)
def test_a_dateline_with_its_date_and_a_dash_is_no_ones_home(text: str) -> None:
    facts = extract(text)
    assert len(facts.sentences) == 1
    assert {f.role for f in facts.facts if f.kind in ("prefecture", "city")} == {"dateline"}
    from_nagano = case(1, born=1941, left=1960, birthplace="長野県")
    (match,) = scored(text, from_nagano, on=date(2025, 10, 1))
    assert "home_conflict" not in rules(match)


A_FIGURE_OF_THE_PROGRAMME = [
    "The woman, 82, left Maizuru in 1960 under the programme that took some 93,000 people to "
    "the North.",
    "女性（82）は1960年に北朝鮮へ渡った。1800人の日本人妻の一人だった。",
]


@pytest.mark.parametrize("text", A_FIGURE_OF_THE_PROGRAMME)
def test_a_figure_of_the_programme_is_no_group_and_her_age_stays_hers(text: str) -> None:
    assert {f.value for f in extract(text).of("age")} == {"82"}


def test_a_group_she_came_with_still_takes_the_age() -> None:
    facts = extract("The woman, 82, came with 12 women from her town.")
    assert not facts.of("age")
