"""hogo's one gazetteer, and a place hierarchy: city → prefecture or province → region → country.

The tables of Japan's prefectures and regions, Korea's provinces and the places
abroad where people are held live here only; the press monitor and the demo
read them from here.

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


# (romaji, kanji, what an address adds to it, region, half): the half is how reports
# divide Japan into east and west; "-" adds nothing (北海道 is written as it is).
_PREFECTURES = """
hokkaido 北海道 - hokkaido east|aomori 青森 県 tohoku east|iwate 岩手 県 tohoku east
miyagi 宮城 県 tohoku east|akita 秋田 県 tohoku east|yamagata 山形 県 tohoku east
fukushima 福島 県 tohoku east|ibaraki 茨城 県 kanto east|tochigi 栃木 県 kanto east
gunma 群馬 県 kanto east|saitama 埼玉 県 kanto east|chiba 千葉 県 kanto east
tokyo 東京 都 kanto east|kanagawa 神奈川 県 kanto east|niigata 新潟 県 chubu east
toyama 富山 県 chubu west|ishikawa 石川 県 chubu west|fukui 福井 県 chubu west
yamanashi 山梨 県 chubu east|nagano 長野 県 chubu east|gifu 岐阜 県 chubu west
shizuoka 静岡 県 chubu east|aichi 愛知 県 chubu west|mie 三重 県 kansai west
shiga 滋賀 県 kansai west|kyoto 京都 府 kansai west|osaka 大阪 府 kansai west
hyogo 兵庫 県 kansai west|nara 奈良 県 kansai west|wakayama 和歌山 県 kansai west
tottori 鳥取 県 chugoku west|shimane 島根 県 chugoku west|okayama 岡山 県 chugoku west
hiroshima 広島 県 chugoku west|yamaguchi 山口 県 chugoku west|tokushima 徳島 県 shikoku west
kagawa 香川 県 shikoku west|ehime 愛媛 県 shikoku west|kochi 高知 県 shikoku west
fukuoka 福岡 県 kyushu west|saga 佐賀 県 kyushu west|nagasaki 長崎 県 kyushu west
kumamoto 熊本 県 kyushu west|oita 大分 県 kyushu west|miyazaki 宮崎 県 kyushu west
kagoshima 鹿児島 県 kyushu west|okinawa 沖縄 県 kyushu west
"""

# (Latin, hanja, hangul, region, as Japanese records write it); the region is the
# peninsula's north or south. Hwanghae was split into North and South in 1954.
_PROVINCES = """
north-hamgyong 咸鏡北道 함경북도 north 咸鏡北道|south-hamgyong 咸鏡南道 함경남도 north 咸鏡南道
north-pyongan 平安北道 평안북도 north 平安北道|south-pyongan 平安南道 평안남도 north 平安南道
hwanghae 黃海道 황해도 north 黄海道|north-hwanghae 黃海北道 황해북도 north 黄海北道
south-hwanghae 黃海南道 황해남도 north 黄海南道|kangwon 江原道 강원도 north 江原道
ryanggang 兩江道 량강도 north 両江道|jagang 慈江道 자강도 north 慈江道
gyeonggi 京畿道 경기도 south 京畿道|north-chungcheong 忠淸北道 충청북도 south 忠清北道
south-chungcheong 忠淸南道 충청남도 south 忠清南道|north-jeolla 全羅北道 전라북도 south 全羅北道
south-jeolla 全羅南道 전라남도 south 全羅南道|north-gyeongsang 慶尙北道 경상북도 south 慶尚北道
south-gyeongsang 慶尙南道 경상남도 south 慶尚南道|jeju 濟州道 제주도 south 済州島
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

