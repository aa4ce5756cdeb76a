"""From a person record to the columns the linkage model compares.

Names in any script become sets of comparable keys (hogo.lib.names.search_keys:
Japanese readings of kanji, Korean readings of hanja, romanizations of kana and
hangul, folded Latin spellings), kept per part: family, given, and all of them
together with the aliases, so swapped or run-together names still meet.
"""

from __future__ import annotations

import datetime
import itertools
import re
import threading
import unicodedata
from functools import cache, lru_cache
from typing import TypedDict

from korean_lunar_calendar import KoreanLunarCalendar  # type: ignore[import-untyped]

from hogo.lib.dates import DateParseError, parse_date
from hogo.lib.names import normalize_latin, normalize_latin_name, search_keys, tokens
from hogo.lib.places import resolve_place
from hogo.lib.scripts import Script, detect_script
from hogo.linkage.records import PersonRecord


class Features(TypedDict):
    unique_id: str
    family_keys: list[str]
    given_keys: list[str]
    name_keys: list[str]
    family_latin: str | None
    given_latin: str | None
    spouse_keys: list[str]
    sex: str | None
    # Every sound key of the given name long enough to sound alike (SOUND_KEY_MIN), and
    # each with one letter dropped: two within one letter of each other share one, so a
    # given name mistyped beyond its keys still meets its record (model.blocking_rules).
    given_sounds: list[str]
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    birth_iso: str | None  # YYYY-MM-DD when the whole date is known: typing errors show here
    # The solar date of the same numbers read as a Korean lunar date: a lunar birthday
    # told as if it were solar meets the solar date a registry holds.
    birth_lunar_iso: str | None
    place_text: str | None
    place_country: str | None
    place_region: str | None
    place_province: str | None
    place_city: str | None
    departure_year: int | None


@lru_cache(maxsize=200_000)
def _token_keys(token: str) -> frozenset[str]:
    return search_keys(token)


@lru_cache(maxsize=2**17)
def _keys(text: str) -> frozenset[str]:
    """search_keys(text), from each word's keys kept once for all (a registry repeats
    its family and given names far more often than whole names); once per distinct text."""
    parts = tokens(text)
    if not parts:
        return frozenset()
    keys = set().union(*(_token_keys(part) for part in parts))
    # As search_keys does: adjacent Latin words joined (Jong Il -> jongil).
    for first, second in itertools.pairwise(parts):
        pair = unicodedata.normalize("NFKC", first + second)
        if detect_script(pair) is Script.LATIN:
            keys.add(normalize_latin(pair))
    keys.discard("")
    return frozenset(keys)


def _given(text: str) -> frozenset[str]:
    """A Latin given name told in parts ("Jong Il", "Jong-il") is one name: "Jongil".

    Its syllables alone would each meet thousands of unrelated names.
    """
    text = text.strip()
    if text.isascii() and any(sep in text for sep in " -'"):
        joined = "".join(ch for ch in text if ch.isalpha())
        return _keys(joined.capitalize())
    return _keys(text)


def _alias_parts(alias: str) -> tuple[str, str]:
    family, _space, given = alias.strip().partition(" ")
    return family, given


# Korean surnames as a claimant may spell them in Latin letters or katakana: they tell a
# family name from a given name written in the wrong field or run together with it.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SURNAME_LATIN = _words(
    "kim gim lee yi rhee ri i park pak bak choi choe chae jung jeong chung chong jong "
    "kang gang cho jo yoon yun jang chang lim im rim han shin sin oh o seo suh so kwon gwon "
    "hwang ahn an song yoo yu ryu hong jeon jun chon ko go moon mun yang ryang son sohn bae "
    "pae baek paek heo hur ho nam noh no roh ha min na jin ji um eom won cheon bang pang "
    "gong kong hyun hyeon ham byun byeon yeom yum yeo seok suk sun sung seong myung ki gi "
    "ban bahn wang keum geum ok yuk in maeng je mo tak kook guk eo"
)
_SURNAME_KATAKANA = _words(
    "キム イ リ パク チェ チョン カン チョ ユン チャン イム リム ハン シン オ ソ クォン ファン "
    "アン ソン ユ リュ ホン チョン コ ムン ヤン ソン ペ ペク ホ ノ ナム ミン ハ ナ ジン チン "  # noqa: RUF001
    "オム ウォン ハム ピョン ヨム キル ワン チャ ウ ピョ ソル ト ユク チュ"
)


