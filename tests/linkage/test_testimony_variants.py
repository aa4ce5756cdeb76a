"""Testimony differs from a manifest in known ways: each one meets the record it is about.

The records are written as the 1959-1984 manifests wrote them (hanja, era dates, Korean
provinces in hanja); the claims as people tell them decades later.
"""

from __future__ import annotations

import pytest

from hogo.lib.dates import parse_date
from hogo.lib.places import resolve_place
from hogo.linkage.features import (
    features,
    given_sounds_typed,
    korean_sound,
    typed_sounds,
)
from hogo.linkage.lookup import prior_model
from hogo.linkage.records import PersonRecord
from hogo.linkage.scorer import PythonModel, Side, birth_date_level, birth_place_level, name_level

MANIFEST = {
    "family_name": "金",
    "given_name": "明淑",
    "family_name_reading": "キン",
    "given_name_reading": "メイシュク",
    "sex": "F",
    "birth_date": "昭和10年4月7日",  # 1935-04-07, solar; lunar 1935-03-05
    "birth_place": "慶尙北道",
}


def _side(**values: str) -> Side:
    return Side(features(PersonRecord("X", 2, values)))


def _record() -> Side:
    return _side(**MANIFEST)


def _claim(**changes: str) -> Side:
    told = {"family_name": "김", "given_name": "명숙", "sex": "F"} | changes
    return _side(**told)


# Birth dates -----------------------------------------------------------------------


def test_a_lunar_birthday_told_as_a_solar_date_meets_the_solar_date() -> None:
    # The family kept her birthday on the lunar calendar: 3rd month, 5th day.
    claim = _claim(birth_date="1935-03-05")
    assert birth_date_level(claim, _record()) == 2  # "lunar birthday as a solar date"
    # ...and the other way round, a lunar date in the registry, the solar one told.
    registry = _side(family_name="金", given_name="明淑", birth_date="1935.3.5")
    assert birth_date_level(_claim(birth_date="1935-04-07"), registry) == 2


def test_a_lunar_birthday_across_the_new_year_meets_the_next_solar_year() -> None:
    # Born 1936-01-20 (solar): the 26th day of the 12th lunar month of 1935.
    registry = _side(family_name="金", given_name="明淑", birth_date="昭和11年1月20日")
    claim = features(PersonRecord("C", 2, {"family_name": "김", "birth_date": "1935-12-26"}))
    assert claim["birth_lunar_iso"] == "1936-01-20"
    assert birth_date_level(Side(claim), registry) == 2


def test_a_japanese_era_year_off_by_one_keeps_the_day_and_month() -> None:
    # 昭和4年 for 昭和5年 (1929 for 1930): the day and month agree, the year is one off.
    record = _side(family_name="金", given_name="明淑", birth_date="昭和5年4月7日")
    assert birth_date_level(_claim(birth_date="昭和4年4月7日"), record) == 4
    # 昭和9年 for 昭和10年 differs in one digit only: a nearer level still catches it.
    assert birth_date_level(_claim(birth_date="昭和9年4月7日"), _record()) == 3


def test_an_era_date_outside_its_era_is_read_as_its_numbers_say() -> None:
    # Converted by hand: 昭和1年 for a date in 大正15年. The manifest file is still evidence.
    assert parse_date("昭和1年3月2日", lenient=True).isoformat() == "1926-03-02"
    claim = features(PersonRecord("C", 2, {"family_name": "김", "birth_date": "昭和1年3月2日"}))
    assert (claim["birth_year"], claim["birth_month"], claim["birth_day"]) == (1926, 3, 2)


@pytest.mark.parametrize("told", ["1934", "1933"])
def test_a_year_worked_out_from_a_korean_age_is_near(told: str) -> None:
    # Korean age counts one or two more: the year worked out from it is one or two early.
    level = birth_date_level(_claim(birth_date=told), _record())
    assert level == 7  # the year alone, one or two apart
    model = PythonModel(prior_model())
    factor = model.levels["birth_date"][level].bayes_factor
    # Evidence for: a year alone can never be the exact date, so it is not weighed
    # against those that are (it was "within three years", a factor of 0.4).
    assert factor > 3


