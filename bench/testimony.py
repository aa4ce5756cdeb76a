"""A second evaluation set, written apart from bench/synthetic.py and never tuned on.

    .venv/bin/python bench/testimony.py OUTDIR [--registry 20000] [--claims 2000] [--seed 11]

writes OUTDIR/registry.csv, claims.csv and truth.csv as bench/synthetic.py does, but
from other sources and with another idea of the errors:

* names come from dictionaries, not from hogo's tables: Japanese family and given names
  (the aliases, tsūmei, and Japanese spouses) from JMnedict, and the hangul readings
  and Japanese on-readings of the hanja of Korean names from KANJIDIC2, both in the
  `jamdict-data` package (a dev dependency);
* romanizations, Korean-sound katakana and typos are produced here by rules of this
  file (passport spellings, not hogo.lib.names);
* testimony differs from the manifest in the documented ways, at rates and in
  combinations of this file's own: a lunar birthday given as a solar date, a year
  off, a year worked out from a (Korean) age, a Japanese era year off by one, a date
  missing; names swapped, run together, mistyped, told in hangul, in a passport
  romanization or in katakana as they sound in Korean; the birthplace in hangul,
  romaji, as a region or as where the family lived in Japan;
* negatives are strangers, namesakes, unregistered siblings and children born in
  North Korea after their parents' departure.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from korean_lunar_calendar import KoreanLunarCalendar

SURNAMES = (
    "金" * 21
    + "李" * 14
    + "朴" * 8
    + "崔" * 5
    + "鄭" * 5
    + "姜趙尹張林韓申吳徐權黃安宋柳洪全高文梁孫裵白許劉南沈盧河丁成車具郭禹朱任羅辛閔"
)
GIVEN = (
    "英榮永泳明民敏珉成誠聖承順淳秀洙壽守淑貞正政貞珍鎭眞鉉賢炫顯玄熙喜姬浩鎬昊俊"
    "準峻在載哲喆弼國植錫碩奎東斗容龍勇雄元源媛仁寅一日鍾宗柱周俊仲智志炳秉福奉玉"
    "美花惠慧蓮順子春善愛"
)
# Initial-sound law of South Korean spelling: 리 → 이, 림 → 임, 류 → 유, 라 → 나, 로 → 노.
DUEUM = {"리": "이", "림": "임", "류": "유", "라": "나", "로": "노", "량": "양", "렴": "염"}

# Korean provinces and cities: (hanja as the manifest has it, hangul, romanizations…)
KR_PLACES = [
    ("慶尙北道", "경상북도", "Gyeongsangbuk-do", "Kyongsangbuk-do", "North Gyeongsang"),
    ("慶尙南道", "경상남도", "Gyeongsangnam-do", "Kyongsangnam-do", "South Gyeongsang"),
    ("全羅南道", "전라남도", "Jeollanam-do", "Chollanam-do", "South Jeolla"),
    ("全羅北道", "전라북도", "Jeollabuk-do", "Chollabuk-do", "North Jeolla"),
    ("濟州道", "제주도", "Jeju-do", "Cheju-do", "Jeju"),
    ("忠淸南道", "충청남도", "Chungcheongnam-do", "Chungchongnam-do", "South Chungcheong"),
    ("京畿道", "경기도", "Gyeonggi-do", "Kyonggi-do", "Gyeonggi"),
    ("大邱", "대구", "Daegu", "Taegu", "Daegu"),
    ("釜山", "부산", "Busan", "Pusan", "Busan"),
    ("咸鏡北道", "함경북도", "Hamgyongbuk-do", "Hamgyŏngbuk-to", "North Hamgyong"),
    ("平安南道", "평안남도", "Pyongannam-do", "P'yŏngannam-do", "South Pyongan"),
]
# The old undivided province a claimant may name instead ("a region").
KR_REGION = {
    "慶尙": ("慶尙道", "경상도", "Gyeongsang"),
    "全羅": ("全羅道", "전라도", "Jeolla"),
    "忠淸": ("忠淸道", "충청도", "Chungcheong"),
    "咸鏡": ("咸鏡道", "함경도", "Hamgyong"),
    "平安": ("平安道", "평안도", "Pyongan"),
}
# Where families lived in Japan: (kanji, hangul, romaji).
JP_PLACES = [
    ("大阪府", "오사카", "Osaka"),
    ("東京都", "도쿄", "Tokyo"),
    ("兵庫県", "효고", "Hyogo"),
    ("愛知県", "아이치", "Aichi"),
    ("福岡県", "후쿠오카", "Fukuoka"),
    ("京都府", "교토", "Kyoto"),
    ("神奈川県", "가나가와", "Kanagawa"),
    ("山口県", "야마구치", "Yamaguchi"),
]
NK_PLACES = ["咸鏡北道", "함경남도", "Pyongyang", "평안북도", "Chongjin", "Wonsan"]

# Passport spellings of common syllables, beside the rule-made ones.
PASSPORT = {
    "김": ["Kim", "Gim"],
    "이": ["Lee", "Yi", "Rhee", "I"],
    "리": ["Ri", "Lee"],
    "박": ["Park", "Pak", "Bak"],
    "최": ["Choi", "Choe"],
    "정": ["Jung", "Jeong", "Chung", "Chong"],
    "조": ["Cho", "Jo"],
    "강": ["Kang", "Gang"],
    "윤": ["Yoon", "Yun"],
    "장": ["Jang", "Chang"],
    "임": ["Lim", "Im", "Rim"],
    "한": ["Han"],
    "신": ["Shin", "Sin"],
    "오": ["Oh", "O"],
    "서": ["Seo", "Suh"],
    "권": ["Kwon", "Gwon"],
    "황": ["Hwang"],
    "안": ["Ahn", "An"],
    "송": ["Song"],
    "유": ["Yoo", "Yu", "Ryu"],
    "홍": ["Hong"],
    "전": ["Jeon", "Jun", "Chon"],
    "고": ["Ko", "Go"],
    "문": ["Moon", "Mun"],
    "영": ["Young", "Yeong", "Yong"],
    "희": ["Hee", "Hui", "Heui"],
    "성": ["Sung", "Seong", "Song"],
    "순": ["Soon", "Sun"],
    "수": ["Soo", "Su"],
    "숙": ["Sook", "Suk"],
    "철": ["Chul", "Cheol", "Chol"],
    "현": ["Hyun", "Hyeon", "Hyon"],
    "준": ["Joon", "Jun"],
    "진": ["Jin", "Chin"],
    "민": ["Min"],
    "명": ["Myung", "Myeong", "Myong"],
    "일": ["Il"],
    "종": ["Jong", "Chong"],
    "호": ["Ho"],
    "남": ["Nam"],
    "동": ["Dong", "Tong"],
    "용": ["Yong", "Young"],
}

_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]
# Katakana as a Korean name sounds: initial consonant row, vowel column.
_KANA_ROWS = {
    key: value.split()
    for key, value in {
        "": "ア イ ウ エ オ", "g": "カ キ ク ケ コ", "k": "カ キ ク ケ コ",
        "kk": "ッカ ッキ ック ッケ ッコ", "n": "ナ ニ ヌ ネ ノ",  # noqa: RUF001
        "d": "タ チ トゥ テ ト", "t": "タ チ トゥ テ ト", "tt": "タ チ トゥ テ ト",
        "r": "ラ リ ル レ ロ", "m": "マ ミ ム メ モ", "b": "パ ピ プ ペ ポ", "p": "パ ピ プ ペ ポ",
        "pp": "ッパ ッピ ップ ッペ ッポ", "s": "サ シ ス セ ソ", "ss": "ッサ ッシ ッス ッセ ッソ",
        "j": "チャ チ チュ チェ チョ", "jj": "ッチャ ッチ ッチュ ッチェ ッチョ",
        "ch": "チャ チ チュ チェ チョ", "h": "ハ ヒ フ ヘ ホ",
    }.items()
}  # fmt: skip
_KANA_FINAL = {"": "", "k": "ク", "n": "ン", "l": "ル", "m": "ム", "p": "プ", "t": "ッ", "ng": "ン"}


def _jamo(syllable: str) -> tuple[str, str, str]:
    code = ord(syllable) - 0xAC00
    return _INITIALS[code // 588], _VOWELS[(code % 588) // 28], _FINALS[code % 28]


def romanize(hangul: str, rng: random.Random) -> str:
    """A spelling as a passport office, a church register or the claimant would write it."""
    out = []
    for index, syllable in enumerate(hangul):
        if syllable in PASSPORT and rng.random() < 0.7:
            out.append(rng.choice(PASSPORT[syllable]).lower())
            continue
        initial, vowel, final = _jamo(syllable)
        if rng.random() < 0.4:  # older spellings: eo → o/u, eu → u, initial g/d/b/j voiceless
            vowel = vowel.replace("eo", rng.choice(["o", "u"])).replace("eu", "u")
            if index == 0:
                initial = {"g": "k", "d": "t", "b": "p", "j": "ch"}.get(initial, initial)
        if final == "ng" and rng.random() < 0.15:  # -ng heard as -n
            final = "n"
        out.append(initial + vowel + final)
    return "".join(out)


def korean_katakana(hangul: str) -> str:
    """The name in katakana as it sounds in Korean (김 → キム, 박 → パク, 이 → イ)."""
    out = []
    for syllable in hangul:
        initial, vowel, final = _jamo(syllable)
        row = _KANA_ROWS[initial]
        plain = vowel[-1] if vowel[-1] in "aiueo" else "a"
        sound = {"eo": "o", "eu": "u", "ae": "e", "oe": "e", "ui": "i"}.get(vowel, plain)
        kana = row["aiueo".index(sound)]
        if vowel in ("ya", "yeo", "yo", "yu"):  # 명 ミョン, 영 ヨン, 유 ユ
            small = {"ya": "ャ", "yeo": "ョ", "yo": "ョ", "yu": "ュ"}[vowel]
            big = {"ャ": "ヤ", "ョ": "ヨ", "ュ": "ユ"}[small]
            kana = big if initial == "" else row[1] + small
        if vowel.startswith("w") and initial == "":
            kana = "ウォ" if vowel == "wo" else "ワ"
        out.append(kana + _KANA_FINAL.get(final, ""))
    return "".join(out)


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.random()
    if kind < 0.35:
        return text[:i] + text[i + 1 :]
    if kind < 0.7:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeiouhngk") + text[i + 1 :]


@cache
def dictionary() -> sqlite3.Connection:
    import jamdict_data  # type: ignore[import-not-found]

    return sqlite3.connect(f"file:{jamdict_data.JAMDICT_DB_PATH}?mode=ro", uri=True)


def hanja_readings(characters: str) -> dict[str, tuple[str, str]]:
    """Each hanja's first hangul reading and Japanese on-reading (KANJIDIC2)."""
    found: dict[str, tuple[str, str]] = {}
    db = dictionary()
    for char in set(characters):
        rows = db.execute(
            "SELECT r.r_type, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
            "JOIN reading r ON r.gid = g.ID WHERE c.literal = ? "
            "AND r.r_type IN ('korean_h', 'ja_on') ORDER BY r.ROWID",
            (char,),
        ).fetchall()
        hangul = next((v for t, v in rows if t == "korean_h"), "")
        on = next((v for t, v in rows if t == "ja_on"), "")
        if hangul and on:
            found[char] = (hangul, on.replace("-", ""))
    return found


