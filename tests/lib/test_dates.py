from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.lib.dates import DateParseError, PartialDate, birth_year_range_from_age, parse_date


def test_a_partial_date_knows_its_precision() -> None:
    assert PartialDate(1935).precision == "year"
    assert PartialDate(1935, 3).precision == "month"
    assert PartialDate(1935, 3, 5).precision == "day"


def test_a_partial_date_writes_iso_to_its_precision() -> None:
    assert PartialDate(1935).isoformat() == "1935"
    assert PartialDate(1935, 3).isoformat() == "1935-03"
    assert PartialDate(1935, 3, 5).isoformat() == "1935-03-05"


def test_a_year_spans_the_whole_year() -> None:
    assert PartialDate(1935).earliest() == datetime.date(1935, 1, 1)
    assert PartialDate(1935).latest() == datetime.date(1935, 12, 31)


def test_a_month_spans_the_whole_month_including_leap_days() -> None:
    assert PartialDate(1936, 2).earliest() == datetime.date(1936, 2, 1)
    assert PartialDate(1936, 2).latest() == datetime.date(1936, 2, 29)


def test_a_day_is_its_own_earliest_and_latest() -> None:
    day = PartialDate(1935, 3, 5)
    assert day.earliest() == day.latest() == datetime.date(1935, 3, 5)


def test_a_partial_date_refuses_a_day_without_a_month() -> None:
    with pytest.raises(DateParseError, match="without a month"):
        PartialDate(1935, None, 5)


@pytest.mark.parametrize(
    "text",
    [
        "1935-03-05",
        "1935.3.5",
        "1935/3/5",
        "05/03/1935",
        "5.3.1935",
        "5 March 1935",
        "5th March 1935",
        "5-Mar-1935",
        "March 5, 1935",
        "march 5 1935",
        "Mar. 5, 1935",
        "1935年3月5日",
        "１９３５年３月５日",
        "19350305",
    ],
)
def test_it_parses_gregorian_days_in_every_common_form(text: str) -> None:
    assert parse_date(text) == PartialDate(1935, 3, 5)


@pytest.mark.parametrize(
    "text", ["1935-03", "1935/3", "Mar 1935", "March 1935", "1935年3月", "03/1935"]
)
def test_it_parses_gregorian_months(text: str) -> None:
    assert parse_date(text) == PartialDate(1935, 3)


@pytest.mark.parametrize("text", ["1935", "1935年", "１９３５", " 1935 "])  # noqa: RUF001 - full-width on purpose
def test_it_parses_bare_years(text: str) -> None:
    assert parse_date(text) == PartialDate(1935)


def test_it_reads_slashed_dates_day_first() -> None:
    assert parse_date("05/03/1935") == PartialDate(1935, 3, 5)
    assert parse_date("25/12/1940") == PartialDate(1940, 12, 25)


def test_it_explains_a_month_first_date_instead_of_swapping_it() -> None:
    with pytest.raises(DateParseError, match="day/month/year"):
        parse_date("03/25/1935")


@pytest.mark.parametrize(
    "text",
    [
        "昭和10年3月5日",
        "昭和十年三月五日",
        "S10.3.5",
        "S10/3/5",
        "s10-3-5",
        "S.10.3.5",
        "昭和 10年 3月 5日",
        "昭和10.3.5",
        "㍼10年3月5日",
    ],
)
def test_it_parses_showa_dates_with_kanji_letters_and_separators(text: str) -> None:
    assert parse_date(text) == PartialDate(1935, 3, 5)


def test_it_parses_showa_years_and_months() -> None:
    assert parse_date("昭和10年") == PartialDate(1935)
    assert parse_date("S10") == PartialDate(1935)
    assert parse_date("昭和10年3月") == PartialDate(1935, 3)