@pytest.mark.parametrize(("told", "level"), [("1935", 6), ("昭和10年", 6), ("1936", 7)])
def test_a_year_alone_counts_by_what_a_year_alone_can_say(told: str, level: int) -> None:
    model = PythonModel(prior_model())
    reached = birth_date_level(_claim(birth_date=told), _record())
    assert reached == level
    factor = model.levels["birth_date"][reached].bayes_factor
    # The same year is good evidence, though less than the whole date.
    assert 1 < factor < model.levels["birth_date"][0].bayes_factor
    # A year alone ten years off still counts against.
    far = birth_date_level(_claim(birth_date="1925"), _record())
    assert model.levels["birth_date"][far].bayes_factor < 0.1


def test_a_korean_age_year_prefers_the_record_to_a_namesake_born_years_later() -> None:
    model = PythonModel(prior_model())
    claim = _claim(family_name="Kim", given_name="Myungsook", birth_date="1934")
    namesake = _side(**(MANIFEST | {"birth_date": "昭和18年9月1日"}))
    assert (
        model.score(claim, _record()).match_weight > model.score(claim, namesake).match_weight + 5
    )


def test_a_missing_birth_date_is_unknown_not_against() -> None:
    assert birth_date_level(_claim(birth_date=""), _record()) is None


def test_a_date_written_in_korean_is_read() -> None:
    assert parse_date("1935년 4월 7일").isoformat() == "1935-04-07"
    assert birth_date_level(_claim(birth_date="1935년 4월 7일"), _record()) == 0


# Names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "given"),
    [
        ("Kim", "Myung-sook"),  # passport spelling
        ("KIM", "Myeongsuk"),  # Revised Romanization, family name in capitals
        ("Gim", "Myongsuk"),  # McCune-Reischauer without breves
        ("Kim", "Myungsook"),
        ("キム", "ミョンスク"),  # katakana as the name sounds in Korean
        ("Myung-sook", "Kim"),  # given name first, in the Western order
        ("Kimmyungsook", ""),  # run together in one field
        ("キムミョンスク", ""),
    ],
)
def test_a_korean_name_told_any_way_meets_the_hanja_record(family: str, given: str) -> None:
    assert name_level(_claim(family_name=family, given_name=given), _record()) == 0


@pytest.mark.parametrize(
    ("hanja", "latin"),
    [("李", "Lee"), ("李", "Yi"), ("李", "Rhee"), ("朴", "Park"), ("朴", "Pak"), ("崔", "Choi")],
)
def test_passport_spellings_of_surnames_meet_the_hanja(hanja: str, latin: str) -> None:
    record = _side(family_name=hanja, given_name="英哲")
    claim = _side(family_name=latin, given_name="Young-chul")
    assert name_level(claim, record) == 0


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Younghee", "Yeonghui"),
        ("Jongil", "Jonil"),  # -ng heard as -n
        ("Seong", "Sung"),
        ("Chul", "Cheol"),
    ],
)
def test_romanizations_of_a_korean_name_sound_alike(one: str, other: str) -> None:
    assert korean_sound(one) == korean_sound(other)


def test_a_mistyped_romanization_still_meets_by_its_sound() -> None:
    # Myungsok: one letter dropped from Myungsook.
    claim = _claim(family_name="Kim", given_name="Myungsok")
    assert name_level(claim, _record()) == 0


def test_a_different_given_name_does_not_meet() -> None:
    claim = _claim(family_name="Kim", given_name="Young-ho")
    assert name_level(claim, _record()) not in (0, 1, 2)


# Birthplaces ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    ["경상북도", "Gyeongsangbuk-do", "Kyongsangbuk-do", "Kyŏngsang-pukto", "North Gyeongsang"],
)
def test_the_province_in_hangul_or_any_romanization_is_the_same(told: str) -> None:
    assert resolve_place(told).province == "north-gyeongsang"
    assert birth_place_level(_claim(birth_place=told), _record()) == 2  # same province