# The prefectures as Korean writes them. Some are also ordinary words (나라 "country",
# 기후 "climate", 시가 "poem", 고치다 "to mend"): those count only with 현 after them.
PREFECTURE_HANGUL: dict[str, str] = {
    "hokkaido": "홋카이도", "aomori": "아오모리", "iwate": "이와테", "miyagi": "미야기",
    "akita": "아키타", "yamagata": "야마가타", "fukushima": "후쿠시마", "ibaraki": "이바라키",
    "tochigi": "도치기", "gunma": "군마", "saitama": "사이타마", "chiba": "지바",
    "tokyo": "도쿄", "kanagawa": "가나가와", "niigata": "니가타", "toyama": "도야마",
    "ishikawa": "이시카와", "fukui": "후쿠이", "yamanashi": "야마나시", "nagano": "나가노",
    "gifu": "기후", "shizuoka": "시즈오카", "aichi": "아이치", "mie": "미에", "shiga": "시가",
    "kyoto": "교토", "osaka": "오사카", "hyogo": "효고", "nara": "나라", "wakayama": "와카야마",
    "tottori": "돗토리", "shimane": "시마네", "okayama": "오카야마", "hiroshima": "히로시마",
    "yamaguchi": "야마구치", "tokushima": "도쿠시마", "kagawa": "가가와", "ehime": "에히메",
    "kochi": "고치", "fukuoka": "후쿠오카", "saga": "사가", "nagasaki": "나가사키",
    "kumamoto": "구마모토", "oita": "오이타", "miyazaki": "미야자키", "kagoshima": "가고시마",
    "okinawa": "오키나와",
}  # fmt: skip
PREFECTURE_HANGUL_NEEDS_SUFFIX = frozenset(
    {"gifu", "nara", "shiga", "kochi", "saga", "mie", "gunma"}
)

# Regions of Japan a report names instead of a prefecture: key → (half, patterns).
JAPAN_REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "eastern_japan": (
        "east",
        (r"eastern japan", r"east(?:ern)? part of japan", r"東日本", r"동일본"),
    ),
    "western_japan": (
        "west",
        (r"western japan", r"west(?:ern)? part of japan", r"西日本", r"서일본"),
    ),
    "tohoku": ("east", (r"tohoku", r"northeastern japan", r"東北地方", r"東北", r"도호쿠")),
    "kanto": ("east", (r"kanto", r"関東", r"간토|관동")),
    "kansai": ("west", (r"kansai", r"関西", r"近畿", r"간사이")),
    "kyushu": ("west", (r"kyushu", r"九州", r"규슈")),
    "chugoku": ("west", (r"chugoku region", r"中国地方")),
    "shikoku": ("west", (r"shikoku", r"四国", r"시코쿠")),
    "hokuriku": ("west", (r"hokuriku", r"北陸", r"호쿠리쿠")),
}