def _is_surname(text: str) -> bool:
    text = text.strip()
    if not text or " " in text:
        return False
    if text.isascii():
        return "".join(ch for ch in text.lower() if ch.isalpha()) in _SURNAME_LATIN
    if text in _SURNAME_KATAKANA or text in _hangul_surnames():
        return True
    # One hanja read in Korean as a common surname: 郭 곽, 朴 박.
    return len(text) == 1 and _all_kanji(text) and _korean_surname_hanja(text)


@lru_cache(maxsize=5000)
def _korean_surname_hanja(char: str) -> bool:
    from hogo.lib.names import hanja_korean_readings

    return any(reading in _hangul_surnames() for reading in hanja_korean_readings(char))


@cache
def _hangul_surnames() -> frozenset[str]:
    """Korean surnames in hangul and in hanja (a single syllable or character)."""
    from hogo.lib.names import _COMMON_HANGUL_SURNAMES, _KOREAN_SURNAME_HANJA

    return frozenset(_COMMON_HANGUL_SURNAMES) | frozenset(_KOREAN_SURNAME_HANJA)


def _all_kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


_HANGUL_DOUBLE_SURNAMES = frozenset(
    ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금"]
)


def _all_hangul(text: str) -> bool:
    return all("\uac00" <= ch <= "\ud7a3" for ch in text)


def _run_together(text: str) -> list[tuple[str, str]]:
    """A full name written as one word, cut after each surname it may start with:
    Kimjongil → (Kim, jongil); キムジョンイル → (キム, ジョンイル)."""
    text = text.strip()
    if not text or " " in text:
        return []
    cuts = []
    if text.isascii():
        letters = "".join(ch for ch in text if ch.isalpha())
        for end in range(1, min(len(letters) - 2, 6)):
            if letters[:end].lower() in _SURNAME_LATIN:
                cuts.append((letters[:end], letters[end:].capitalize()))
    elif _all_kanji(text) and len(text) in (3, 4, 5):
        # A Korean name in hanja is a surname and two characters (金正一); a Japanese
        # one (a tsūmei) most often two characters and one to three (光田乾彦, 国本美代子).
        korean = len(text) == 3 and _is_surname(text[0])
        return [(text[:1], text[1:])] if korean else [(text[:2], text[2:])]
    elif _all_hangul(text) and len(text) in (3, 4):
        # 김명숙, 남궁민수: a surname of one syllable (two for 남궁, 제갈…) and the given name.
        surnames = _hangul_surnames()
        if len(text) == 4 and text[:2] in _HANGUL_DOUBLE_SURNAMES:
            return [(text[:2], text[2:])]
        cuts = [(text[:1], text[1:])] if text[:1] in surnames else []
        # The given name first, in the Western order, run together (숙자김); a given name
        # may start with a syllable that is a surname too (주호박: 박 주호, or 주 호박).
        if text[-1:] in surnames and (len(text) == 3 or not cuts):
            cuts.append((text[-1:], text[:-1]))
        return cuts
    else:
        for end in range(1, min(len(text) - 1, 5)):
            if text[:end] in _SURNAME_KATAKANA:
                cuts.append((text[:end], text[end:]))
    return cuts[-1:]  # the longest surname: Kimyoungho is Kim Youngho, not Ki Myoungho


_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[^a-z]", ""),
        (r"ng", "n"),  # -ng heard or written as -n (Jong/Jon, Young/Yon)
        (r"tch|jj|ch|j|zh|z", "c"),
        (r"sh|ss", "s"),
        (r"kk|gg|ck|g|q", "k"),
        (r"tt|d", "t"),
        (r"pp|b|f", "p"),
        (r"(?<=[aeiou])r(?=[^aeiouy]|$)", ""),  # Park, Parc: an English r, not heard
        (r"r", "l"),
        (r"(?<=[kctpslmn])h", ""),  # Rhee, Khim: an h after a consonant is not heard
        (r"eui|ui|ee|ea|ie", "i"),
        (r"yeo|yo|you", "yo"),
        (r"eo|eu|oo|ou|u|wo", "o"),
        (r"ae|ai|ay", "e"),
        (r"^l(?=[iy])|^y(?=i)|^y(?=e)", ""),  # initial-sound law: Ri/Lee/Yi → i
        (r"(.)\1+", r"\1"),
    )
)