@pytest.mark.parametrize("told", ["慶尙道", "경상도", "Gyeongsang"])
def test_the_old_undivided_province_is_consistent_with_its_half(told: str) -> None:
    assert birth_place_level(_claim(birth_place=told), _record()) == 3  # one side vaguer


def test_where_the_family_lived_counts_against_only_a_little() -> None:
    # Born in Gyeongsang, grew up in Osaka: the claimant names Osaka, in hangul.
    assert resolve_place("오사카").province == "osaka"
    level = birth_place_level(_claim(birth_place="오사카"), _record())
    assert level == 6
    factor = PythonModel(prior_model()).levels["birth_place"][level].bayes_factor
    assert 0.3 < factor < 1


def test_the_whole_claim_told_differently_still_prefers_its_record_to_a_namesake() -> None:
    model = PythonModel(prior_model())
    claim = _claim(
        family_name="KIM", given_name="Myung Sook", birth_date="1935-03-05", birth_place="경상도"
    )
    namesake = _side(**(MANIFEST | {"birth_date": "昭和18年9月1日", "birth_place": "全羅南道"}))
    assert model.score(claim, _record()).match_weight > model.score(claim, namesake).match_weight


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        # The tsūmei run together in one field, against the manifest's alias.
        (
            {"family_name": "光田乾彦"},
            {"family_name": "鄭", "given_name": "政洙", "other_names": "光田 乾彦"},
        ),
        # A hanja name run together.
        ({"family_name": "金正一"}, {"family_name": "金", "given_name": "正一"}),
        # Katakana run together after a one-kana surname (禹 ウ).
        ({"family_name": "ウチンミン"}, {"family_name": "禹", "given_name": "珍敏"}),
    ],
)
def test_names_run_together_in_any_script_meet(
    claim: dict[str, str], record: dict[str, str]
) -> None:
    assert name_level(_side(**claim), _side(**record)) == 0


@pytest.mark.parametrize(
    ("told", "record"),
    [
        ("김명숙", {"family_name": "金", "given_name": "明淑"}),
        ("한옥영", {"family_name": "韓", "given_name": "玉永"}),
        # A two-syllable surname: 남궁 민수, not 남 궁민수.
        ("남궁민수", {"family_name": "南宮", "given_name": "珉秀"}),
    ],
)
def test_a_hangul_name_run_together_has_its_given_name_apart(
    told: str, record: dict[str, str]
) -> None:
    # Both names meet (level 0), not just "some key in common".
    claim = _side(family_name=told)
    assert claim.given
    assert name_level(claim, _side(**record)) == 0


@pytest.mark.parametrize(
    ("family", "given"),
    [
        ("Kim", "Sunshk"),  # a letter dropped from Sunshik (順植 순식)
        ("KIM", "Seonsikk"),  # a letter doubled
        ("Gim", "Sunsig"),  # a letter changed
    ],
)
def test_a_mistyped_passport_given_name_sounds_like_the_hanja_reading(
    family: str, given: str
) -> None:
    record = _side(family_name="金", given_name="順植", given_name_reading="ジュンショク")
    claim = _side(family_name=family, given_name=given)
    # "family agrees and the given name is like it", not "family agrees" alone.
    assert name_level(claim, record) in (0, 4)
    model = PythonModel(prior_model())
    assert model.levels["name"][4].bayes_factor > 10 * model.levels["name"][6].bayes_factor


def test_a_given_name_that_only_shares_a_syllable_does_not_sound_alike() -> None:
    record = _side(family_name="金", given_name="順植")
    assert name_level(_side(family_name="Kim", given_name="Sunhee"), record) == 6


