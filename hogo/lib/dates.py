"""Dates as they appear in the files: often only a year, often in a Japanese era.

A person who left Japan in 1960 may know only "昭和10年" as a birth date, so a
date here is a :class:`PartialDate` that keeps its precision instead of
inventing a month and a day.

The parsing is written by hand: the era table is five rows, and general date
parsers (dateutil and the like) guess silently at ambiguous input, read
``05/03/1935`` the US way and know nothing of 昭和, whereas an officer must be
told plainly what was not understood.

Numeric dates with the year last are read day/month/year (``05/03/1935`` is
5 March 1935), the order used in Japan's neighbours' and most non-US
documents; input that only makes sense month first (``03/25/1935``) is rejected
with an explanation rather than silently swapped.

Era dates are taken as Gregorian calendar dates. That is correct from Meiji 6
(1873), when Japan adopted the Gregorian calendar; dates in Meiji 1-5 are
lunar-calendar dates and are accepted as written.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ERAS",
    "DateParseError",
    "Era",
    "PartialDate",
    "birth_year_range_from_age",
    "parse_date",
]


class DateParseError(ValueError):
    """The text is not a date, or names a day that does not exist."""


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month, or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not datetime.MINYEAR <= self.year <= datetime.MAXYEAR:
            raise DateParseError(f"the year {self.year} is out of range (1\u20139999).")
        if self.month is None:
            if self.day is not None:
                raise DateParseError("a day was given without a month.")
            return
        if not 1 <= self.month <= 12:
            raise DateParseError(f"there is no month {self.month}; months run from 1 to 12.")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                month_name = MONTH_NAMES[self.month - 1].capitalize()
                raise DateParseError(
                    f"{month_name} {self.year} has {last} days, so there is no day {self.day}."
                )

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.month is None:
            return "year"
        if self.day is None:
            return "month"
        return "day"

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def earliest(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> datetime.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return datetime.date(self.year, month, day)

    def __str__(self) -> str:
        return self.isoformat()


@dataclass(frozen=True)
class Era:
    kanji: str
    letter: str
    romaji: str
    start: datetime.date
    end: datetime.date | None

    @property
    def last_year(self) -> int | None:
        """The highest era year, e.g. 64 for Shōwa."""
        return None if self.end is None else self.end.year - self.start.year + 1

    def span(self) -> str:
        end = "" if self.end is None else str(self.end.year)
        return f"{self.start.year}\u2013{end}"


# Each era starts on the day after the previous emperor's death or abdication,
# except Meiji: see the module docstring for why 1 January.
ERAS: tuple[Era, ...] = (
    Era("明治", "M", "Meiji", datetime.date(1868, 1, 1), datetime.date(1912, 7, 30)),
    Era("大正", "T", "Taishō", datetime.date(1912, 7, 30), datetime.date(1926, 12, 25)),
    Era("昭和", "S", "Shōwa", datetime.date(1926, 12, 25), datetime.date(1989, 1, 7)),
    Era("平成", "H", "Heisei", datetime.date(1989, 1, 8), datetime.date(2019, 4, 30)),
    Era("令和", "R", "Reiwa", datetime.date(2019, 5, 1), None),
)
_ERA_BY_NAME = {era.kanji: era for era in ERAS} | {era.letter: era for era in ERAS}

# Spelled out because the calendar module's names follow the server's locale.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS = (
    {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {"sept": 9}
)

_KANJI_DIGITS = dict(zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_NUMBER = re.compile("[〇零一二三四五六七八九十百千]+")

_ORDINAL = r"(?:st|nd|rd|th)?"
_ERA = re.compile(
    r"(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\.?(?P<year>\d{1,2})"
    r"(?:年(?:(?P<jm>\d{1,2})月(?:(?P<jd>\d{1,2})日)?)?"
    r"|(?P<sep>[./-])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?)?",
    re.IGNORECASE,
)
_JAPANESE = re.compile(r"(?:西暦)?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_YEAR_FIRST = re.compile(r"(\d{4})(?:([./-])(\d{1,2})(?:\2(\d{1,2}))?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{4})")
_DAY_NAME_YEAR = re.compile(rf"(\d{{1,2}}){_ORDINAL}[\s.-]*([a-z]+)\.?[\s,.-]*(\d{{4}})")
_NAME_DAY_YEAR = re.compile(rf"([a-z]+)\.?\s*(\d{{1,2}}){_ORDINAL}\s*,?\s*(\d{{4}})")
_NAME_YEAR = re.compile(r"([a-z]+)\.?[\s,.-]*(\d{4})")

_EXAMPLES = "1935-03-05, 5 March 1935, 1935年3月5日, 昭和10年3月5日 or S10.3.5"


def _kanji_number(numeral: str) -> int:
    """Read 十, 三十五, 二〇二四 and the like as an integer."""
    if not any(char in _KANJI_UNITS for char in numeral):
        # Digit by digit, as years are often written (一九三五).
        return int("".join(str(_KANJI_DIGITS[char]) for char in numeral))
    total = 0
    pending = 0
    for char in numeral:
        if char in _KANJI_UNITS:
            total += (pending or 1) * _KANJI_UNITS[char]
            pending = 0
        else:
            pending = pending * 10 + _KANJI_DIGITS[char]
    return total + pending


def _prepare(text: str) -> str:
    # NFKC turns full-width digits and letters into ASCII and the one-character
    # era ligatures (㍼) into their two kanji.
    text = unicodedata.normalize("NFKC", text).strip()
    text = text.replace("元年", "1年")
    # Korean writes a date as Japanese does, in hangul: 1935년 3월 5일.
    text = re.sub(r"(\d)\s*년", r"\1年", text)
    text = re.sub(r"(\d)\s*월", r"\1月", text)
    text = re.sub(r"(\d)\s*일", r"\1日", text)
    return _KANJI_NUMBER.sub(lambda match: str(_kanji_number(match.group())), text)


def _optional_int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _build(year: int, month: int | None, day: int | None, original: str) -> PartialDate:
    try:
        return PartialDate(year, month, day)
    except DateParseError as error:
        raise DateParseError(f"{original!r} is not a valid date: {error}") from None


def _era_date(match: re.Match[str], original: str, *, lenient: bool = False) -> PartialDate:
    era = _ERA_BY_NAME[match["era"].upper()]
    era_year = int(match["year"])
    month = _optional_int(match["jm"] or match["m"])
    day = _optional_int(match["jd"] or match["d"])
    label = f"{era.kanji}{era_year}年"
    if era_year < 1:
        raise DateParseError(f"{label} does not exist: era years start at 1 (元年).")
    last_year = era.last_year
    if lenient:
        # Testimony converts eras by hand and errs by a year (昭和1年 for a date of
        # 大正15年): the date the numbers name is kept, whatever the era's bounds.
        return _build(era.start.year + era_year - 1, month, day, original)
    if last_year is not None and era_year > last_year:
        raise DateParseError(
            f"{label} is past the end of the {era.romaji} era ({era.span()}); "
            f"its last year is {era.kanji}{last_year}年."
        )
    date = _build(era.start.year + era_year - 1, month, day, original)
    if date.latest() < era.start:
        raise DateParseError(
            f"{original!r} ({date.isoformat()}) is before the {era.romaji} era "
            f"began on {era.start.isoformat()}."
        )
    if era.end is not None and date.earliest() > era.end:
        raise DateParseError(
            f"{original!r} ({date.isoformat()}) is after the {era.romaji} era "
            f"ended on {era.end.isoformat()}."
        )
    return date


def _day_first(day: int, month: int, year: int, original: str) -> PartialDate:
    if month > 12 and day <= 12:
        raise DateParseError(
            f"{original!r}: there is no month {month}. Numeric dates are read "
            f"day/month/year; write {year}-{day:02d}-{month:02d} if {month} is the day."
        )
    return _build(year, month, day, original)


def _month_number(name: str, original: str) -> int:
    month = _MONTHS.get(name.lower())
    if month is None:
        raise DateParseError(f"{original!r}: {name!r} is not the name of a month.")
    return month


def parse_date(text: str, *, lenient: bool = False) -> PartialDate:
    """Read a full or partial date written in any of the forms the files use.

    With `lenient`, an era date outside its era (大正1年3月2日, months before Taishō
    began) is read as its numbers say rather than refused: what a person-record file
    holds is evidence even when it is wrong.

    >>> parse_date("昭和10年3月5日").isoformat()
    '1935-03-05'
    >>> parse_date("Mar 1935").precision
    'month'
    """
    original = text.strip()
    if not original:
        raise DateParseError(f"No date was given. Write, for example, {_EXAMPLES}.")
    prepared = _prepare(original)
    compact = re.sub(r"\s+", "", prepared)
    spaced = re.sub(r"\s+", " ", prepared).lower()

    if match := _ERA.fullmatch(compact):
        return _era_date(match, original, lenient=lenient)
    if match := _JAPANESE.fullmatch(compact):
        year, month, day = match.groups()
        return _build(int(year), _optional_int(month), _optional_int(day), original)
    if match := _YEAR_FIRST.fullmatch(compact):
        year, _, month, day = match.groups()
        return _build(int(year), _optional_int(month), _optional_int(day), original)
    if match := _COMPACT.fullmatch(compact):
        year, month, day = match.groups()
        return _build(int(year), int(month), int(day), original)
    if match := _DAY_FIRST.fullmatch(compact):
        day, _, month, year = match.groups()
        return _day_first(int(day), int(month), int(year), original)
    if match := _MONTH_YEAR.fullmatch(compact):
        month, year = match.groups()
        return _build(int(year), int(month), None, original)
    if match := _DAY_NAME_YEAR.fullmatch(spaced):
        day, name, year = match.groups()
        return _build(int(year), _month_number(name, original), int(day), original)
    if match := _NAME_DAY_YEAR.fullmatch(spaced):
        name, day, year = match.groups()
        return _build(int(year), _month_number(name, original), int(day), original)
    if match := _NAME_YEAR.fullmatch(spaced):
        name, year = match.groups()
        return _build(int(year), _month_number(name, original), None, original)
    raise DateParseError(
        f"{original!r} is not a date this system can read. Write, for example, {_EXAMPLES}."
    )


def birth_year_range_from_age(age: int, on: datetime.date) -> tuple[int, int]:
    """The possible birth years of someone who was ``age`` years old on ``on``.

    Someone aged 64 on 2003-01-14 had either had their 64th birthday already
    that year (born 1939) or would have it later (born 1938). Only on
    31 December is every birthday of the year past, leaving a single year.
    """
    if age < 0:
        raise ValueError(f"An age cannot be negative (got {age}).")
    latest = on.year - age
    if on.month == 12 and on.day == 31:
        return (latest, latest)
    return (latest - 1, latest)