# Provinces and cities abroad where people are held: key → (country, patterns).
FOREIGN_PLACES: dict[str, tuple[str, tuple[str, ...]]] = {
    "jilin": ("CN", (r"jilin", r"吉林", r"지린|길림")),
    "yanbian": ("CN", (r"yanbian", r"延辺", r"延边", r"옌볜|연변")),
    "yanji": ("CN", (r"yanji", r"延吉", r"옌지|연길")),
    "tumen": ("CN", (r"tumen", r"図們", r"图们", r"투먼|도문")),
    "changbai": ("CN", (r"changbai", r"長白", r"창바이|장백")),
    "liaoning": ("CN", (r"liaoning", r"遼寧", r"랴오닝")),
    "shenyang": ("CN", (r"shenyang", r"瀋陽", r"沈阳", r"선양|심양")),
    "dandong": ("CN", (r"dandong", r"丹東", r"단둥|단동")),
    # The other cities and counties along the Tumen and the Yalu, and Liaoning's cities
    # people fly out from. GeoNames (hogo.lib.cities) lists some of them only in Latin
    # letters; these are the forms the Japanese and Korean press use (Japanese kanji as
    # in Japanese reports, Korean as the National Institute of Korean Language writes
    # Chinese place names, and the older Sino-Korean reading beside it).
    "hunchun": ("CN", (r"hunchun", r"琿春|珲春", r"훈춘")),
    "longjing": ("CN", (r"longjing", r"竜井市|龍井市|龙井市", r"룽징|용정시")),
    "helong": ("CN", (r"helong", r"和龍|和龙", r"허룽|화룡")),
    "jian": ("CN", (r"ji'an", r"集安", r"지안시|지안현|집안시")),
    "linjiang": ("CN", (r"linjiang", r"臨江|临江", r"린장|림강")),
    "baishan": ("CN", (r"baishan", r"白山市", r"바이산")),
    "tonghua": ("CN", (r"tonghua", r"通化市|通化県", r"퉁화|통화시")),
    "kuandian": ("CN", (r"kuandian", r"寛甸|宽甸", r"콴뎬|관전현")),
    "dalian": ("CN", (r"dalian", r"大連|大连", r"다롄|대련")),
    "heilongjiang": ("CN", (r"heilongjiang", r"黒竜江", r"黑龙江", r"헤이룽장|흑룡강")),
    "harbin": ("CN", (r"harbin", r"ハルビン", r"哈爾浜", r"하얼빈")),
    "beijing": ("CN", (r"beijing", r"北京", r"베이징|북경")),
    "qingdao": ("CN", (r"qingdao", r"青島", r"칭다오")),
    "tianjin": ("CN", (r"tianjin", r"天津", r"톈진")),
    "shandong": ("CN", (r"shandong", r"山東", r"산둥")),
    # Yunnan and its counties on the Laos and Myanmar borders, the way south.
    "yunnan": ("CN", (r"yunnan", r"雲南|云南", r"윈난|운남성")),
    "mengla": ("CN", (r"mengla", r"勐臘|勐腊|モンラー", r"멍라")),
    "jinghong": ("CN", (r"jinghong", r"景洪", r"징훙|징홍")),
    "xishuangbanna": ("CN", (r"xishuangbanna", r"西双版納|西双版纳|シーサンパンナ", r"시솽반나")),
    "ruili": ("CN", (r"ruili", r"瑞麗|瑞丽", r"루이리")),
    "ulaanbaatar": ("MN", (r"ulaanbaatar", r"ulan bator", r"ウランバートル", r"울란바토르")),
    # Mongolia's provinces on the Chinese border, where people who cross the steppe are held.
    "dornod": ("MN", (r"dornod", r"ドルノド", r"도르노드")),
    "dornogovi": ("MN", (r"dornogovi", r"ドルノゴビ|ドルノゴヴィ", r"도르노고비")),
    "sukhbaatar_province": (
        "MN",
        (r"s[uü]khbaatar province", r"スフバートル県", r"수흐바타르 ?아이막"),
    ),
    # Russia's Far East, where North Korean workers are sent and some ask for protection:
    # its ports and krai capitals, and the region named as a whole.
    "russian_far_east": (
        "RU",
        (
            r"russia'?s far east",
            r"russian far east",
            r"far east(?:ern)? (?:of |region of )?russia",
            r"ロシア極東",
            r"러시아 ?극동",
        ),
    ),
    "primorsky": ("RU", (r"primorsky", r"primorye", r"沿海地方", r"연해주")),
    "vladivostok": ("RU", (r"vladivostok", r"ウラジオストク", r"블라디보스토크|블라디보스톡")),
    "nakhodka": ("RU", (r"nakhodka", r"ナホトカ", r"나홋카|나호트카")),
    "ussuriysk": ("RU", (r"ussuriysk", r"ウスリースク", r"우수리스크")),
    "khabarovsk": ("RU", (r"khabarovsk", r"ハバロフスク", r"하바롭스크")),
    "bangkok": ("TH", (r"bangkok", r"バンコク", r"방콕")),
    "chiang_rai": ("TH", (r"chiang rai", r"チェンライ", r"치앙라이")),
    "vientiane": ("LA", (r"vientiane", r"ビエンチャン", r"비엔티안")),
    # Vietnam, on the overland way south through China and Laos: its capital, where the
    # Japanese embassy is, and its largest city, where the consulate-general is.
    "hanoi": ("VN", (r"hanoi", r"ハノイ", r"하노이")),
    "ho_chi_minh": ("VN", (r"ho chi minh city", r"ホーチミン", r"호찌민|호치민")),
}