def test_a_hanja_surname_in_the_given_name_field_is_the_family_name() -> None:
    swapped = _side(family_name="明淑", given_name="金")
    assert name_level(swapped, _record()) == 0
    # 郭 read in Korean is 곽, a common surname.
    assert (
        name_level(
            _side(family_name="壽賢", given_name="郭"), _side(family_name="郭", given_name="壽賢")
        )
        == 0
    )


@pytest.mark.parametrize("family", ["Km", "KM", "Kiam", "Gikm"])
def test_a_mistyped_passport_family_name_sounds_like_the_hanja(family: str) -> None:
    # The family name is one syllable: a letter dropped or added still sounds like 金.
    claim = _claim(family_name=family, given_name="Myungsook")
    assert name_level(claim, _record()) == 3  # given agrees, family like it
    model = PythonModel(prior_model())
    assert model.levels["name"][3].bayes_factor > 10 * model.levels["name"][5].bayes_factor


def test_a_different_korean_family_name_is_not_like_kim() -> None:
    claim = _claim(family_name="Park", given_name="Myungsook")
    assert name_level(claim, _record()) == 5  # the given name alone


def test_n_and_g_of_two_syllables_meet_a_passport_spelling() -> None:
    # 順光 is sungwang in the Revised Romanization; the passport says Sun Kwang.
    record = _side(family_name="鄭", given_name="順光")
    assert name_level(_side(family_name="Jung", given_name="Sun Kwang"), record) == 0
    assert name_level(_side(family_name="Jung", given_name="Sungwang"), record) == 0


@pytest.mark.parametrize(
    ("told", "record"),
    [
        # A tsūmei of two and three characters run together, against the alias.
        ("国本美代子", {"family_name": "李", "given_name": "花善", "other_names": "国本 美代子"}),
        # A hangul name in the Western order run together.
        ("숙자김", {"family_name": "金", "given_name": "淑子"}),
        # ...whose given name starts with a syllable that is a surname too (주 Ju).
        ("주호박", {"family_name": "朴", "given_name": "珠鎬"}),
        ("이순김", {"family_name": "金", "given_name": "利順"}),
    ],
)
def test_more_names_run_together_meet(told: str, record: dict[str, str]) -> None:
    assert name_level(_side(family_name=told), _side(**record)) == 0


def test_a_hangul_name_run_together_still_reads_the_surname_first() -> None:
    # 주호박 may be 박 주호 or 주 호박: both are kept, so 朱 好博 is still met.
    assert name_level(_side(family_name="주호박"), _side(family_name="朱", given_name="好博")) == 0


@pytest.mark.parametrize(
    ("told", "hanja"),
    [
        ("Chu-suik", "珠淑"),  # 주숙 jusuk: a letter added, another changed by it
        ("Aesua", "愛淑"),  # 애숙 aesuk: the last letter mistyped
        ("Seon-gmang", "善光"),  # 선광 seongwang: the hyphen and a letter misplaced
        ("Yonghi", "英熙"),  # 영희 yeonghui: the same sound, nothing to undo
    ],
)
def test_a_mistyped_passport_given_name_has_the_records_sound_among_its_typed_keys(
    told: str, hanja: str
) -> None:
    claim = features(PersonRecord("C", 2, {"family_name": "Ri", "given_name": told}))
    record = features(PersonRecord("R", 2, {"family_name": "李", "given_name": hanja}))
    record_sounds = {key for key in record["given_keys"] if key.startswith("~")}
    assert record_sounds & (set(claim["given_keys"]) | given_sounds_typed(claim))


def test_typed_keys_are_one_letter_away_and_only_for_names_long_enough() -> None:
    near = typed_sounds("~cosok")
    assert {"~cosik", "~cosk", "~cossok", "~csook"} <= near
    assert "~cosok" not in near
    assert "~cosikk" not in near
    assert len(near) < 300  # a few hundred index probes, not a scan
    # A one-syllable given name (~co, ~son) has too many neighbours to look up.
    short = features(PersonRecord("C", 2, {"family_name": "Kim", "given_name": "Son"}))
    assert not given_sounds_typed(short)