def test_it_reads_the_first_year_of_an_era_written_gannen() -> None:
    assert parse_date("昭和元年") == PartialDate(1926)
    assert parse_date("平成元年1月8日") == PartialDate(1989, 1, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明治45年7月30日", PartialDate(1912, 7, 30)),
        ("M40", PartialDate(1907)),
        ("大正元年7月30日", PartialDate(1912, 7, 30)),
        ("T14.2.11", PartialDate(1925, 2, 11)),
        ("t15.12.25", PartialDate(1926, 12, 25)),
        ("昭和64年1月7日", PartialDate(1989, 1, 7)),
        ("H1.1.8", PartialDate(1989, 1, 8)),
        ("h15.1.14", PartialDate(2003, 1, 14)),
        ("平成31年4月30日", PartialDate(2019, 4, 30)),
        ("令和元年5月1日", PartialDate(2019, 5, 1)),
        ("R6.2.29", PartialDate(2024, 2, 29)),
        ("r7", PartialDate(2025)),
    ],
)
def test_it_parses_every_modern_era(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


def test_it_accepts_the_last_year_of_showa() -> None:
    assert parse_date("昭和64年") == PartialDate(1989)


def test_it_rejects_a_year_past_the_end_of_an_era() -> None:
    with pytest.raises(DateParseError, match="昭和65年 is past the end of the Shōwa era"):
        parse_date("昭和65年")


def test_it_says_which_years_an_era_spans() -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date("S70.3.5")
    assert "昭和70年 is past the end of the Shōwa era (1926\u20131989)" in str(caught.value)


def test_it_rejects_an_era_date_before_the_era_began() -> None:
    with pytest.raises(DateParseError, match="before the Shōwa era began on 1926-12-25"):
        parse_date("昭和1年1月1日")


def test_it_rejects_an_era_month_before_the_era_began() -> None:
    with pytest.raises(DateParseError, match="before the Heisei era"):
        parse_date("H1.1.7")


def test_it_rejects_an_era_date_after_the_era_ended() -> None:
    with pytest.raises(DateParseError, match="after the Shōwa era ended on 1989-01-07"):
        parse_date("S64.2.1")


def test_it_rejects_the_zeroth_year_of_an_era() -> None:
    with pytest.raises(DateParseError, match="era years start at 1"):
        parse_date("昭和0年")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1935-02-30", "February 1935 has 28 days"),
        ("1935-13-01", "no month 13"),
        ("1935-00", "no month 0"),
        ("31/04/1935", "April 1935 has 30 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("S10.2.30", "February 1935 has 28 days"),
    ],
)
def test_it_rejects_days_and_months_that_do_not_exist(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=message):
        parse_date(text)


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_it_rejects_empty_text(text: str) -> None:
    with pytest.raises(DateParseError, match="No date was given"):
        parse_date(text)


@pytest.mark.parametrize("text", ["sometime in spring", "35", "1935-3-5-1", "平成", "X10.3.5"])
def test_it_rejects_text_that_is_not_a_date(text: str) -> None:
    with pytest.raises(DateParseError, match="not a date this system can read"):
        parse_date(text)


def test_it_names_an_unknown_month() -> None:
    with pytest.raises(DateParseError, match="not the name of a month"):
        parse_date("5 Brumaire 1935")


def test_a_parse_error_is_a_value_error() -> None:
    assert issubclass(DateParseError, ValueError)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=datetime.date(1, 1, 1)))
def test_it_reads_back_its_own_iso_format(day: datetime.date) -> None:
    assert parse_date(day.isoformat()) == PartialDate(day.year, day.month, day.day)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=datetime.date(1926, 12, 25), max_value=datetime.date(1989, 1, 7)))
def test_every_showa_day_written_with_a_letter_is_read_back(day: datetime.date) -> None:
    text = f"S{day.year - 1925}.{day.month}.{day.day}"
    assert parse_date(text) == PartialDate(day.year, day.month, day.day)


def test_someone_aged_64_in_january_2003_was_born_in_1938_or_1939() -> None:
    assert birth_year_range_from_age(64, datetime.date(2003, 1, 14)) == (1938, 1939)


def test_on_new_years_eve_an_age_gives_a_single_birth_year() -> None:
    assert birth_year_range_from_age(64, datetime.date(2003, 12, 31)) == (1939, 1939)


def test_a_newborn_was_born_this_year_or_last() -> None:
    assert birth_year_range_from_age(0, datetime.date(2003, 6, 1)) == (2002, 2003)


def test_a_negative_age_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        birth_year_range_from_age(-1, datetime.date(2003, 6, 1))
