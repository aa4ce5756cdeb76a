"""Seeded synthetic registry and claims files, with the ground truth.

    .venv/bin/python bench/synthetic.py OUTDIR [--registry 20000] [--claims 2000] [--seed 7]

writes OUTDIR/registry.csv, OUTDIR/claims.csv and OUTDIR/truth.csv (claim_id,record_id).
The registry is written the way the 1959-1984 manifests were: kanji/hanja names with
kana readings, a Japanese alias (tsumei), era dates. Claims are told decades later:
hangul or some romanization, the alias, a maiden or married name, approximate dates,
vague birthplaces. Hard negatives: siblings, very common surnames, namesakes born
years apart, and claims whose person is in no registry.
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

from hogo.lib.names import hangul_to_mccune_reischauer, hangul_to_revised, kana_to_romaji

# hanja, hangul, Japanese on'yomi (katakana), Japanese aliases (tsumei) for the family.
# Weighted roughly like the real distribution: Kim, Lee and Park are very common.
KOREAN_FAMILIES = [
    ("金", "김", "キン", ["金田", "金山", "金本"], 22),
    ("李", "이", "リ", ["岩本", "李家", "国本"], 15),
    ("朴", "박", "ボク", ["新井", "木村", "朴井"], 9),
    ("崔", "최", "サイ", ["山本", "松山"], 5),
    ("鄭", "정", "テイ", ["東原", "鄭田"], 5),
    ("姜", "강", "キョウ", ["神農", "大山"], 2),
    ("趙", "조", "チョウ", ["夏山", "豊川"], 2),
    ("尹", "윤", "イン", ["伊東", "平沼"], 2),
    ("張", "장", "チョウ", ["張本", "長田"], 2),
    ("林", "임", "リン", ["林田", "平林"], 2),
    ("韓", "한", "カン", ["西原", "清原"], 2),
    ("申", "신", "シン", ["平山", "申田"], 2),
    ("呉", "오", "ゴ", ["呉山", "吉川"], 1),
    ("徐", "서", "ジョ", ["大島", "達城"], 1),
    ("権", "권", "ケン", ["安東", "権藤"], 1),
]
# hanja, hangul, on'yomi
KOREAN_SYLLABLES = [
    ("正", "정", "セイ"),
    ("一", "일", "イチ"),
    ("順", "순", "ジュン"),
    ("子", "자", "シ"),
    ("英", "영", "エイ"),
    ("明", "명", "メイ"),
    ("成", "성", "セイ"),
    ("哲", "철", "テツ"),
    ("玉", "옥", "ギョク"),
    ("淑", "숙", "シュク"),
    ("永", "영", "エイ"),
    ("光", "광", "コウ"),
    ("春", "춘", "シュン"),
    ("花", "화", "カ"),
    ("善", "선", "ゼン"),
    ("愛", "애", "アイ"),
    ("東", "동", "トウ"),
    ("植", "식", "ショク"),
    ("浩", "호", "コウ"),
    ("珠", "주", "シュ"),
    ("在", "재", "ザイ"),
    ("鎬", "호", "コウ"),
    ("基", "기", "キ"),
    ("秀", "수", "シュウ"),
]
# kanji, hiragana, romaji variants beyond Hepburn
JAPANESE_FAMILIES = [
    ("佐藤", "さとう"),
    ("鈴木", "すずき"),
    ("高橋", "たかはし"),
    ("田中", "たなか"),
    ("渡辺", "わたなべ"),
    ("伊藤", "いとう"),
    ("山本", "やまもと"),
    ("中村", "なかむら"),
    ("小林", "こばやし"),
    ("加藤", "かとう"),
    ("吉田", "よしだ"),
    ("山田", "やまだ"),
    ("斎藤", "さいとう"),
    ("松本", "まつもと"),
    ("井上", "いのうえ"),
    ("木村", "きむら"),
    ("清水", "しみず"),
    ("大野", "おおの"),
    ("工藤", "くどう"),
    ("近藤", "こんどう"),
]
JAPANESE_GIVEN_F = [
    ("花子", "はなこ"),
    ("幸子", "さちこ"),
    ("節子", "せつこ"),
    ("和子", "かずこ"),
    ("洋子", "ようこ"),
    ("美代子", "みよこ"),
    ("久子", "ひさこ"),
    ("京子", "きょうこ"),
    ("文子", "ふみこ"),
    ("正子", "まさこ"),
    ("昭子", "あきこ"),
    ("静江", "しずえ"),
    ("千代", "ちよ"),
    ("富美子", "ふみこ"),
    ("良子", "よしこ"),
    ("光子", "みつこ"),
]
JAPANESE_GIVEN_M = [
    ("正一", "しょういち"),
    ("清", "きよし"),
    ("茂", "しげる"),
    ("勇", "いさむ"),
    ("博", "ひろし"),
    ("進", "すすむ"),
    ("実", "みのる"),
    ("昭", "あきら"),
    ("修", "おさむ"),
]
JP_PREFECTURES = [
    ("新潟県", "Niigata", "東日本"),
    ("大阪府", "Osaka", "western Japan"),
    ("東京都", "Tokyo", "eastern Japan"),
    ("兵庫県", "Hyogo", "western Japan"),
    ("福岡県", "Fukuoka", "九州"),
    ("愛知県", "Aichi", "Japan"),
    ("山口県", "Yamaguchi", "Japan"),
    ("京都府", "Kyoto", "western Japan"),
    ("神奈川県", "Kanagawa", "eastern Japan"),
    ("広島県", "Hiroshima", "Japan"),
    ("北海道", "Hokkaido", "Japan"),
    ("宮城県", "Miyagi", "東北"),
]
KR_PROVINCES = [
    ("慶尙南道", "경상남도", "South Gyeongsang"),
    ("慶尙北道", "경상북도", "North Gyeongsang"),
    ("全羅南道", "전라남도", "South Jeolla"),
    ("濟州道", "제주도", "Jeju"),
    ("咸鏡北道", "함경북도", "North Hamgyong"),
    ("平安南道", "평안남도", "South Pyongan"),
    ("忠淸北道", "충청북도", "North Chungcheong"),
    ("京畿道", "경기도", "Gyeonggi"),
]
FAMILY_LATIN = {
    "김": ["Kim", "Gim", "KIM"],
    "이": ["Lee", "Yi", "Rhee", "Ri", "I"],
    "박": ["Park", "Pak", "Bak"],
    "최": ["Choi", "Choe"],
    "정": ["Jung", "Jeong", "Chung", "Chong"],
    "강": ["Kang", "Gang"],
    "조": ["Cho", "Jo"],
    "윤": ["Yoon", "Yun"],
    "장": ["Jang", "Chang"],
    "임": ["Lim", "Im", "Rim"],
    "한": ["Han"],
    "신": ["Shin", "Sin"],
    "오": ["Oh", "O"],
    "서": ["Seo", "So", "Suh"],
    "권": ["Kwon", "Gwon"],
}
# name, letter, the year before year 1, the first day (month, day) of year 1
ERAS = [("明治", "M", 1867, (1, 25)), ("大正", "T", 1911, (7, 30)), ("昭和", "S", 1925, (12, 25))]


@dataclass
class Person:
    family: str
    given: str
    family_reading: str
    given_reading: str
    sex: str
    year: int
    month: int
    day: int
    place: tuple[str, str, str]
    kind: str
    hangul: tuple[str, str] | None = None
    aliases: list[str] = field(default_factory=list)
    spouse: str = ""
    departure: int = 0
    maiden: tuple[str, str] | None = None


def _era(year: int, month: int, day: int, rng: random.Random) -> str:
    name, letter, base, _start = next(
        era for era in reversed(ERAS) if (year, month, day) >= (era[2] + 1, *era[3])
    )
    number = year - base
    shown = "元" if number == 1 and rng.random() < 0.5 else str(number)
    style = rng.random()
    if style < 0.5:
        return f"{name}{shown}年{month}月{day}日"
    if style < 0.8:
        return f"{letter}{number}.{month}.{day}"
    return f"{year}.{month}.{day}"


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def korean_name(self) -> tuple[tuple[str, str, str, list[str]], str, str, str]:
        rng = self.rng
        hanja, hangul, reading, aliases, _w = rng.choices(
            KOREAN_FAMILIES, weights=[f[4] for f in KOREAN_FAMILIES]
        )[0]
        a, b = rng.sample(KOREAN_SYLLABLES, 2)
        return (hanja, hangul, reading, aliases), a[0] + b[0], a[1] + b[1], a[2] + b[2]

    def date(self, low: int, high: int) -> tuple[int, int, int]:
        return self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def former_resident(self, sex: str) -> Person:
        (hanja, hangul, reading, aliases), given, given_hangul, given_reading = self.korean_name()
        year, month, day = self.date(1905, 1945)
        alias_given = self.rng.choice(JAPANESE_GIVEN_M if sex == "M" else JAPANESE_GIVEN_F)[0]
        place = (
            self.rng.choice(KR_PROVINCES)
            if self.rng.random() < 0.6
            else self.rng.choice(JP_PREFECTURES)
        )
        return Person(
            hanja,
            given,
            reading,
            given_reading,
            sex,
            year,
            month,
            day,
            place,
            "resident",
            hangul=(hangul, given_hangul),
            aliases=[f"{self.rng.choice(aliases)} {alias_given}"],
            departure=self.rng.randint(1959, 1984),
        )

    def japanese_spouse(self, husband: Person) -> Person:
        family, family_kana = self.rng.choice(JAPANESE_FAMILIES)
        given, given_kana = self.rng.choice(JAPANESE_GIVEN_F)
        year, month, day = self.date(1915, 1945)
        spouse = Person(
            husband.family,
            given,
            husband.family_reading,
            _katakana(given_kana),
            "F",
            year,
            month,
            day,
            self.rng.choice(JP_PREFECTURES),
            "spouse",
            maiden=(family, given),
            spouse=f"{husband.family} {husband.given}",
            departure=husband.departure,
        )
        spouse.aliases = [f"{family} {given}"]
        spouse.family_reading = _katakana(family_kana) if False else husband.family_reading
        spouse.hangul = None
        spouse.place = self.rng.choice(JP_PREFECTURES)
        spouse.maiden = (family, family_kana + "|" + given_kana)
        husband.spouse = f"{family} {given}"
        return spouse

    def child(self, father: Person, birth_year: int) -> Person:
        (_f, _h, _r, _a), given, given_hangul, given_reading = self.korean_name()
        _y, month, day = self.date(1940, 1980)
        assert father.hangul is not None
        return Person(
            father.family,
            given,
            father.family_reading,
            given_reading,
            self.rng.choice("MF"),
            birth_year,
            month,
            day,
            self.rng.choice(JP_PREFECTURES),
            "child",
            hangul=(father.hangul[0], given_hangul),
            aliases=[f"{father.aliases[0].split()[0]} {self.rng.choice(JAPANESE_GIVEN_M)[0]}"],
            departure=father.departure,
        )


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)


def registry_row(record_id: str, person: Person, rng: random.Random) -> dict[str, str]:
    return {
        "record_id": record_id,
        "family_name": person.family,
        "given_name": person.given,
        "family_name_reading": person.family_reading if rng.random() < 0.8 else "",
        "given_name_reading": person.given_reading if rng.random() < 0.8 else "",
        "other_names": ";".join(person.aliases),
        "sex": person.sex,
        "birth_date": _era(person.year, person.month, person.day, rng),
        "birth_place": person.place[0],
        "nationality": "日本" if person.kind == "spouse" else "朝鮮",
        "spouse_name": person.spouse,
        "departure_year": str(person.departure),
    }


def _korean_latin(hangul: tuple[str, str], rng: random.Random) -> tuple[str, str]:
    family = rng.choice(FAMILY_LATIN.get(hangul[0], [hangul_to_revised(hangul[0])]))
    romanize = rng.choice([hangul_to_revised, hangul_to_mccune_reischauer])
    given = romanize(hangul[1]).replace("'", "")
    if len(hangul[1]) == 2 and rng.random() < 0.6:
        first = romanize(hangul[1][0]).replace("'", "")
        second = romanize(hangul[1][1]).replace("'", "").lower()
        given = rng.choice([f"{first}-{second}", f"{first} {second.capitalize()}"])
    return family, given


def _japanese_latin(family_kana: str, given_kana: str, rng: random.Random) -> tuple[str, str]:
    def vary(word: str) -> str:
        word = kana_to_romaji(word)
        choice = rng.random()
        if choice < 0.3:
            return word.replace("ou", "oh").replace("uu", "u")
        if choice < 0.5:
            return word.replace("ou", "o").replace("shi", "si").replace("cho", "tyo")
        return word.replace("ou", "ō").replace("uu", "ū") if choice < 0.6 else word

    return vary(family_kana).capitalize(), vary(given_kana).capitalize()


def claim_date(person: Person, rng: random.Random) -> str:
    year, month, day = person.year, person.month, person.day
    roll = rng.random()
    if roll < 0.05:
        return ""
    if roll < 0.15 and day <= 12:
        month, day = day, month
    elif roll < 0.25:
        year += rng.choice([-1, 1])
    elif roll < 0.40:
        return str(year)
    style = rng.random()
    if style < 0.5:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if style < 0.8:
        return f"{day:02d}/{month:02d}/{year}"
    return f"{year}.{month}.{day}"


def claim_row(claim_id: str, person: Person, rng: random.Random) -> dict[str, str]:
    place = person.place
    birth_place = rng.choice([place[0], place[1], place[2], ""])
    if person.kind == "spouse":
        assert person.maiden is not None
        family_kana, given_kana = person.maiden[1].split("|")
        if rng.random() < 0.5:  # told by the maiden name, in romaji or in kanji
            if rng.random() < 0.6:
                family, given = _japanese_latin(family_kana, given_kana, rng)
            else:
                family, given = person.maiden[0], person.given
            other = ""
        else:  # told by the married (Korean) name, with the Japanese given name
            family, given = person.family, person.given
            other = rng.choice(["", person.aliases[0]])
    else:
        assert person.hangul is not None
        roll = rng.random()
        if roll < 0.4:
            family, given = person.hangul
        elif roll < 0.8:
            family, given = _korean_latin(person.hangul, rng)
        else:
            family, given = person.aliases[0].split()
        other = ""
        if rng.random() < 0.1:  # family and given swapped
            family, given = given, family
    return {
        "claim_id": claim_id,
        "family_name": family,
        "given_name": given,
        "other_names": other,
        "sex": person.sex if rng.random() < 0.9 else "",
        "birth_date": claim_date(person, rng),
        "birth_place": birth_place,
        "spouse_name": "",
        "departure_year": str(person.departure) if rng.random() < 0.3 else "",
    }


def generate(out: Path, *, registry_size: int, claims: int, seed: int) -> None:
    gen = Generator(seed)
    rng = gen.rng
    people: list[Person] = []
    while len(people) < registry_size:
        father = gen.former_resident("M")
        family = [father]
        if rng.random() < 0.4:
            family.append(gen.japanese_spouse(father))
        else:
            family.append(gen.former_resident("F"))
        if rng.random() < 0.6:
            base = rng.randint(max(father.year + 20, 1935), min(father.year + 40, 1975))
            for offset in range(rng.randint(1, 4)):  # siblings: a hard negative each
                family.append(gen.child(father, base + offset * rng.randint(1, 3)))
        if rng.random() < 0.05:  # a namesake born years apart
            twin = gen.former_resident("M")
            twin.family, twin.given, twin.hangul = father.family, father.given, father.hangul
            twin.year = father.year + rng.choice([-1, 1]) * rng.randint(4, 15)
            family.append(twin)
        people.extend(family)
    people = people[:registry_size]
    out.mkdir(parents=True, exist_ok=True)
    with (out / "registry.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(registry_row("R", people[0], rng)))
        writer.writeheader()
        for index, person in enumerate(people):
            writer.writerow(registry_row(f"R{index:07d}", person, rng))
    outsiders = Generator(seed + 1)
    truth: list[tuple[str, str]] = []
    with (out / "claims.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(claim_row("C", people[0], rng)))
        writer.writeheader()
        chosen = rng.sample(range(len(people)), int(claims * 0.85))
        for number in range(claims):
            claim_id = f"C{number:06d}"
            if number < len(chosen):
                person = people[chosen[number]]
                truth.append((claim_id, f"R{chosen[number]:07d}"))
            else:  # nobody in the registry
                person = outsiders.former_resident(rng.choice("MF"))
            writer.writerow(claim_row(claim_id, person, rng))
    with (out / "truth.csv").open("w", encoding="utf-8", newline="") as stream:
        writer_t = csv.writer(stream)
        writer_t.writerow(["claim_id", "record_id"])
        writer_t.writerows(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--registry", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, registry_size=args.registry, claims=args.claims, seed=args.seed)


if __name__ == "__main__":
    main()
