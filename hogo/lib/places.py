"""A place hierarchy: city → prefecture or province → region → country.

A birthplace as recorded ("新潟県", "Niigata", "eastern Japan", "咸鏡北道",
"함경북도", "North Hamgyong") becomes the levels it names, so two records can
agree on a prefecture while one of them also names the city. Japanese
prefectures and the provinces of Korea as they were before 1945 and after
(North and South), with their common cities; in kanji/hanja, hangul and Latin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Place:
    country: str = ""
    region: str = ""
    province: str = ""
    city: str = ""

    def keys(self) -> dict[str, str]:
        return {
            "country": self.country,
            "region": self.region,
            "province": self.province,
            "city": self.city,
        }


# (romaji, kanji, region)
_PREFECTURES = """
hokkaido 北海道 hokkaido|aomori 青森 tohoku|iwate 岩手 tohoku|miyagi 宮城 tohoku|akita 秋田 tohoku
yamagata 山形 tohoku|fukushima 福島 tohoku|ibaraki 茨城 kanto|tochigi 栃木 kanto|gunma 群馬 kanto
saitama 埼玉 kanto|chiba 千葉 kanto|tokyo 東京 kanto|kanagawa 神奈川 kanto|niigata 新潟 chubu
toyama 富山 chubu|ishikawa 石川 chubu|fukui 福井 chubu|yamanashi 山梨 chubu|nagano 長野 chubu
gifu 岐阜 chubu|shizuoka 静岡 chubu|aichi 愛知 chubu|mie 三重 kansai|shiga 滋賀 kansai
kyoto 京都 kansai|osaka 大阪 kansai|hyogo 兵庫 kansai|nara 奈良 kansai|wakayama 和歌山 kansai
tottori 鳥取 chugoku|shimane 島根 chugoku|okayama 岡山 chugoku|hiroshima 広島 chugoku
yamaguchi 山口 chugoku|tokushima 徳島 shikoku|kagawa 香川 shikoku|ehime 愛媛 shikoku
kochi 高知 shikoku|fukuoka 福岡 kyushu|saga 佐賀 kyushu|nagasaki 長崎 kyushu
kumamoto 熊本 kyushu|oita 大分 kyushu|miyazaki 宮崎 kyushu|kagoshima 鹿児島 kyushu
okinawa 沖縄 kyushu
"""

# (Latin, hanja, hangul, region); the region is the peninsula's north or south.
_PROVINCES = """
north-hamgyong 咸鏡北道 함경북도 north|south-hamgyong 咸鏡南道 함경남도 north
north-pyongan 平安北道 평안북도 north|south-pyongan 平安南道 평안남도 north
hwanghae 黃海道 황해도 north|kangwon 江原道 강원도 north|ryanggang 兩江道 량강도 north
jagang 慈江道 자강도 north|gyeonggi 京畿道 경기도 south|north-chungcheong 忠淸北道 충청북도 south
south-chungcheong 忠淸南道 충청남도 south|north-jeolla 全羅北道 전라북도 south
south-jeolla 全羅南道 전라남도 south|north-gyeongsang 慶尙北道 경상북도 south
south-gyeongsang 慶尙南道 경상남도 south|jeju 濟州道 제주도 south
"""

# (Latin, kanji/hanja, hangul or kana, province)
_CITIES = """
pyongyang 平壤 평양 south-pyongan|chongjin 淸津 청진 north-hamgyong
hamhung 咸興 함흥 south-hamgyong|wonsan 元山 원산 kangwon|sinuiju 新義州 신의주 north-pyongan
seoul 서울 서울 gyeonggi|busan 釜山 부산 south-gyeongsang|daegu 大邱 대구 north-gyeongsang
jeonju 全州 전주 north-jeolla|gwangju 光州 광주 south-jeolla|jeju-city 濟州市 제주시 jeju
osaka-city 大阪市 おおさか osaka|kobe 神戸 こうべ hyogo|yokohama 横浜 よこはま kanagawa
kawasaki 川崎 かわさき kanagawa|nagoya 名古屋 なごや aichi|kyoto-city 京都市 きょうと kyoto
shimonoseki 下関 しものせき yamaguchi|kitakyushu 北九州 きたきゅうしゅう fukuoka
niigata-city 新潟市 にいがた niigata|sapporo 札幌 さっぽろ hokkaido|sendai 仙台 せんだい miyagi
hiroshima-city 広島市 ひろしま hiroshima|ikuno 生野 いくの osaka|tsuruhashi 鶴橋 つるはし osaka
"""

_REGION_WORDS = {
    "japan": ("jp", ""),
    "日本": ("jp", ""),
    "eastern japan": ("jp", "kanto"),
    "east japan": ("jp", "kanto"),
    "東日本": ("jp", "kanto"),
    "western japan": ("jp", "kansai"),
    "west japan": ("jp", "kansai"),
    "西日本": ("jp", "kansai"),
    "関東": ("jp", "kanto"),
    "関西": ("jp", "kansai"),
    "九州": ("jp", "kyushu"),
    "東北": ("jp", "tohoku"),
    "korea": ("kr", ""),
    "朝鮮": ("kr", ""),
    "조선": ("kr", ""),
    "한국": ("kr", "south"),
    "韓国": ("kr", "south"),
    "north korea": ("kr", "north"),
    "북한": ("kr", "north"),
    "北朝鮮": ("kr", "north"),
    "south korea": ("kr", "south"),
}
# Traditional hanja and their Japanese shinjitai, so 平壤 and 平壌 agree.
_SIMPLIFIED = str.maketrans({"壤": "壌", "淸": "清", "尙": "尚", "黃": "黄", "兩": "両"})
_SUFFIXES = ("県", "都", "府", "道", "市", "区", "-ken", "-to", "-fu", " prefecture", " city")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\s_]+", " ", text)
    return text.translate(_SIMPLIFIED)


@cache
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for entry in _PREFECTURES.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        latin, kanji, region = entry.split()
        place = Place("jp", region, latin)
        for name in (latin, kanji, kanji + "県", kanji + "府", kanji + "都"):
            index.setdefault(_fold(name), place)
    for entry in _PROVINCES.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        latin, hanja, hangul, region = entry.split()
        place = Place("kr", region, latin)
        for name in (latin, latin.replace("-", " "), hanja, hangul, hangul[:-1]):
            index.setdefault(_fold(name), place)
    for entry in _CITIES.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        latin, written, spoken, province = entry.split()
        upper = index[_fold(province)]
        place = Place(upper.country, upper.region, upper.province, latin)
        for name in (latin, latin.removesuffix("-city"), written, spoken):
            index.setdefault(_fold(name), place)
    for word, (country, region) in _REGION_WORDS.items():
        index.setdefault(_fold(word), Place(country, region))
    return index


def _lookup(text: str) -> Place | None:
    index = _index()
    folded = _fold(text)
    if folded in index:
        return index[folded]
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and folded.removesuffix(suffix).strip() in index:
            return index[folded.removesuffix(suffix).strip()]
    return None


def resolve_place(text: str) -> Place:
    """The most specific place a recorded birthplace names; empty levels are unknown.

    "大阪府 生野区" resolves to the city of Ikuno in Osaka; an unknown place is
    kept as an unknown city of no known province, so only the exact text agrees.
    """
    text = text.strip()
    if not text:
        return Place()
    whole = _lookup(text)
    if whole:
        return whole
    best: Place | None = None
    for part in re.split(r"[\s,、・/]+|(?<=[県都府道])", text):
        found = _lookup(part) if part else None
        if found and (best is None or _depth(found) > _depth(best)):
            best = found
    return best or Place(city="?" + _fold(text))


def _depth(place: Place) -> int:
    return sum(1 for level in (place.country, place.region, place.province, place.city) if level)
