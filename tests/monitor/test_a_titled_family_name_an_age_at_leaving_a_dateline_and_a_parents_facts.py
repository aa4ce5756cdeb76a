# ruff: noqa: RUF001 - Japanese and Korean phrases are kept as written.
"""A family name with its title alone, an age at leaving, a dateline, and a parent's facts.

Each phrase is read in its role, in English, Japanese and Korean, and then scored
against the case it describes and a decoy that differs in the fact read.
"""

from __future__ import annotations

from datetime import date

import pytest

from hogo.monitor.extract import extract
from hogo.monitor.scoring import CaseFacts, EventFacts, NameFacts, score


def _rules(case: CaseFacts, text: str, published: date | None) -> dict[str, float]:
    return {e.rule: e.points for e in score(case, extract(text), published=published).evidence}


def _man(case_id: int, family: str, given: str, *, born: int = 1950, left: int = 1975) -> CaseFacts:
    return CaseFacts(
        case_id=case_id,
        sex="M",
        birth_date=date(born, 1, 1),
        birth_precision="year",
        birthplace="大阪府",
        category="former_resident",
        names=(NameFacts(family, given, ""),),
        events=(EventFacts(date(left, 6, 1), "location", "KP"),),
        departure_years=frozenset({left}),
    )


# --- a family name with its title, the given name withheld -----------------------------

PAK = _man(1, "朴", "正男")
KANG = _man(2, "姜", "哲")
TAMURA = _man(3, "田村", "修")
MATSUMOTO = _man(4, "松本", "修")

TITLED_PAK = [
    "Mr Pak, who asked that his first name be withheld, worked for decades at a mine.",
    "Mr. Park, who fled the North in the spring, is waiting in Vientiane.",
    "일본에서 온 박 씨(74)는 라오스에서 기다리고 있다.",
    "탈북민 박씨(74)는 라오스에서 기다리고 있다.",
]


@pytest.mark.parametrize("text", TITLED_PAK)
def test_a_titled_family_name_alone_counts_for_the_case_of_that_family_name(text: str) -> None:
    assert _rules(PAK, text, None).get("family_name") == 2.5
    assert "family_name" not in _rules(KANG, text, None)


def test_a_family_name_with_san_after_a_verb_of_living_is_the_name_alone() -> None:
    text = "大阪府内で暮らす田村さん（81）は神戸市で生まれた。"
    assert extract(text).subject_names == [("田村", 0)]
    assert _rules(TAMURA, text, None).get("family_name") == 2.5
    assert "family_name" not in _rules(MATSUMOTO, text, None)


def test_a_kana_given_name_after_the_family_name_is_kept() -> None:
    assert extract("中村のぶ子さん（80）は話した。").subject_names == [("中村のぶ子", 0)]


def test_a_title_before_a_full_name_leaves_the_full_name() -> None:
    assert extract("Mr Pak Jong-nam, 74, said he was tired.").subject_names == [("Pak Jong-nam", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, Mr Pak, who lives in Osaka, said she was well.",
        "夫の田村さん（85）は話した。",
        "남편 박씨(80)는 말했다.",
    ],
)
def test_a_relatives_titled_family_name_is_not_the_subjects(text: str) -> None:
    assert not extract(text).subject_names


# --- an age at leaving for the North, with no year --------------------------------------

AT_LEAVING = [
    "He was 25, just out of school in Osaka, when he sailed from Niigata with his parents.",
    "Kim, now 75, was born in Osaka and was 25 when he boarded a ship bound for the North.",
    "25歳で海を渡った男性は、今も北朝鮮に息子がいる。",
    "그는 25세 때 북송선을 타고 북한으로 건너갔다.",
]


@pytest.mark.parametrize("text", AT_LEAVING)
def test_an_age_at_leaving_gives_the_year_from_the_cases_birth(text: str) -> None:
    assert _rules(_man(5, "", "", born=1950, left=1975), text, None).get("departure_year") == 2.0
    decoy = _rules(_man(6, "", "", born=1950, left=1962), text, None)
    assert decoy.get("departure_conflict") == -1.5


def test_anothers_age_when_the_subject_left_is_not_an_age_at_leaving() -> None:
    text = "Her brother was 15 when his sister walked up the gangway of a ship at Niigata."
    assert not extract(text).of("departure_age")


@pytest.mark.parametrize(
    "text",
    [
        "She had lived in North Korea since 1961, when she left with her husband.",
        "The man sailed from Niigata in 1961 with his Korean wife.",
        "女性は1961年から北朝鮮で暮らしていた。",
        "그는 1961년부터 북한에서 살았다.",
    ],
)
def test_living_in_the_north_since_a_year_or_sailing_from_niigata_is_a_departure(
    text: str,
) -> None:
    assert extract(text).values("departure_year") == {"1961"}


def test_being_born_in_niigata_is_no_departure() -> None:
    assert not extract("The man, born in Niigata in 1951, lives in Seoul.").of("departure_year")


# --- a dateline, a capital for its government, the port left from ------------------------