def japanese_names(kind: str, limit: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kanji, hiragana) of JMnedict names of a kind: surname, masc, fem; two-kanji ones."""
    rows = (
        dictionary()
        .execute(
            "SELECT k.text, a.text FROM NEKanji k JOIN NEKana a ON a.idseq = k.idseq "
            "JOIN NETranslation n ON n.idseq = k.idseq JOIN NETransType t ON t.tid = n.ID "
            "WHERE t.text = ? AND length(k.text) = 2 AND length(a.text) BETWEEN 2 AND 5",
            (kind,),
        )
        .fetchall()
    )
    rows = [row for row in rows if all("\u4e00" <= ch <= "\u9fff" for ch in row[0])]
    rng.shuffle(rows)
    return rows[:limit]


def katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)


@dataclass
class Person:
    hanja: tuple[str, str]
    hangul: tuple[str, str]
    on: tuple[str, str]  # Japanese on-readings in katakana
    alias: tuple[str, str] | None
    sex: str
    born: tuple[int, int, int]
    place: tuple[str, ...]
    lived: tuple[str, str, str]
    departure: int
    japanese: bool = False


class World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.readings = hanja_readings(SURNAMES + GIVEN)
        self.surnames = [c for c in SURNAMES if c in self.readings]
        self.given = sorted({c for c in GIVEN if c in self.readings})
        self.jp_family = japanese_names("surname", 3000, self.rng)
        self.jp_masc = japanese_names("masc", 2000, self.rng)
        self.jp_fem = japanese_names("fem", 2000, self.rng)

    def korean(self, family: str | None = None, sex: str | None = None) -> Person:
        rng = self.rng
        family = family or rng.choice(self.surnames)
        given = "".join(rng.sample(self.given, 2))
        fam_h = self.readings[family][0]
        fam_h = DUEUM.get(fam_h, fam_h)
        sex = sex or rng.choice("MF")
        alias = None
        if rng.random() < 0.7:
            first = rng.choice(self.jp_masc if sex == "M" else self.jp_fem)
            alias = (rng.choice(self.jp_family)[0], first[0])
        year = rng.randint(1900, 1950)
        return Person(
            hanja=(family, given),
            hangul=(fam_h, "".join(self.readings[c][0] for c in given)),
            on=(self.readings[family][1], "".join(self.readings[c][1] for c in given)),
            alias=alias,
            sex=sex,
            born=(year, rng.randint(1, 12), rng.randint(1, 28)),
            place=rng.choice(KR_PLACES[:9]) if rng.random() < 0.75 else rng.choice(JP_PLACES),
            lived=rng.choice(JP_PLACES),
            departure=rng.randint(1959, 1984),
        )

    def japanese_wife(self, husband: Person) -> Person:
        family, family_kana = self.rng.choice(self.jp_family)
        given, given_kana = self.rng.choice(self.jp_fem)
        year = self.rng.randint(1910, 1950)
        return Person(
            hanja=(family, given),
            hangul=("", ""),
            on=(katakana(family_kana), katakana(given_kana)),
            alias=(husband.hanja[0], given),
            sex="F",
            born=(year, self.rng.randint(1, 12), self.rng.randint(1, 28)),
            place=self.rng.choice(JP_PLACES),
            lived=husband.lived,
            departure=husband.departure,
            japanese=True,
        )


# (era, first day): Meiji, Taishō and Shōwa.
ERAS = [("明治", (1868, 1, 25)), ("大正", (1912, 7, 30)), ("昭和", (1926, 12, 25))]


def era_date(year: int, month: int, day: int, shift: int = 0) -> str:
    """The date in its Japanese era; `shift` makes the era year wrong by as much."""
    name, start = [era for era in ERAS if (year, month, day) >= era[1]][-1]
    return f"{name}{year - start[0] + 1 + shift}年{month}月{day}日"


def manifest_row(record_id: str, p: Person, rng: random.Random) -> dict[str, str]:
    year, month, day = p.born
    date = era_date(year, month, day) if rng.random() < 0.7 else f"{year}.{month}.{day}"
    if rng.random() < 0.03:
        date = ""
    return {
        "record_id": record_id,
        "family_name": p.hanja[0],
        "given_name": p.hanja[1],
        "family_name_reading": p.on[0] if rng.random() < 0.6 else "",
        "given_name_reading": p.on[1] if rng.random() < 0.6 else "",
        "other_names": " ".join(p.alias) if p.alias else "",
        "sex": p.sex,
        "birth_date": date,
        "birth_place": p.place[0],
        "nationality": "日本" if p.japanese else "朝鮮",
        "spouse_name": "",
        "departure_year": str(p.departure),
    }


def lunar_as_solar(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The lunar birthday of someone born on this solar date, given as if it were solar."""
    calendar = KoreanLunarCalendar()
    calendar.setSolarDate(year, month, day)
    return calendar.lunarYear, calendar.lunarMonth, min(calendar.lunarDay, 28)


