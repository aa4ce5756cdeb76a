"""A development set for the ways testimony differs from a manifest, written apart from
both evaluation sets: a bench/synthetic.py directory whose claims are retold.

    .venv/bin/python bench/synthetic.py /tmp/d20 --registry 20000 --claims 1000 --seed 21
    .venv/bin/python bench/testimony_dev.py /tmp/d20 /tmp/p20 --seed 3

Copies the registry and truth, and retells each claim (true or not) with this script's
own rates: the birth date as the lunar birthday's numbers, a year from a Korean age
(year only, one or two early), an era year off by one, or missing; the names swapped,
run together, or with a typing error; the birthplace as an undivided province, a
Japanese prefecture where the family lived, or missing. It is for diagnosis while the
model is changed; the evaluation sets (bench/synthetic.py seed 7, bench/testimony.py
seed 11) are measured only at the end.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
from pathlib import Path

from korean_lunar_calendar import KoreanLunarCalendar

from hogo.lib.dates import parse_date

UNDIVIDED = {
    "north-gyeongsang": "경상도",
    "south-gyeongsang": "Gyeongsang-do",
    "north-jeolla": "全羅道",
    "south-jeolla": "전라도",
    "north-chungcheong": "Chungcheong-do",
    "south-chungcheong": "충청도",
}
PREFECTURES = ["大阪府", "Osaka", "효고", "兵庫県", "Aichi", "山口県", "Fukuoka", "京都府", "도쿄"]
LETTERS = "aeioungkhmsj"


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3 or not word.isascii():
        return word
    at = rng.randrange(1, len(word))
    kind = rng.random()
    if kind < 0.4:
        return word[:at] + word[at + 1 :]
    if kind < 0.7:
        return word[:at] + rng.choice(LETTERS) + word[at:]
    return word[:at] + rng.choice(LETTERS) + word[at + 1 :]


def _date(rng: random.Random, text: str, calendar: KoreanLunarCalendar) -> str:
    try:
        date = parse_date(text, lenient=True)
    except ValueError:
        return text
    if date.year is None or date.month is None or date.day is None:
        return text
    roll = rng.random()
    if roll < 0.22 and calendar.setSolarDate(date.year, date.month, date.day):
        lunar = calendar.LunarIsoFormat().split(" ")[0]
        return lunar if rng.random() < 0.5 else lunar.replace("-", ".")
    if roll < 0.34:
        return str(date.year - rng.choice((1, 2)))  # a Korean age: one or two more
    if roll < 0.42:
        return f"{date.year + rng.choice((-1, 1))}-{date.month:02d}-{date.day:02d}"
    if roll < 0.52:
        return ""
    return text


def _place(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(PREFECTURES)
    if roll < 0.3:
        from hogo.lib.places import resolve_place

        place = resolve_place(text) if text else None
        return UNDIVIDED.get(place.province, text) if place else text
    if roll < 0.42:
        return ""
    return text


def retell(row: dict[str, str], rng: random.Random, calendar: KoreanLunarCalendar) -> None:
    row["birth_date"] = _date(rng, row["birth_date"], calendar)
    row["birth_place"] = _place(rng, row["birth_place"])
    family, given = row["family_name"], row["given_name"]
    roll = rng.random()
    if roll < 0.12 and family and given:
        row["family_name"], row["given_name"] = given, family
    elif roll < 0.2 and family and given:
        joined = family + given.replace("-", "").replace(" ", "").lower()
        if family.isascii():
            joined = joined.capitalize()
        row["family_name"], row["given_name"] = joined, ""
    elif roll < 0.4:
        if rng.random() < 0.5:
            row["given_name"] = _typo(rng, given)
        else:
            row["family_name"] = _typo(rng, family)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    calendar = KoreanLunarCalendar()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("registry.csv", "truth.csv"):
        shutil.copy(args.source / name, args.out / name)
    with (args.source / "claims.csv").open(encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        fields, rows = reader.fieldnames or [], list(reader)
    for row in rows:
        retell(row, rng, calendar)
    with (args.out / "claims.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