@lru_cache(maxsize=2**16)
def korean_sound(text: str) -> str:
    """A Latin spelling of a Korean name cut down to how it sounds, so that passport,
    McCune-Reischauer and Revised spellings and -ng/-n endings meet:
    Younghee, Yeonghui and Yonghi all give "yonhi"; Seong, Sung and Song give "son"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    for pattern, replacement in _SOUND_RULES:
        folded = pattern.sub(replacement, folded)
    return folded


# Sound keys this long or longer (with their "~") that differ in one letter sound alike
# (model.SoundsAlikeLevel): a passport spelling mistyped (Sunshk, Seon-gmang) against the
# romanized reading of the record's hanja.
SOUND_KEY_MIN = 4
# A family name is a syllable: its sound is short (Kim ~kim, Cho ~co), and a passport
# spelling mistyped (Km, Cso, Chng) is still one letter from it.
FAMILY_SOUND_KEY_MIN = 3


# An "ng" before a vowel may be a syllable ending in n before one starting with g (순광 is
# sungwang in the Revised Romanization, Sun Kwang on a passport): both are heard.
_SYLLABLE_NG = re.compile(r"ng(?=[aeiouwy])")


def _sound_keys(keys: frozenset[str] | set[str]) -> set[str]:
    """The sound (see korean_sound) of every Latin key, marked with a leading "~"; where
    an "ng" may fall between two syllables, also as n and g apart."""
    spellings = {key for key in keys if key.isascii() and len(key) >= 2}
    spellings |= {_SYLLABLE_NG.sub("nk", key) for key in spellings if _SYLLABLE_NG.search(key)}
    return {"~" + sound for key in spellings if len(sound := korean_sound(key)) >= 2}


@lru_cache(maxsize=2**16)
def _near_sounds(keys: frozenset[str]) -> tuple[str, ...]:
    """The sound keys (see SOUND_KEY_MIN) and each of them with one letter dropped: two
    sound keys within one letter (Levenshtein) of each other share one of these."""
    near: set[str] = set()
    for key in keys:
        if key.startswith("~") and len(key) >= SOUND_KEY_MIN:
            near.add(key)
            near.update(key[:at] + key[at + 1 :] for at in range(1, len(key)))
    return tuple(sorted(near))


# The letters korean_sound writes: its rules fold every other letter away.
_SOUND_LETTERS = "acehiklmnopstwy"
# Sound keys of a given name this long or longer (with their "~") are also looked up with
# one typing error undone (typed_sounds): a shorter one is a syllable or two, and its
# neighbours are other common names.
TYPED_SOUND_KEY_MIN = 5


def given_sounds_typed(derived: Features) -> frozenset[str]:
    """typed_sounds of every long enough sound key of a claim's given names."""
    found: set[str] = set()
    for key in derived["given_keys"]:
        if key.startswith("~") and len(key) >= TYPED_SOUND_KEY_MIN:
            found |= typed_sounds(key)
    return frozenset(found)


@lru_cache(maxsize=2**12)
def typed_sounds(key: str) -> frozenset[str]:
    """The sound key ("~" and korean_sound) with one letter dropped, added or changed, or
    two neighbours swapped: the sound keys of the spellings one typing error away.

    A passport spelling with one typing error (Chu-suik, Seon-gmang, Aesua) shares no
    name key with its record (Jusuk, Seongwang, Aesuk: ~cosok, ~sonkwan, ~esok), though
    the model finds them sounding alike; the lookup asks the registry which of these
    keys its records hold.
    """
    sound = key.removeprefix("~")
    near: set[str] = set()
    for at in range(len(sound) + 1):
        head, tail = sound[:at], sound[at:]
        near.update(head + letter + tail for letter in _SOUND_LETTERS)
        if tail:
            near.add(head + tail[1:])
            near.update(head + letter + tail[1:] for letter in _SOUND_LETTERS)
        if len(tail) >= 2:
            near.add(head + tail[1] + tail[0] + tail[2:])
    near.discard(sound)
    return frozenset("~" + variant for variant in near if len(variant) >= 2)