def testimony_date(p: Person, rng: random.Random) -> str:
    year, month, day = p.born
    roll = rng.random()
    if roll < 0.12:
        return ""
    if roll < 0.30:
        year, month, day = lunar_as_solar(year, month, day)
    elif roll < 0.38:
        year += rng.choice([-1, 1])
    elif roll < 0.50:  # worked out from an age, in Korean count (one or two more)
        return str(year - rng.choice([1, 1, 2]))
    elif roll < 0.58:  # a Japanese era year misread by one
        return era_date(year, month, day, rng.choice([-1, 1]))
    form = rng.random()
    if form < 0.4:
        return f"{year}-{month:02d}-{day:02d}"
    if form < 0.7:
        return f"{year}년 {month}월 {day}일" if rng.random() < 0.5 else f"{year}.{month}.{day}"
    return f"{day:02d}/{month:02d}/{year}"


def testimony_place(p: Person, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return ""
    if roll < 0.30:  # where the family lived in Japan
        return rng.choice(p.lived)
    if roll < 0.45 and p.place[0][:2] in KR_REGION:  # the old province, as a region
        return rng.choice(KR_REGION[p.place[0][:2]])
    return rng.choice(p.place)


def testimony_name(p: Person, rng: random.Random) -> tuple[str, str, str]:
    """(family, given, other names) as the claimant tells them."""
    if p.japanese:
        family, given = p.alias if rng.random() < 0.5 and p.alias else p.hanja
        return family, given, ""
    roll = rng.random()
    if roll < 0.25:
        family, given = p.hangul
    elif roll < 0.65:
        family, given = romanize(p.hangul[0], rng).capitalize(), romanize(p.hangul[1], rng)
        if len(p.hangul[1]) == 2 and rng.random() < 0.5:
            first = romanize(p.hangul[1][0], rng)
            second = romanize(p.hangul[1][1], rng)
            given = f"{first}-{second}" if rng.random() < 0.5 else f"{first} {second}"
        given = given.capitalize()
        if rng.random() < 0.2:
            family, given = typo(family, rng), typo(given, rng)
        if rng.random() < 0.5:
            family = family.upper()
    elif roll < 0.80:
        family, given = korean_katakana(p.hangul[0]), korean_katakana(p.hangul[1])
    elif roll < 0.90 and p.alias:
        family, given = p.alias
    else:
        family, given = p.hanja
    other = ""
    mix = rng.random()
    if mix < 0.12:
        family, given = given, family
    elif mix < 0.20:  # run together in one field
        family, given = family + given, ""
    if p.alias and rng.random() < 0.2:
        other = " ".join(p.alias)
    return family, given, other


def claim_row(claim_id: str, p: Person, rng: random.Random) -> dict[str, str]:
    family, given, other = testimony_name(p, rng)
    return {
        "claim_id": claim_id,
        "family_name": family,
        "given_name": given,
        "family_name_reading": "",
        "given_name_reading": "",
        "other_names": other,
        "sex": p.sex if rng.random() < 0.85 else "",
        "birth_date": testimony_date(p, rng),
        "birth_place": testimony_place(p, rng),
        "nationality": "",
        "spouse_name": "",
        "departure_year": str(p.departure) if rng.random() < 0.2 else "",
    }


def _write(path: Path, rows: Sequence[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def generate(out: Path, *, registry_size: int, claims: int, seed: int) -> None:
    world = World(seed)
    rng = world.rng
    people: list[Person] = []
    while len(people) < registry_size:
        head = world.korean(sex="M")
        people.append(head)
        if rng.random() < 0.3:
            people.append(world.japanese_wife(head))
        elif rng.random() < 0.5:
            people.append(world.korean(sex="F"))
        for _child in range(rng.choice([0, 0, 1, 2, 3])):
            child = world.korean(family=head.hanja[0])
            year = rng.randint(max(head.born[0] + 18, 1930), max(head.born[0] + 40, 1931))
            child.born = (min(year, 1975), child.born[1], child.born[2])
            child.place, child.lived = head.lived, head.lived
            child.departure = head.departure
            people.append(child)
        if rng.random() < 0.04:  # a namesake born years apart
            namesake = replace(world.korean(), hanja=head.hanja, hangul=head.hangul, on=head.on)
            people.append(namesake)
    people = people[:registry_size]
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "registry.csv", [manifest_row(f"M{i:07d}", p, rng) for i, p in enumerate(people)])
    rows, truth = [], []
    matched = rng.sample(range(len(people)), int(claims * 0.7))
    koreans = [p for p in people if not p.japanese]
    for number in range(claims):
        claim_id = f"T{number:06d}"
        if number < len(matched):
            person = people[matched[number]]
            truth.append((claim_id, f"M{matched[number]:07d}"))
        else:
            source = rng.choice(koreans)
            kind = rng.random()
            if kind < 0.3:  # a stranger
                person = world.korean()
            elif kind < 0.55:  # a namesake: same name, another life
                person = replace(world.korean(), hanja=source.hanja, hangul=source.hangul)
            elif kind < 0.8:  # an unregistered sibling: one syllable shared, born near
                person = world.korean(family=source.hanja[0], sex=rng.choice("MF"))
                given = source.hanja[1][0] + person.hanja[1][1]
                hangul = source.hangul[1][0] + person.hangul[1][1]
                year = source.born[0] + rng.choice([-3, -2, 2, 3, 4])
                person = replace(
                    person,
                    hanja=(source.hanja[0], given),
                    hangul=(source.hangul[0], hangul),
                    born=(year, person.born[1], person.born[2]),
                    place=source.place,
                    lived=source.lived,
                )
            else:  # a child born in North Korea after the parent left
                person = world.korean(family=source.hanja[0])
                year = max(source.departure, 1960) + rng.randint(0, 15)
                place = rng.choice(NK_PLACES)
                person = replace(person, born=(year, *person.born[1:]), place=(place,))
        rows.append(claim_row(claim_id, person, rng))
    _write(out / "claims.csv", rows)
    with (out / "truth.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["claim_id", "record_id"])
        writer.writerows(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--registry", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    generate(args.out, registry_size=args.registry, claims=args.claims, seed=args.seed)


if __name__ == "__main__":
    main()