OSAKA_WOMAN = CaseFacts(
    case_id=7,
    sex="F",
    birth_date=date(1940, 1, 1),
    birth_precision="year",
    birthplace="大阪府",
    category="japanese_spouse",
    names=(),
    events=(EventFacts(date(1961, 6, 1), "location", "KP"),),
    departure_years=frozenset({1961}),
)


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (AP) — A woman, 84, who went to North Korea in 1961 has fled to China.",
        "SEOUL (Reuters) - A woman, 84, who went to North Korea in 1961 has fled to China.",
        "BEIJING, Oct 3 (AFP) – A woman, 84, who went to North Korea in 1961 has fled to China.",
        "A woman, 84, who went to North Korea in 1961 is in a consulate while Tokyo and Beijing "
        "negotiate her departure.",
        "Talks between Seoul and Pyongyang on a woman, 84, who went to North Korea in 1961 "
        "have stalled.",
        "A woman, 84, sailed from Niigata in 1961 with her Korean husband.",
        "A woman, 84, waved from the deck at the quay in Niigata in 1961.",
    ],
)
def test_a_dateline_a_capital_for_its_government_and_a_port_are_no_ones_home(
    text: str,
) -> None:
    found = _rules(OSAKA_WOMAN, text, date(2025, 10, 3))
    assert "home_conflict" not in found
    assert "home_region" not in found


def test_a_capital_where_she_was_born_is_still_her_home() -> None:
    text = "A woman, 84, who was born in Tokyo and went to North Korea in 1961, has fled."
    assert _rules(OSAKA_WOMAN, text, date(2025, 10, 3)).get("home_conflict") == -1.5


# --- a parent's facts are the parent's ----------------------------------------------------

# A daughter born in the North in 1978 to a Japanese mother from Akita who went in 1961.
DAUGHTER = CaseFacts(
    case_id=8,
    sex="F",
    birth_date=date(1978, 1, 1),
    birth_precision="year",
    birthplace="咸鏡北道清津",
    category="descendant",
    names=(),
    events=(EventFacts(date(1978, 1, 1), "location", "KP", "咸鏡北道清津"),),
    relations=frozenset({"parent"}),
)
# A Japanese wife from Akita who went in 1961: the mother's facts, not the daughter's.
AKITA_WIFE = CaseFacts(
    case_id=9,
    sex="F",
    birth_date=date(1940, 1, 1),
    birth_precision="year",
    birthplace="秋田県",
    category="japanese_spouse",
    names=(),
    events=(EventFacts(date(1961, 6, 1), "location", "KP"),),
    departure_years=frozenset({1961}),
)

PARENT_SENTENCES = [
    "女性の母親は秋田県出身で、1961年に在日朝鮮人の夫とともに北朝鮮に渡り、2001年に亡くなった。",
    "그녀의 어머니는 아키타현 출신으로 1961년 재일조선인 남편과 함께 북한으로 건너갔다.",
    "Her mother, who was born in Akita, went to North Korea in 1961 with her Korean husband.",
]


@pytest.mark.parametrize("text", PARENT_SENTENCES)
def test_a_sentence_told_of_the_subjects_parent_gives_the_subject_no_conflict(text: str) -> None:
    extraction = extract(text)
    assert not extraction.of("departure_year")
    assert {f.role for f in extraction.of("prefecture")} == {"parent"}
    assert "former_resident" not in extraction.values("category")
    daughter = _rules(DAUGHTER, text, date(2025, 10, 2))
    assert not {"home_conflict", "departure_conflict", "category_conflict"} & set(daughter)


@pytest.mark.parametrize("text", PARENT_SENTENCES)
def test_a_parents_home_and_departure_give_a_japanese_wife_nothing(text: str) -> None:
    found = _rules(AKITA_WIFE, text, date(2025, 10, 2))
    assert "home_region" not in found
    assert "departure_year" not in found


def test_the_daughter_of_a_japanese_woman_is_a_descendant() -> None:
    assert extract("日本人女性の娘（47）が日本に到着した。").values("category") == {"descendant"}


def test_going_with_her_mother_is_her_own_departure() -> None:
    assert extract("She and her mother went to North Korea in 1961.").values("departure_year") == {
        "1961"
    }


# --- where she goes to stay, and the month of an earlier report -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "女性は羽田空港から秋田市に向かい、当面は親族のもとに身を寄せるという。",
        "그는 인천공항에서 아키타시로 향해 친척 집에 머물 예정이다.",
        "She flew on to Akita, where she will stay with relatives.",
    ],
)
def test_the_city_she_goes_to_stay_in_is_where_she_lives(text: str) -> None:
    assert ("akita", "residence") in {(f.value, f.role) for f in extract(text).of("prefecture")}


@pytest.mark.parametrize(
    "text",
    [
        "本紙が7月に報じたように、女性は6月に拘束された。",
        "본지가 7월 보도한 여성은 6월에 체포됐다.",
        "As the newspaper reported in July, she was detained in June.",
    ],
)
def test_the_month_of_an_earlier_report_is_no_month_of_her_story(text: str) -> None:
    assert extract(text).values("month") == {"6"}