def told_name_keys(record: PersonRecord) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the family name and of the given name as the record writes them (with
    their readings), each apart: name_keys counts a name that may be either (a surname
    in the given-name field) as both."""
    family = _keys(record.get("family_name")) | _keys(record.get("family_name_reading"))
    given = _given(record.get("given_name")) | _given(record.get("given_name_reading"))
    return family, given


def name_keys(record: PersonRecord) -> tuple[set[str], set[str], set[str]]:
    """Family keys, given keys, and every key of every name the record gives.

    Beside the keys of hogo.lib.names: each Latin key's sound (korean_sound), a full
    name run together in one field cut after its surname, and a surname given in the
    given-name field (the Western order) counted as the family name too.
    """
    family, given, everything = _record_name_keys(
        record.get("family_name"),
        record.get("given_name"),
        record.get("family_name_reading"),
        record.get("given_name_reading"),
        record.get("other_names"),
    )
    return set(family), set(given), set(everything)


# The keys of a record's names come in three parts, each kept once per distinct value: a
# registry repeats its names (8,000 family and given name pairs, 1,100 alias lists among
# 100,000 rows) far more often than it repeats the combination of all of them.
NameKeys = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _record_name_keys(
    family_name: str, given_name: str, family_reading: str, given_reading: str, other_names: str
) -> NameKeys:
    family, given, named = _names_keys(family_name, given_name)
    family_read, given_read, read = _reading_keys(family_reading, given_reading)
    alias_family, alias_given, aliases = _alias_keys(other_names)
    # The sound keys of a union are the union of the parts' sound keys, and aliases add
    # family and given keys without their sounds, as when all were derived at once.
    family |= family_read | alias_family
    given |= given_read | alias_given
    # Every family and given key is also a name key: the blocking rule on any shared
    # name key and the birth year then finds every pair a shared family key and birth
    # year would (model.blocking_rules keeps no such rule).
    everything = family | given | named | read | aliases
    return family, given, everything


@lru_cache(maxsize=2**16)
def _names_keys(family_name: str, given_name: str) -> NameKeys:
    """Family keys and given keys (with their sounds) of the name fields, and the keys
    of the whole name."""
    family = set(_keys(family_name))
    given = set(_given(given_name))
    if _is_surname(given_name) and not _is_surname(family_name):
        family |= _keys(given_name)
        given |= _given(family_name)
    for alone in (family_name, given_name) if not (family_name and given_name) else ():
        for cut_family, cut_given in _run_together(alone):
            family |= _keys(cut_family)
            given |= _given(cut_given)
    family |= _sound_keys(family)
    given |= _sound_keys(given)
    return frozenset(family), frozenset(given), _keys(f"{family_name} {given_name}")


@lru_cache(maxsize=2**14)
def _reading_keys(family_reading: str, given_reading: str) -> NameKeys:
    """As _names_keys, for the readings."""
    family, given = _keys(family_reading), _keys(given_reading)
    return (
        family | _sound_keys(family),
        given | _sound_keys(given),
        _keys(f"{family_reading} {given_reading}"),
    )


@lru_cache(maxsize=2**14)
def _alias_keys(other_names: str) -> NameKeys:
    """The family and given keys of the aliases (without sounds), and all their keys."""
    family: set[str] = set()
    given: set[str] = set()
    everything: set[str] = set()
    for alias in filter(None, (a.strip() for a in other_names.split(";"))):
        alias_family, alias_given = _alias_parts(alias)
        if alias_given:
            family |= _keys(alias_family)
            given |= _given(alias_given)
        everything |= _keys(alias)
    return frozenset(family), frozenset(given), frozenset(everything)


@lru_cache(maxsize=2**16)
def _latin(text: str) -> str | None:
    """A Latin name as one normalised string, for fuzzy comparison of typing errors."""
    text = text.strip()
    return normalize_latin_name(text) or None if text.isascii() and text else None


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


# One calendar per thread, reused: a new one sums the days of every year since 1000 before
# it converts anything (about 20 ms), a used one keeps those sums (about 0.1 ms a date).
_calendars = threading.local()


def _calendar() -> KoreanLunarCalendar:
    calendar = getattr(_calendars, "calendar", None)
    if calendar is None:
        calendar = _calendars.calendar = KoreanLunarCalendar()
    return calendar


def _library_lunar_as_solar(year: int, month: int, day: int) -> str | None:
    calendar = _calendar()
    if not calendar.setLunarDate(year, month, day, False):
        return None
    solar: str = calendar.SolarIsoFormat()
    return solar if solar and not solar.startswith("0000") else None


# Years whose lunar months are converted from a table of each month's first day: from the
# first Gregorian year (the calendar counts solar days as the Gregorian calendar does from
# then on) to the year before its last, which it ends in November.
_TABLE_YEARS = range(1583, 2050)


@cache
def _lunar_months(year: int) -> tuple[tuple[int, int] | None, ...]:
    """Each lunar month of the year (not the leap month): its first day as a Gregorian
    ordinal and its length, as the calendar gives them; None for a month it lacks."""
    months: list[tuple[int, int] | None] = []
    for month in range(1, 13):
        first = _library_lunar_as_solar(year, month, 1)
        if first is None:
            months.append(None)
            continue
        length = 30 if _library_lunar_as_solar(year, month, 30) else 29
        months.append((datetime.date.fromisoformat(first).toordinal(), length))
    return tuple(months)


@lru_cache(maxsize=100_000)
def lunar_as_solar(year: int, month: int, day: int) -> str | None:
    """The solar date (ISO) of a Korean lunar date, or None when there is no such day.

    What korean_lunar_calendar says, from a table of month starts (a few microseconds
    where the calendar takes a tenth of a millisecond).
    """
    if year not in _TABLE_YEARS or not 1 <= month <= 12:
        return _library_lunar_as_solar(year, month, day)
    known = _lunar_months(year)[month - 1]
    if known is None:
        return _library_lunar_as_solar(year, month, day)
    first, length = known
    if not 1 <= day <= length:
        return None
    return datetime.date.fromordinal(first + day - 1).isoformat()


Birth = tuple[int | None, int | None, int | None, str | None, str | None]


@lru_cache(maxsize=2**17)
def _birth(text: str) -> Birth:
    """Year, month, day, the ISO date, and the ISO date of the same numbers read as a
    Korean lunar date, of a recorded birth date."""
    year = month = day = None
    try:
        if text:
            parsed = parse_date(text, lenient=True)
            year, month, day = parsed.year, parsed.month, parsed.day
    except DateParseError:
        pass
    if not (year and month and day):
        return year, month, day, None, None
    return year, month, day, f"{year:04d}-{month:02d}-{day:02d}", lunar_as_solar(year, month, day)


_place = lru_cache(maxsize=2**14)(resolve_place)


@lru_cache(maxsize=2**16)
def _sorted_keys(text: str) -> tuple[str, ...]:
    return tuple(sorted(_keys(text)))


def features(record: PersonRecord) -> Features:
    family, given, everything = _record_name_keys(
        record.get("family_name"),
        record.get("given_name"),
        record.get("family_name_reading"),
        record.get("given_name_reading"),
        record.get("other_names"),
    )
    year, month, day, iso, lunar_iso = _birth(record.get("birth_date"))
    place = _place(record.get("birth_place"))
    return Features(
        unique_id=record.id,
        family_keys=sorted(family),
        given_keys=sorted(given),
        name_keys=sorted(everything),
        family_latin=_latin(record.get("family_name")),
        given_latin=_latin(record.get("given_name")),
        given_sounds=list(_near_sounds(frozenset(given))),
        spouse_keys=list(_sorted_keys(record.get("spouse_name"))),
        sex=record.get("sex") or None,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        birth_iso=iso,
        birth_lunar_iso=lunar_iso,
        place_text=record.get("birth_place") or None,
        place_country=place.country or None,
        place_region=place.region or None,
        place_province=place.province or None,
        place_city=place.city or None,
        departure_year=_int(record.get("departure_year")),
    )