# The province each city or county abroad lies in: a report of custody in Hunchun is one
# of custody in Jilin.
FOREIGN_PLACE_PROVINCE: dict[str, str] = {
    **dict.fromkeys(
        ("yanbian", "yanji", "tumen", "changbai", "hunchun", "longjing", "helong", "jian"),
        "jilin",
    ),
    **dict.fromkeys(("linjiang", "baishan", "tonghua"), "jilin"),
    **dict.fromkeys(("shenyang", "dandong", "kuandian", "dalian"), "liaoning"),
    **dict.fromkeys(("mengla", "jinghong", "xishuangbanna", "ruili"), "yunnan"),
    **dict.fromkeys(("vladivostok", "nakhodka", "ussuriysk"), "primorsky"),
    "harbin": "heilongjiang",
    "qingdao": "shandong",
}

# The wider region abroad a recorded place lies in, which the press names for it: a case
# held in Vladivostok is held in "Russia's Far East", ロシア極東, 러시아 극동.
FOREIGN_PLACE_REGION: dict[str, str] = dict.fromkeys(
    ("primorsky", "vladivostok", "nakhodka", "ussuriysk", "khabarovsk"), "russian_far_east"
)

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
# The provinces before their division into north and south, named alone by many who left
# (慶尙道, 경상도, Gyeongsang): as far as they go, the peninsula's half.
_OLD_PROVINCES = """
gyeongsang 慶尙道 경상도 south|jeolla 全羅道 전라도 south|chungcheong 忠淸道 충청도 south
hamgyong 咸鏡道 함경도 north|pyongan 平安道 평안도 north
"""
# Japanese prefectures as Korean writes them (where a family lived, told in hangul).
_PREFECTURES_HANGUL = """
hokkaido 홋카이도|miyagi 미야기|saitama 사이타마|chiba 지바|tokyo 도쿄|kanagawa 가나가와
niigata 니가타|nagano 나가노|gifu 기후|shizuoka 시즈오카|aichi 아이치|mie 미에|shiga 시가
kyoto 교토|osaka 오사카|hyogo 효고|nara 나라|wakayama 와카야마|okayama 오카야마
hiroshima 히로시마|yamaguchi 야마구치|fukuoka 후쿠오카|nagasaki 나가사키
"""
# Traditional hanja and their Japanese shinjitai, so 平壤 and 平壌 agree.
_SIMPLIFIED = str.maketrans(
    {"壤": "壌", "淸": "清", "尙": "尚", "黃": "黄", "兩": "両", "濟": "済"}
)
_SUFFIXES = ("県", "都", "府", "道", "市", "区", "-ken", "-to", "-fu", " prefecture", " city")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\s_]+", " ", text)
    return text.translate(_SIMPLIFIED)


@dataclass(frozen=True)
class Prefecture:
    key: str
    kanji: str
    written: str  # as an address writes it: 東京都, 大阪府, 新潟県, 北海道
    region: str
    half: str  # east or west


@dataclass(frozen=True)
class Province:
    key: str
    hanja: str
    hangul: str
    region: str  # north or south
    japanese: str  # as Japanese records write it


def _rows(table: str) -> list[list[str]]:
    return [entry.split() for entry in table.replace("\n", "|").split("|") if entry.strip()]


PREFECTURES: tuple[Prefecture, ...] = tuple(
    Prefecture(key, kanji, kanji + suffix.strip("-"), region, half)
    for key, kanji, suffix, region, half in _rows(_PREFECTURES)
)
PROVINCES: tuple[Province, ...] = tuple(Province(*row) for row in _rows(_PROVINCES))


def prefecture(key: str) -> Prefecture:
    return next(p for p in PREFECTURES if p.key == key)


def province(key: str) -> Province:
    return next(p for p in PROVINCES if p.key == key)


def city_as_written(key: str) -> str:
    """A city of the table in kanji as Japanese text writes it (平壤 → 平壌)."""
    for latin, written, _spoken, _province in _rows(_CITIES):
        if latin == key:
            return written.translate(_SIMPLIFIED)
    raise KeyError(key)


@cache
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for pref in PREFECTURES:
        place = Place("jp", pref.region, pref.key)
        for name in (pref.key, pref.kanji, pref.kanji + "県", pref.kanji + "府", pref.kanji + "都"):
            index.setdefault(_fold(name), place)
    for prov in PROVINCES:
        place = Place("kr", prov.region, prov.key)
        names = (prov.key, prov.key.replace("-", " "), prov.hanja, prov.hangul, prov.hangul[:-1])
        for name in (*names, prov.japanese):
            index.setdefault(_fold(name), place)
    for latin, written, spoken, province_key in _rows(_CITIES):
        upper = index[_fold(province_key)]
        place = Place(upper.country, upper.region, upper.province, latin)
        for name in (latin, latin.removesuffix("-city"), written, spoken):
            index.setdefault(_fold(name), place)
    for word, (country, region) in _REGION_WORDS.items():
        index.setdefault(_fold(word), Place(country, region))
    for latin, hanja, hangul, region in _rows(_OLD_PROVINCES):
        for name in (latin, hanja, hangul, hangul[:-1]):
            index.setdefault(_fold(name), Place("kr", region))
    for latin, hangul in _rows(_PREFECTURES_HANGUL):
        index.setdefault(_fold(hangul), index[_fold(latin)])
    return index


def _sound(text: str) -> str:
    """A Latin place name cut down to its sound, so that Revised, McCune-Reischauer and
    older spellings meet: Gyeongsangbuk-do, Kyongsangbukto and Kyŏngsang-pukto agree,
    as do Daegu and Taegu, Busan and Pusan, Jeju and Cheju."""
    letters = re.sub(r"[^a-z]", "", _fold(text))
    letters = re.sub(r"(do|to)$", "", letters) if len(letters) > 5 else letters
    for pattern, replacement in (
        (r"ng", "n"), (r"tch|ch|j", "c"), (r"g|k", "k"), (r"d|t", "t"), (r"b|p", "p"),
        (r"r", "l"), (r"eo|eu|u|o", "o"), (r"ae|e", "e"), (r"(?<=[kctp])h", ""),
        (r"(.)\1+", r"\1"),
    ):  # fmt: skip
        letters = re.sub(pattern, replacement, letters)
    return letters


@cache
def _sound_index() -> dict[str, Place]:
    """Places of the peninsula by the sound of their Latin names (see _sound)."""
    index: dict[str, Place] = {}
    for prov in PROVINCES:
        place = Place("kr", prov.region, prov.key)
        half, _dash, base = prov.key.rpartition("-")
        names = [prov.key, base] if not half else [f"{half} {base}"]
        if half:
            names.append(base + ("buk" if half == "north" else "nam"))
        for name in names:
            index.setdefault(_sound(name), place)
    for latin, _hanja, _hangul, region in _rows(_OLD_PROVINCES):
        index.setdefault(_sound(latin), Place("kr", region))
    korean = {prov.key: prov for prov in PROVINCES}
    for latin, _written, _spoken, province_key in _rows(_CITIES):
        if province_key in korean:
            upper = korean[province_key]
            index.setdefault(_sound(latin), Place("kr", upper.region, upper.key, latin))
    return index


def _lookup(text: str) -> Place | None:
    index = _index()
    folded = _fold(text)
    if folded in index:
        return index[folded]
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and folded.removesuffix(suffix).strip() in index:
            return index[folded.removesuffix(suffix).strip()]
    if folded.isascii() and len(folded) > 2:
        return _sound_index().get(_sound(folded))
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


def spellings(text: str) -> set[str]:
    """Every way the gazetteer writes the place the text names: 吉林 gives jilin and 吉林,
    新潟 gives niigata, 新潟 and 新潟県. Empty when the text names no known place, so a
    search by place falls back to the words as typed."""
    folded = _fold(text)
    if not folded:
        return set()
    names: set[str] = set()
    for patterns in (p for _country, p in FOREIGN_PLACES.values()):
        if any(re.fullmatch(pattern, folded) for pattern in patterns):
            names |= {pattern.replace("\\", "") for pattern in patterns}
    place = _lookup(text)
    if place is not None and (place.province or place.city):
        names |= {name for name, other in _index().items() if other == place}
    return names
