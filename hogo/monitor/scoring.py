"""How closely an article describes one case: evidence points, each with its sentences.

No ORM here. :class:`CaseFacts` is what the matcher needs to know of a case
(built by ``hogo.monitor.selectors``); :func:`score` weighs what an article
says (``hogo.monitor.extract``) against it and explains every point.

An alert needs an *anchor*: the person's name, or an age that fits their birth
date. Facts shared by hundreds of cases (a departure in 1959, custody in
Jilin) raise the score of an anchored match but never make one on their own,
so an article about the programme in general matches nobody. Facts that
contradict the case (a wrong age, a western prefecture for an eastern
birthplace) take points away.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from hogo.lib.cities import cities_in, city_table
from hogo.lib.dates import birth_year_range_from_age
from hogo.lib.names import (
    KOREAN_DOUBLE_SURNAMES,
    given_name_readings,
    japanese_readings_of_hangul,
    kana_to_romaji,
    normalize_latin,
    search_keys,
)
from hogo.lib.places import FOREIGN_PLACE_PROVINCE, JAPAN_REGIONS, resolve_place
from hogo.lib.scripts import Script, detect_script
from hogo.monitor.extract import (
    Extraction,
    Fact,
    extract,
    places_of,
    prefecture_of,
    regions_abroad_of,
    regions_of,
)

THRESHOLD = 7.0

WEIGHTS: dict[str, float] = {
    "name": 6.0,
    "member_name": 3.0,
    # The article gives its subject's family name and no more (박모 씨, "surnamed Ko"):
    # shared by many more people than a full name, and by one in five for Kim or Lee.
    "family_name": 2.5,
    # The article names its subject in full, and not as anyone on the case.
    "name_conflict": -4.0,
    "age": 3.0,
    # Without a publication date an age is judged at the case's latest timeline date,
    # which may be years from when the article was written: it counts for less.
    "age_undated": 2.5,
    "age_near": 1.5,
    "age_conflict": -4.0,
    "birth_year": 3.0,
    "birth_year_conflict": -4.0,
    "age_range": 2.0,
    "age_range_conflict": -3.0,
    "departure_year": 2.0,
    # 1960: more than half of the 93,000 who went to the North sailed that year (49,000).
    # Beside an age given only as a decade ("in her 80s"), which that year nearly implies
    # for anyone who went as an adult, the two tell less than a year of few ships would.
    "departure_year_peak": 1.5,
    "departure_conflict": -1.5,
    "home_region": 1.5,
    "home_conflict": -1.5,
    "custody_place": 1.5,
    # Held or sheltered in a country few are held in (Mongolia, Thailand), no place named.
    "custody_country": 1.0,
    "custodian": 1.0,
    "residence": 1.0,
    "month": 0.5,
    "relation": 0.5,
    "relation_conflict": -1.0,
    "broker": 1.0,
    "category": 1.0,
    "category_conflict": -2.0,
    "sex_conflict": -1.0,
    "direction_conflict": -4.0,
}
# The years in which most of those who went to the North sailed (see departure_year_peak).
PEAK_DEPARTURE_YEARS = frozenset({1960})
ANCHORS = frozenset({"name", "member_name", "age", "birth_year", "age_range"})

# Custody and refuge count only when the case's event is this close before the article.
CUSTODY_WINDOW_DAYS = 3 * 365
# Roles in which a place says where the person was held or sheltered (or the sentence does
# not say): never an airport, the city she flew from, her home or where she lives now.
_HELD_ROLES = frozenset({"custody", "refuge", ""})
# Custodians who hold or shelter someone, as against the person's own stay or work.
_HELD_BY = frozenset(
    {"host_security", "host_police", "diplomatic_mission", "ngo_safe_house", "broker"}
)
# A place in a clause about the subject's parent ("parent") is the parent's, not theirs.
_HOME_ROLES = frozenset({"home", ""})
# Reports say "Chinese authorities" of the police and of state security alike.
_HOST_AUTHORITIES = frozenset({"host_security", "host_police"})


_SUMMARY_YEAR = re.compile(r"went to North Korea in (\d{4})|left Japan in (\d{4})", re.IGNORECASE)


def departure_years_in(summary: str) -> set[int]:
    """Years of departure a case summary states ("went to North Korea in 1961")."""
    return {int(m.group(1) or m.group(2)) for m in _SUMMARY_YEAR.finditer(summary)}


_RELATION_KEYS = {
    "son": "child",
    "daughter": "child",
    "children": "child",
    "mother": "parent",
    "father": "parent",
    "husband": "spouse",
    "wife": "spouse",
    "brother": "sibling",
    "sister": "sibling",
    "grandmother": "grandparent",
    "grandfather": "grandparent",
}


_PARENTS = frozenset({"mother", "father"})


def relation_keys(relations: set[str] | frozenset[str]) -> frozenset[str]:
    """A case's relations as articles name them: a mother is also a parent, a son a child."""
    keys = {relation.strip().lower() for relation in relations if relation.strip()}
    return frozenset(keys | {_RELATION_KEYS[key] for key in keys if key in _RELATION_KEYS})


@dataclass(frozen=True)
class NameFacts:
    family: str
    given: str
    relation: str  # "" for the protected person, else their relation (husband, child…)


@dataclass(frozen=True)
class EventFacts:
    occurred_on: date
    kind: str
    country: str = ""
    region: str = ""
    custodian: str = ""
    decision: str = ""


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    sex: str
    birth_date: date | None
    birth_precision: str
    birthplace: str
    category: str
    names: tuple[NameFacts, ...]
    events: tuple[EventFacts, ...]
    departure_years: frozenset[int] = frozenset()
    relations: frozenset[str] = frozenset()

    @property
    def reference_date(self) -> date | None:
        dated = [event.occurred_on for event in self.events]
        return max(dated) if dated else None


@dataclass(frozen=True)
class Evidence:
    rule: str
    points: float
    detail: str  # the case fact touched, in words
    sentences: tuple[int, ...]
    # The facts of `detail`, so that a page can tell it in the reader's language
    # (hogo.monitor.explain); codes (a custodian, a category) stay codes here.
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Match:
    case_id: int
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(item.points for item in self.evidence), 2)

    @property
    def anchored(self) -> bool:
        return any(item.rule in ANCHORS for item in self.evidence)

    @property
    def alerts(self) -> bool:
        return self.anchored and self.score >= THRESHOLD

    @property
    def sentences(self) -> list[int]:
        return sorted(
            {index for item in self.evidence if item.points > 0 for index in item.sentences}
        )


@functools.lru_cache(maxsize=20_000)
def _keys(text: str) -> frozenset[str]:
    # Korean reports write Japanese names in hangul (나카무라 도시코 for 中村 敏子): their
    # Japanese readings meet the kanji name's.
    if not text:
        return frozenset()
    keys = search_keys(text) | japanese_readings_of_hangul(text)
    popular = _popular_korean(text)
    return keys | search_keys(popular) if popular != text else keys


def _popular_korean(text: str) -> str:
    """A Korean name in Latin letters as the popular spellings write it, read back: ㅓ as
    u (Myung, Sung, Hyun: 명 성 현), ㅕㅇ as "young" (Hye-young: 혜영), ㅜ as oo (Sook,
    Soon, Yoon: 숙 순 윤), 희 as hee (Myung-hee). The result is an extra reading, beside
    the text's own."""
    if _script_class(text) != "latin":
        return text
    text = _POPULAR_EO.sub("o", text)
    text = _POPULAR_OO.sub("u", _POPULAR_OU.sub("o", text))
    return _POPULAR_HEE.sub(r"\1ui", text)


_POPULAR_EO = re.compile(r"(?<![aeiouAEIOU])u(?=ng|n|l)")
_POPULAR_OU = re.compile(r"ou(?=ng)")
_POPULAR_OO = re.compile(r"oo")
_POPULAR_HEE = re.compile(r"([Hh])ee\b")


def _latin_pairs(extraction: Extraction) -> list[tuple[frozenset[str], frozenset[str], int]]:
    pairs = []
    for text, index in extraction.names:
        words = text.replace("・", " ").split()
        splits = list(itertools.pairwise(words))
        # A three-word name is a family name and a two-syllable given name (Kim Jong Il).
        splits += [("".join(words[:i]), "".join(words[i:])) for i in range(1, len(words))]
        # A Korean name in hangul is written unspaced (현정일): its family name first.
        splits += [split for word in words if (split := _hangul_split(word))]
        for first, second in splits:
            pairs.append((_keys(first), _keys(second), index))
    return pairs


def _hangul_split(word: str) -> tuple[str, str] | None:
    """현정일 → (현, 정일), 남궁민수 → (남궁, 민수), 박도시코 → (박, 도시코); None for
    anything else.

    A Japanese wife is often written under her husband's Korean family name and her own
    Japanese given name, unspaced (박도시코, 김하나코): four syllables, the last 코 (-ko).
    Other four-syllable words are left whole: 나카무라, 고바야시, 이노우에 are Japanese
    family names that begin with a syllable Korean family names share.
    """
    if _script_class(word) != "hangul" or len(word) not in (3, 4):
        return None
    if word[:2] in KOREAN_DOUBLE_SURNAMES:
        return (word[:2], word[2:])
    if len(word) == 4 and word[0] in _KOREAN_FAMILY_SYLLABLES and word[-1] in "코꼬":
        return (word[0], word[1:])
    return (word[0], word[1:]) if len(word) == 3 else None


# The commonest one-syllable Korean family names (김 이 박 최 …), for a married name.
_KOREAN_FAMILY_SYLLABLES = frozenset(
    "김이리박최정강조윤장임림한오서신권황안송류유전홍고문양손배백허노로남심"
)


def _name_sentences(
    name: NameFacts, extraction: Extraction, pairs: list[tuple[frozenset[str], frozenset[str], int]]
) -> list[int]:
    if not name.family or not name.given:
        return []
    joined = {
        name.family + name.given,
        f"{name.family} {name.given}",
        f"{name.family}・{name.given}",
    }
    found = [i for i, s in enumerate(extraction.sentences) if any(form in s for form in joined)]
    # A given name's dictionary readings (光子: Mitsuko, 미쓰코) count only beside the
    # family name, as every pair here does.
    family, given = _keys(name.family), _keys(name.given) | given_name_readings(name.given)
    for first, second, index in pairs:
        if (first & family and second & given) or (first & given and second & family):
            found.append(index)
    return sorted(set(found))


def _names(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    pairs = _latin_pairs(extraction)
    found: dict[str, Evidence] = {}
    for name in case.names:
        sentences = _name_sentences(name, extraction, pairs)
        if not sentences:
            continue
        rule = "member_name" if name.relation else "name"
        who = f"{name.relation}: " if name.relation else ""
        found.setdefault(
            rule,
            Evidence(
                rule,
                WEIGHTS[rule],
                f"{who}{name.family} {name.given}",
                tuple(sentences),
                {"name": f"{name.family} {name.given}", "relation": name.relation},
            ),
        )
    return list(found.values())


_SCRIPT_CLASS = {
    Script.KANJI: "han",
    Script.HIRAGANA: "kana",
    Script.KATAKANA: "kana",
    Script.HANGUL: "hangul",
    Script.LATIN: "latin",
}


def _script_class(text: str) -> str:
    return _SCRIPT_CLASS.get(detect_script(text), "") if text else ""


@functools.lru_cache(maxsize=20_000)
def _spoken(word: str) -> frozenset[str]:
    """How a word in kana, Latin letters or hangul sounds as romaji (a Japanese name in
    hangul by the Korean rules for writing Japanese)."""
    script = _script_class(word)
    if script == "latin":
        return frozenset({normalize_latin(word)})
    if script == "kana":
        return frozenset({kana_to_romaji(word)})
    if script == "hangul":
        return frozenset(japanese_readings_of_hangul(word))
    return frozenset()


def _part_meets(part: str, family: str, written: str) -> bool | None:
    """Whether a part of a case's name (`family` is the family name) is the one an
    article writes, or None where the two cannot be compared reliably.

    Kanji against kanji and hangul against hangul compare as written (a family name
    first, the given name after it; a family name alone says nothing of the given
    name); kana and Latin letters against kana, Latin or hangul compare by sound, when
    the article writes two words. Kanji against any other script has too many readings
    (光子: Mitsuko, Teruko …) to tell a different name, so it is never compared.
    """
    words = written.replace("・", " ").split()
    compact = "".join(words)
    script, article = _script_class(part), _script_class(compact)
    if mixed := _KANJI_THEN_KANA.fullmatch(compact):
        # 小野寺フサ: a family name in kanji, the given name in kana.
        if script == "han" and part == family:
            return part == mixed.group(1)
        if script == "kana" and part != family:
            return bool(_spoken(part) & _spoken(mixed.group(2)))
        return None
    if script in ("han", "hangul"):
        if article != script:
            return None
        if part == family:
            return compact.startswith(part)
        rest = compact.removeprefix(family) if family and compact.startswith(family) else ""
        return (part == rest) if rest else None
    if script == "latin" and not _HEPBURN.fullmatch(normalize_latin(part)):
        # A Korean name in Latin letters has too many spellings (Yong-su, Young Soo).
        return None
    if script in ("kana", "latin") and article in ("kana", "latin", "hangul") and len(words) >= 2:
        joined = [a + b for a, b in itertools.pairwise(words)]
        return any(_spoken(part) & _spoken(word) for word in [*words, *joined])
    return None


_KANJI_THEN_KANA = re.compile(r"([一-龥々]+)([ぁ-んァ-ヶー]+)")


# A name in Latin letters that reads as Hepburn romaji, syllable by syllable (Haruko,
# Sasaki, Shinichi); Kim, Yong-su and Young are not.
_HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmrwf]|sh|ch|ts|j)?y?[aiueo]|n)+")


_SPOKEN = ("kana", "latin", "hangul")


def _read_meets(part: str, *, given: bool, written: str) -> bool | None:
    """Whether a kanji part of a case's name is read as any word of a name the article
    writes in kana, Latin letters or hangul (上田: Ueda, 우에다; 玄: Hyon, 현; 明姫:
    Myong Hui, 명희), or None where the article does not write a full name.

    A kanji name has many readings, so a reading that meets says little; one that meets
    none of the article's words is worth something only when the other part of the name
    meets none either (see ``_name_conflict``).
    """
    words = written.replace("・", " ").split()
    compact = "".join(words)
    written_in = _script_class(compact)
    if detect_script(part) not in (Script.KANJI, Script.MIXED) or written_in not in _SPOKEN:
        return None
    if len(words) < 2 and not _hangul_split(compact):
        return None  # 이 씨, Pak: a family name alone says nothing of the given name
    joined = [a + b for a, b in itertools.pairwise(words)]
    spoken = [*words, *joined, *(_hangul_split(compact) or ())]
    readings = _keys(part) | (given_name_readings(part) if given else frozenset())
    return any(readings & _keys(word) for word in spoken)


def _meets(name: NameFacts, written: str) -> bool | None:
    """Whether a name on the case may be the name the article writes: True where a part
    of it meets the writing, False where it differs, None where nothing can be compared.

    Written in the same script (or by sound), one part that differs tells a different
    person; read across scripts, only a family name and a given name that both meet
    none of the article's words do. A family name alone in another script (가토 씨,
    Mr. Kato against 加藤 正治) says nothing either way.
    """
    parts = [(name.family, False), (name.given, True)]
    same = [_part_meets(p, name.family, written) for p, _given in parts if p]
    if False in same:
        return False
    read = [_read_meets(p, given=given, written=written) for p, given in parts if p]
    # A Korean family name (one hanja or hangul syllable: 朴, 박) does not change with
    # marriage: read across scripts, a given name that meets under another family name
    # (Ri Song Chol against 朴成哲) is another man's.
    korean_family = len(name.family) == 1 and _script_class(name.family) != "latin"
    if korean_family and not any(same) and read == [False, True]:
        return False
    if True in same or True in read:
        return True
    if len(read) == 2 and read == [False, False]:
        return False
    return None


def _written_meets(names: list[NameFacts], written: str) -> bool | None:
    """One writing of the subject's name against every name on the case (maiden, married,
    alias, a relative's): True if any meets, False if every one differs or every one of
    the person's own differs, None if any cannot be told."""
    verdicts = [_meets(name, written) for name in names]
    # 姜成男 and 강성남 on one case are one name in two scripts: where the article's
    # kanji differs from the one, the hangul reading of it cannot make it meet.
    verdicts = [
        False
        if verdict is None
        and any(other is False and _same_name(name, names[i]) for i, other in enumerate(verdicts))
        else verdict
        for name, verdict in zip(names, verdicts, strict=True)
    ]
    if True in verdicts:
        return True
    # A relative's name on the case (a grandmother's, a husband's) counts only where it
    # meets: the article may be about that relative. One that cannot be compared (青木 キヨ
    # against 한송이, a kana given name against a hangul name written unspaced) does not
    # hide that every name of the person herself differs.
    own = [v for name, v in zip(names, verdicts, strict=True) if not name.relation]
    if own and False in own and None not in own:
        return False
    return None if None in verdicts else False


def _same_name(one: NameFacts, other: NameFacts) -> bool:
    """One person's name written in two scripts: each part of one reads as the other's."""
    if one.relation != other.relation or _script_class(one.family) == _script_class(other.family):
        return False
    parts = ((one.family, other.family), (one.given, other.given))
    return all(a and b and _keys(a) & _keys(b) for a, b in parts)


def _name_conflict(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    """The article names its subject in full, and the name is no one's on the case.

    Only names that clearly name the subject count (``extract`` keeps a relative's or
    an official's apart), and only where a part of a name on the case can be compared
    with the article's writing of it (see ``_part_meets`` and ``_read_meets``). A later
    mention by the family name alone (가토 마사하루 … 가토 씨) cannot be compared with a
    name in another script, so it neither meets the case nor lifts the conflict the full
    name makes.
    """
    names = [name for name in case.names if name.family or name.given]
    if not names or not extraction.subject_names:
        return []
    verdicts = [(_written_meets(names, w), w) for w, _index in extraction.subject_names]
    if any(verdict for verdict, _w in verdicts):
        return []
    differing = [w for verdict, w in verdicts if verdict is False]
    if not differing:
        return []
    written = differing[0]
    detail = f"the article names {written}, not anyone on the case"
    params = {"name": written}
    return [Evidence("name_conflict", WEIGHTS["name_conflict"], detail, (), params)]


def _age(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    """The subject's age, birth year or decade of age against the birth date.

    A relative's age and the age range of a group are not the subject's and are
    never read here (``extract`` keeps them apart).
    """
    on = published or case.reference_date
    if case.birth_date is None or on is None:
        return []
    born = case.birth_date.year
    found: list[Evidence] = []
    ages = extraction.of("age")
    if ages:
        points = WEIGHTS["age"] if published else WEIGHTS["age_undated"]
        when = (
            "publication" if published else "the case's latest timeline date (no publication date)"
        )
        fitting = [
            f for f in ages if born in range(*_widen(int(f.value), on, case.birth_precision))
        ]
        exact = [f for f in fitting if born in range(*_widen(int(f.value), on, "day"))]
        if exact:
            detail = f"age {exact[0].value} fits birth year {born} at {when} ({on.isoformat()})"
            params = {
                "age": str(exact[0].value),
                "born": str(born),
                "on": on.isoformat(),
                "when": "publication" if published else "timeline",
            }
            found.append(Evidence("age", points, detail, _idx(exact), params))
        elif fitting:
            # Reports round ages, so a year off still anchors, but less than a fit.
            detail = f"age {fitting[0].value} is a year off birth year {born} at {on.isoformat()}"
            found.append(Evidence("age", WEIGHTS["age_near"], detail, _idx(fitting)))
        elif published is None and any(_fits_since(int(f.value), born, on) for f in ages):
            # No date, and the case's last timeline date is years ago: the article may be
            # of any day since, so an age that fits some such day is held neither way.
            pass
        else:
            detail = f"stated age {ages[0].value} does not fit birth year {born}"
            params = {"age": str(ages[0].value), "born": str(born)}
            found.append(Evidence("age_conflict", WEIGHTS["age_conflict"], detail, (), params))
    births = extraction.of("birth_year")
    # "Born in 1968, the 57-year-old …": an age and a birth year of the same person are one
    # piece of evidence about when they were born, not two.
    if births and any(item.rule == "age" and item.points > 0 for item in found):
        births = [f for f in births if abs(int(f.value) - born) > 1]
    elif births and any(item.rule == "age_conflict" for item in found):
        births = [f for f in births if abs(int(f.value) - born) <= 1]
    if births:
        fitting = [f for f in births if abs(int(f.value) - born) <= 1]
        if fitting:
            detail = f"born in {fitting[0].value}"
            found.append(Evidence("birth_year", WEIGHTS["birth_year"], detail, _idx(fitting)))
        else:
            detail = f"stated birth year {births[0].value} is not {born}"
            found.append(
                Evidence("birth_year_conflict", WEIGHTS["birth_year_conflict"], detail, ())
            )
    ranges = extraction.of("age_range")
    if ranges and not ages and not births:
        age_then = on.year - born
        fitting = [f for f in ranges if _in_range(age_then, f.value, slack=1)]
        if fitting:
            detail = f"aged {fitting[0].value.replace('-', ' to ')}: {age_then} at {on.isoformat()}"
            found.append(Evidence("age_range", WEIGHTS["age_range"], detail, _idx(fitting)))
        elif published is None:
            # "Now in his late 70s" with no date: the age is of a day the article does not
            # give, so it is not held against the case's last timeline date.
            pass
        else:
            detail = (
                f"stated ages {ranges[0].value.replace('-', ' to ')} do not fit birth year {born}"
            )
            found.append(Evidence("age_range_conflict", WEIGHTS["age_range_conflict"], detail, ()))
    return found


def _fits_since(age: int, born: int, since: date) -> bool:
    """Whether someone born in `born` is `age` on some day from `since` to today."""
    return since.year - age - 2 <= born <= date.today().year - age + 1


def _in_range(value: int, text: str, *, slack: int = 0) -> bool:
    low, high = (int(part) for part in text.split("-"))
    return low - slack <= value <= high + slack


def _widen(age: int, on: date, precision: str) -> tuple[int, int]:
    low, high = birth_year_range_from_age(age, on)
    # A birth date recorded as a year only is still one year; reports round ages.
    return (low - (1 if precision == "year" else 0), high + 1)


def _departure(
    case: CaseFacts, extraction: Extraction, published: date | None, *, decade_only: bool = False
) -> list[Evidence]:
    """The year of departure, stated or counted back from the publication date.

    "For the first time in 44 years" (44年ぶり) on coming back to Japan means she
    left 44 years before the article; "46 years there" means she lived 46 years in
    the North before fleeing, shortly before the article.
    """
    if not case.departure_years:
        return []
    stated = [(f, {int(f.value)}) for f in extraction.of("departure_year")]
    # A decade meets every year in it, and as a vaguer word weighs as a year of many ships.
    decades = [
        (f, set(range(int(f.value), int(f.value) + 10))) for f in extraction.of("departure_decade")
    ]
    stated += decades
    if case.birth_date is not None:
        # "He was 26 when he sailed": the case's birth year and that age, a year either way
        # (a birth date recorded as a year, an age at a month not said).
        born = case.birth_date.year
        stated += [
            (f, {born + int(f.value) + d for d in (-1, 0, 1)})
            for f in extraction.of("departure_age")
        ]
    if published is not None:
        year = published.year
        stated += [
            (f, {year - int(f.value) + d for d in (-1, 0, 1)})
            for f in extraction.of("years_since_departure")
        ]
        stated += [
            (f, {year - int(f.value) + d for d in range(-4, 2)})
            for f in extraction.of("years_in_north")
        ]
        # "half a century ago", "five decades ago": a round number, a few years either way.
        stated += [
            (f, {year - int(f.value) + d for d in range(-4, 5)})
            for f in extraction.of("years_since_departure_about")
        ]
    if not stated:
        return []
    hits = [f for f, years in stated if years & case.departure_years]
    if hits:
        left = sorted(case.departure_years)[0]
        detail = f"left for North Korea in {left}"
        params = {"year": str(left)}
        met = set().union(*(years & case.departure_years for _, years in stated))
        peak = decade_only and met <= PEAK_DEPARTURE_YEARS
        peak = peak or all(f.kind == "departure_decade" for f in hits)
        weight = WEIGHTS["departure_year_peak" if peak else "departure_year"]
        return [Evidence("departure_year", weight, detail, _idx(hits), params)]
    years = ", ".join(str(y) for y in sorted(case.departure_years))
    detail = f"the article's year of departure is not the case's ({years})"
    params = {"years": years}
    return [Evidence("departure_conflict", WEIGHTS["departure_conflict"], detail, (), params)]


def _idx(facts: list[Fact]) -> tuple[int, ...]:
    return tuple(sorted({fact.sentence for fact in facts}))


def _home(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    stated = [
        f for f in extraction.of("region") + extraction.of("prefecture") if f.role in _HOME_ROLES
    ]
    # A city of North Korea given as where the person was born or grew up (清津, Hyesan).
    provinces = [f for f in extraction.of("korea_province") if f.role == "home"]
    if not (stated or provinces) or not case.birthplace:
        return []
    recorded = regions_of(case.birthplace)
    prefecture = prefecture_of(case.birthplace)
    hits = []
    for fact in stated:
        if (fact.kind == "prefecture" and fact.value == prefecture) or (
            fact.kind == "region"
            and (fact.value in recorded or f"half:{_half(fact.value)}" in recorded)
        ):
            hits.append(fact)
    born_in = _korean_provinces(case.birthplace)
    same_province = [f for f in provinces if f.value in born_in]
    hits += [f for f in same_province if not _other_korean_city(case, f, extraction)]
    if same_province and not hits:
        # 咸興生まれ against a birthplace of 新浦: another city of the same province.
        return []
    if hits and _other_home_city(case.birthplace, prefecture, extraction):
        # 浜松市の出身 against a birthplace of 静岡市: the same prefecture, but the article
        # names another city of it; the prefecture alone says nothing for this case.
        return []
    if hits:
        detail = f"home region matches birthplace {case.birthplace}"
        params = {"birthplace": case.birthplace}
        return [Evidence("home_region", WEIGHTS["home_region"], detail, _idx(hits), params)]
    detail = f"the article's home region does not fit birthplace {case.birthplace}"
    params = {"birthplace": case.birthplace}
    return [Evidence("home_conflict", WEIGHTS["home_conflict"], detail, (), params)]


@functools.lru_cache(maxsize=1024)
def _recorded_cities(birthplace: str) -> frozenset[str]:
    """The cities of Japan a recorded birthplace names (静岡県浜松市 → hamamatsu)."""
    # Not the prefecture's own name: 福岡県 names no city.
    rest = re.sub(
        r"^[^\s、,]{1,4}?[都道府県]|\b[A-Z][a-z]+(?: |-)(?:Prefecture|ken)\b", " ", birthplace
    )
    return frozenset(m.city.key for m in cities_in(rest) if m.city.country == "JP")


def _other_home_city(birthplace: str, prefecture: str | None, extraction: Extraction) -> bool:
    """Whether the article gives as home a city of the case's prefecture other than its own."""
    recorded = _recorded_cities(birthplace)
    if not recorded or not prefecture:
        return False
    table = city_table().latin
    said = set()
    for fact in extraction.of("city"):
        city = table.get(fact.value)
        if fact.role == "home" and city and city.country == "JP" and city.province == prefecture:
            said.add(fact.value)
    return bool(said) and not said & recorded


def _other_korean_city(case: CaseFacts, province: Fact, extraction: Extraction) -> bool:
    """Whether the article gives as birthplace a city of North Korea in the province of the
    case's own city but not that city (咸興生まれ against a birthplace of 新浦, both in
    South Hamgyong): the province alone says nothing for this case, as with Japan's cities."""
    recorded = _recorded_korean_cities(case.birthplace)
    if not recorded:
        return False
    table = city_table().latin
    said = set()
    for fact in extraction.of("city"):
        city = table.get(fact.value)
        if (
            fact.role == "home"
            and city
            and city.country == "KP"
            and city.province == province.value
        ):
            said.add(fact.value)
    return bool(said) and not said & recorded


@functools.lru_cache(maxsize=1024)
def _recorded_korean_cities(birthplace: str) -> frozenset[str]:
    """The cities of North Korea a recorded birthplace names (咸鏡南道新浦 → sinpo)."""
    return frozenset(m.city.key for m in cities_in(birthplace) if m.city.country == "KP")


@functools.lru_cache(maxsize=1024)
def _korean_provinces(birthplace: str) -> frozenset[str]:
    """The provinces of North Korea a recorded birthplace lies in (開城 as well as 黄海北道)."""
    found = {f.value for f in extract(birthplace).of("korea_province")}
    province = resolve_place(birthplace).province
    return frozenset(found | ({province} if province else set()))


def _residence(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    """Where the article says the person lives now, against where the case records them in Japan.

    Only a place in the role of residence counts ("now lives in Saitama", 東京で暮らす,
    사이타마현에 살며), only against the case's own places in Japan up to the article's
    date; it never counts against a case (a person may have moved since).
    """
    on = published or case.reference_date
    living = [
        e.region
        for e in case.events
        if e.country == "JP" and e.region and (on is None or e.occurred_on <= on)
    ]
    stated = [
        f for f in extraction.of("prefecture") + extraction.of("place") if f.role == "residence"
    ]
    if not living or not stated:
        return []
    prefectures = {prefecture_of(region) for region in living} - {""}
    places = set().union(*(places_of(region) for region in living))
    hits = [
        f
        for f in stated
        if (f.kind == "prefecture" and f.value in prefectures)
        or (f.kind == "place" and f.value in places)
    ]
    if not hits:
        return []
    detail = f"lives in {hits[0].value.title()}, as the case records"
    params = {"place": hits[0].value.title()}
    return [Evidence("residence", WEIGHTS["residence"], detail, _idx(hits), params)]


def _half(region_key: str) -> str:
    return JAPAN_REGIONS[region_key][0] if region_key in JAPAN_REGIONS else ""


def _near(case: CaseFacts, on: date | None, extraction: Extraction) -> list[EventFacts]:
    """The case's events the article can be reporting as custody or refuge.

    When the article says when someone was held ("held in Hunchun in 2016",
    2016年に…拘束, 지난해 구금), the events of those years (±1: a winter spans two);
    otherwise the events of the years up to the article.
    """
    if on is None:
        return list(case.events)
    years = {int(f.value) for f in extraction.of("held_year")}
    years |= {on.year - int(f.value) for f in extraction.of("held_years_ago")}
    before = [e for e in case.events if e.occurred_on <= on]
    if years:
        return [e for e in before if any(abs(e.occurred_on.year - y) <= 1 for y in years)]
    # Held this month, last month, on a day of the month: that month or the one before it
    # (a stay that began late in the month before).
    months = {
        _month_back(on, f)
        for f in extraction.of("held_months_back") + extraction.of("held_day_alone")
    }
    months |= {(y - 1, 12) if m == 1 else (y, m - 1) for y, m in months}
    # Held since an escape last month ("detaining a man who crossed last month"): that month
    # up to the article's.
    for fact in extraction.of("held_since_months_back"):
        year, month = _month_back(on, fact)
        while (year, month) <= (on.year, on.month):
            months.add((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if months:
        return [e for e in before if (e.occurred_on.year, e.occurred_on.month) in months]
    return [e for e in before if (on - e.occurred_on).days <= CUSTODY_WINDOW_DAYS]


def _custody(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    found: list[Evidence] = []
    events = _near(case, published or case.reference_date, extraction)
    recorded_places = set().union(*(places_of(e.region) for e in events if e.region))
    # Held in Vladivostok is held in Russia's Far East; a place someone only lived or
    # worked in is not widened so.
    recorded_places |= set().union(
        *(regions_abroad_of(e.region) for e in events if e.region and e.custodian in _HELD_BY)
    )
    held_in = [f for f in extraction.of("place") if f.role in _HELD_ROLES]
    hits = [f for f in held_in if f.value in recorded_places]
    if hits and _other_held_city(recorded_places, held_in):
        # Held in Tumen, Jilin against a case held in Hunchun, Jilin: the same province,
        # but the article names another city of it; the province alone says nothing here.
        hits = []
    if hits:
        detail = f"held or seen in {hits[0].value.title()}"
        params = {"place": hits[0].value.title()}
        found.append(
            Evidence("custody_place", WEIGHTS["custody_place"], detail, _idx(hits), params)
        )
    else:
        found += _custody_country(events, extraction)
    custodians = {e.custodian for e in events if e.custodian}
    # "Chinese authorities" may be the police or state security; "state security" by name
    # is not the police, nor "police" state security.
    either = custodians | (_HOST_AUTHORITIES if custodians & _HOST_AUTHORITIES else set())
    held = [
        f
        for f in extraction.of("custodian")
        if f.value in (custodians if f.role == "named" else either) and f.value != "broker"
    ]
    if held:
        detail = f"custodian on the timeline: {held[0].value}"
        params = {"custodian": held[0].value}
        found.append(Evidence("custodian", WEIGHTS["custodian"], detail, _idx(held), params))
    broker_events = [e for e in events if e.kind == "broker"]
    broker = extraction.of("broker")
    if broker and broker_events:
        refused = any(e.decision == "refused" for e in broker_events)
        fits = [f for f in broker if f.value == "demand" or (f.value == "refused" and refused)]
        if fits:
            detail = "a broker's demand is on the timeline" + (" (refused)" if refused else "")
            params = {"refused": "yes" if refused else ""}
            found.append(Evidence("broker", WEIGHTS["broker"], detail, _idx(fits), params))
    return found


# Places abroad that are not one city: a province's prefecture holds several of its cities.
_AREAS_ABROAD = frozenset({"yanbian"})


def _other_held_city(recorded: set[str], held_in: list[Fact]) -> bool:
    """Whether the article gives as the place of custody a city abroad in the province of a
    city the case records, but not that city (a province alone still meets every city)."""
    cities = {p for p in recorded if p in FOREIGN_PLACE_PROVINCE and p not in _AREAS_ABROAD}
    said = {
        f.value
        for f in held_in
        if f.value in FOREIGN_PLACE_PROVINCE and f.value not in _AREAS_ABROAD
    }
    provinces = {FOREIGN_PLACE_PROVINCE[c] for c in cities}
    return (
        bool(cities)
        and not said & cities
        and any(FOREIGN_PLACE_PROVINCE[c] in provinces for c in said)
    )


# Most people who leave the North are held in China: "held in China" tells one case from
# another no more than "left the North" does. North Korea, Japan and South Korea are where
# people come from or go to, not where a case records them held.
_UNTELLING_COUNTRIES = frozenset({"CN", "KP", "JP", "KR"})


def _custody_country(events: list[EventFacts], extraction: Extraction) -> list[Evidence]:
    """The country of a sentence of custody or refuge ("Japan's embassy in Mongolia",
    モンゴルの日本大使館で保護, 태국 이민국 수용소에) against the country a case records
    someone held or sheltered in, when the article names no place there that meets."""
    held_in = {e.country for e in events if e.custodian and e.custodian != "self"}
    held_in -= _UNTELLING_COUNTRIES
    if not held_in:
        return []
    held_sentences = {
        f.sentence
        for f in extraction.facts
        if f.kind == "custody_event" or (f.kind == "custodian" and f.value != "broker")
    }
    hits = [
        f for f in extraction.of("country") if f.sentence in held_sentences and f.value in held_in
    ]
    if not hits:
        return []
    detail = f"held or sheltered in the country the case records ({hits[0].value})"
    params = {"country": hits[0].value}
    return [Evidence("custody_country", WEIGHTS["custody_country"], detail, _idx(hits), params)]


def _family_name(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    """The article gives its subject's family name alone (고모 씨, 朴某さん, "surnamed Ko",
    "gave her surname as Ko"), and it is the family name of the person on the case.

    Only where every name of the subject is a family name alone: a full name is weighed
    whole (``_names``, ``_name_conflict``), and its family name says nothing more.
    """
    written = [w for w, _index in extraction.subject_names]
    if not written or not all(_family_alone(w) for w in written):
        return []
    own = [name.family for name in case.names if name.family and not name.relation]
    for family in own:
        for word, index in extraction.subject_names:
            # Read across scripts only from Latin letters or hangul, where one word is
            # a family name (Ko, 고); 張英哲 in kanji may be a full name that merely
            # begins with one (it reads チョウ too).
            written_in = _script_class(word)
            read = written_in in ("latin", "hangul") and written_in != _script_class(family)
            if word == family or (read and _keys(word) & _keys(family)):
                detail = f"family name {family}, the given name not stated"
                params = {"name": family}
                return [Evidence("family_name", WEIGHTS["family_name"], detail, (index,), params)]
    return []


def _family_alone(written: str) -> bool:
    """A name of one word that is not a Korean full name written unspaced (고, 가토, Ko,
    山口; not 고순자). A kanji name of two or three characters may be either (山口, 高順子):
    it is a family name alone only where it is one on the case (``_family_name``)."""
    return len(written.replace("・", " ").split()) == 1 and not _hangul_split(written)


def _month(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    on = published or case.reference_date
    if on is None:
        return []
    recent = {e.occurred_on.month for e in case.events if 0 <= (on - e.occurred_on).days <= 450}
    hits = [f for f in extraction.of("month") if int(f.value) in recent]
    if published is not None:
        # This month, last month, a day of the month alone: resolved against the article's
        # own date only, never a case's.
        months = {(e.occurred_on.year, e.occurred_on.month) for e in case.events}
        months = {m for m in months if m <= (published.year, published.month)}
        hits += [
            f
            for f in extraction.of("months_back") + extraction.of("day_alone")
            if _month_back(published, f) in months
        ]
    if not hits:
        return []
    detail = f"a timeline entry in month {hits[0].value} of the year before {on.isoformat()}"
    return [Evidence("month", WEIGHTS["month"], detail, _idx(hits))]


def _month_back(published: date, fact: Fact) -> tuple[int, int]:
    """The (year, month) a relative month or a day alone stands for on ``published``."""
    if fact.kind in ("months_back", "held_months_back", "held_since_months_back"):
        back = int(fact.value)
    else:
        back = 1 if int(fact.value) > published.day else 0
    year, month = published.year, published.month - back
    return (year - 1, 12) if month == 0 else (year, month)


_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}


def _season(case: CaseFacts, extraction: Extraction, published: date | None) -> list[Evidence]:
    """ "Last summer" / 昨年夏 against a timeline entry in that season (only with a date)."""
    if published is None:
        return []
    hits = []
    for fact in extraction.of("season"):
        which, _space, season = fact.value.partition(" ")
        if season not in _SEASON_MONTHS:
            continue
        year = published.year - (1 if which == "last" else 0)
        for event in case.events:
            in_year = event.occurred_on.year == year or (
                season == "winter" and event.occurred_on.year == year + 1
            )
            if in_year and event.occurred_on.month in _SEASON_MONTHS[season]:
                hits.append(fact)
                break
    if not hits:
        return []
    detail = f"a timeline entry in {hits[0].value}"
    return [Evidence("month", WEIGHTS["month"], detail, _idx(hits))]


def _kind(case: CaseFacts, extraction: Extraction) -> list[Evidence]:
    found: list[Evidence] = []
    # "Her mother": the article's "parent" is that mother, not the father a case records.
    told = {f.value for f in extraction.of("relation")}
    covered = {_RELATION_KEYS[value] for value in told if value in _RELATION_KEYS}
    relations = [
        f for f in extraction.of("relation") if f.value in case.relations and f.value not in covered
    ]
    if relations:
        detail = f"family on the case: {relations[0].value}"
        params = {"relation": relations[0].value}
        found.append(Evidence("relation", WEIGHTS["relation"], detail, _idx(relations), params))
    elif case.category == "descendant" and case.relations & _PARENTS:
        # "Whose mother was Japanese" against a case whose Japanese parent is the father.
        other = (told & _PARENTS) - case.relations
        if other and not (told & case.relations & _PARENTS):
            detail = f"the article's parent is the {sorted(other)[0]}, not the case's"
            params = {"relation": sorted(other)[0]}
            found.append(
                Evidence("relation_conflict", WEIGHTS["relation_conflict"], detail, (), params)
            )
    stated = {f.value: f for f in reversed(extraction.of("category"))}
    if "descendant" in stated:
        # "His mother is Japanese": the Japanese spouse is the subject's parent.
        stated.pop("japanese_spouse", None)
    if case.category in stated:
        detail = f"category {case.category}"
        fact = stated[case.category]
        params = {"category": case.category}
        found.append(Evidence("category", WEIGHTS["category"], detail, (fact.sentence,), params))
    elif "japanese_spouse" in stated or "descendant" in stated:
        said = "a Japanese spouse" if "japanese_spouse" in stated else "a Japanese spouse's child"
        detail = f"the article describes {said}; the case is {case.category}"
        params = {"category": case.category, "said": said}
        found.append(
            Evidence("category_conflict", WEIGHTS["category_conflict"], detail, (), params)
        )
    # A report leads with the latest move: one that first says someone went into the
    # North is about that, whatever escape it recalls later.
    directions = extraction.of("direction")
    if directions and directions[0].value == "into_north":
        detail = "the article is about going into North Korea, not leaving it"
        found.append(Evidence("direction_conflict", WEIGHTS["direction_conflict"], detail, ()))
    sexes = extraction.values("sex")
    if case.sex and len(sexes) == 1 and case.sex not in sexes:
        found.append(Evidence("sex_conflict", WEIGHTS["sex_conflict"], "sex differs", ()))
    return found


def _relatives_own(names: list[Evidence], extraction: Extraction) -> Extraction:
    """A named person whose name is a relative's on the case (高橋和子さん(88), the sister
    of the woman who went; 김영희(40)씨, her niece) is that relative: the age, sex and places given
    in the sentences that name them are theirs, not the subject's. Not where the subject's
    own name is met too."""
    if any(e.rule == "name" for e in names):
        return extraction
    theirs = {i for e in names if e.rule == "member_name" for i in e.sentences}
    if not theirs:
        return extraction
    facts = []
    for fact in extraction.facts:
        if fact.sentence not in theirs:
            facts.append(fact)
        elif fact.kind == "age":
            facts.append(Fact("relative_age", fact.value, fact.sentence))
        elif fact.kind == "sex":
            continue
        elif fact.kind in _RELATIVES_PLACES and fact.role in ("", "home", "residence"):
            facts.append(Fact(fact.kind, fact.value, fact.sentence, "relative"))
        else:
            facts.append(fact)
    return replace(extraction, facts=facts)


_RELATIVES_PLACES = frozenset({"prefecture", "region", "city", "place", "korea_province"})

# An age written right after a name (the text is read NFKC-normalized, so in ASCII
# brackets): 森田久子さん(88), 김영희(40) 씨, 김영희 씨(40), "Hisako, now 88," / "Haru Ogawa, 72,".
_AGE_AFTER_NAME = re.compile(
    r"\s?(?:さん|氏|様|씨)?\s?[(]\s?(\d{1,3})\s?(?:歳|세)?\s?[)、,・·]"
    r"|,\s+(?:now\s+|aged\s+)?(\d{1,3}),"
)


def _name_forms(name: NameFacts) -> set[str]:
    """How an article may write a name on the case just before an age: in full, in either
    order, or by the given name alone (not the family name, which relatives share)."""
    forms: set[str] = set()
    if name.family and name.given:
        forms |= {
            name.family + name.given,
            f"{name.family} {name.given}",
            f"{name.family}・{name.given}",
            f"{name.given} {name.family}",
        }
    if len(name.given) >= 2:
        forms.add(name.given)
    return forms


def _ends_with_name(before: str, forms: set[str]) -> bool:
    for form in forms:
        if before.endswith(form):
            start = len(before) - len(form)
            # "Hisako" is not the end of "Chihisako"; a name in kanji or hangul has no spaces.
            if not (form[0].isascii() and start > 0 and before[start - 1].isalpha()):
                return True
    return False


def _ages_by_name(case: CaseFacts, extraction: Extraction) -> Extraction:
    """An age written right after a name is that person's: after a relative's name on the
    case (森田久子さん(88), the sister who tells the story; "Hisako, now 88," the same) it
    is the relative's, after the person's own name (妹の森田春江さん(83)) it is hers,
    whatever the words around it say of family."""
    own = set().union(*(_name_forms(n) for n in case.names if not n.relation))
    theirs = set().union(*(_name_forms(n) for n in case.names if n.relation))
    aged = {f.sentence for f in extraction.facts if f.kind in ("age", "relative_age")}
    decided: dict[tuple[int, str], str] = {}
    for index in aged:
        sentence = extraction.sentences[index]
        for match in _AGE_AFTER_NAME.finditer(sentence):
            age = match.group(1) or match.group(2)
            before = sentence[: match.start()].rstrip()
            is_own, is_theirs = _ends_with_name(before, own), _ends_with_name(before, theirs)
            if is_own != is_theirs:
                decided[(index, age)] = "age" if is_own else "relative_age"
    if not decided:
        return extraction
    facts = [
        replace(fact, kind=decided[(fact.sentence, fact.value)])
        if fact.kind in ("age", "relative_age") and (fact.sentence, fact.value) in decided
        else fact
        for fact in extraction.facts
    ]
    return replace(extraction, facts=facts)


def score(case: CaseFacts, extraction: Extraction, *, published: date | None = None) -> Match:
    """Weigh everything the article says against one case."""
    match = Match(case.case_id)
    names = _names(case, extraction)
    match.evidence += names or _name_conflict(case, extraction) or _family_name(case, extraction)
    extraction = _ages_by_name(case, _relatives_own(names, extraction))
    ages = _age(case, extraction, published)
    match.evidence += ages
    told = {item.rule for item in ages}
    decade_only = "age_range" in told and not told & {"age", "age_near", "birth_year"}
    match.evidence += _departure(case, extraction, published, decade_only=decade_only)
    match.evidence += _home(case, extraction)
    match.evidence += _residence(case, extraction, published)
    match.evidence += _custody(case, extraction, published)
    match.evidence += _month(case, extraction, published) or _season(case, extraction, published)
    match.evidence += _kind(case, extraction)
    return match


# A case that shares only part of a better case's evidence, and scores this far below it,
# is outranked in an article about one person (see ``alerting``). One place is the least
# a case can have over another: the city of custody (1.5), or the city of birth, which
# takes the province from a case born or held elsewhere in it.
OUTRANKED_BY = 1.5


def alerting(
    matches: list[Match], extraction: Extraction, *, threshold: float = THRESHOLD
) -> list[Match]:
    """The matches of one article that raise an alert.

    Each case is weighed alone (``score``); an anchored match at the threshold alerts.
    But an article about one person is about one case: when it is (no group story, at
    most one person named as its subject), a case whose positive evidence (the set of
    rules that give it points) is a strict subset of another alerting case's, and whose
    score is at least ``OUTRANKED_BY`` below it, does not alert. The better case meets
    everything it meets (age, home, departure, category) and more (the place and keeper
    of custody, the name), so the facts they share describe that case, not this one; a
    case with evidence of its own (its name, its custodian) is never outranked. The margin
    is one place (1.5): an article that names the city a case was held in (Tumen) gives
    a case held in another city of the same province (Hunchun) nothing for the place, and
    that one place is all that sets the two apart.

    The outranked match keeps its evidence (``score`` is unchanged, and the article page
    still explains it); only the alert is not raised, so no one is told of an article
    that is not about their case. A group story or an article about two named people may
    be about several cases, so each of them alerts on its own score.
    """
    above = [m for m in matches if m.anchored and m.score >= threshold]
    if len(above) < 2 or not _one_subject(extraction):
        return above
    return [m for m in above if not any(_outranks(better, m) for better in above)]


def _positive_rules(match: Match) -> frozenset[str]:
    return frozenset(item.rule for item in match.evidence if item.points > 0)


def _outranks(better: Match, match: Match) -> bool:
    return (
        _positive_rules(match) < _positive_rules(better)
        and better.score - match.score >= OUTRANKED_BY
    )


# "About 1,800 Japanese wives went to the North", 約1800人, 약 1800명: a figure of the
# programme as a whole, written as background, not a group the article is about.
_STATISTIC = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\s*(?:japanese |ethnic |elderly )*"
    r"(?:wives|women|spouses|people|returnees|koreans)\b|\d{3,}[,\d]*\s*(?:人|명)",
    re.IGNORECASE,
)


def _one_subject(extraction: Extraction) -> bool:
    """Whether the article is about one person: no group story ("a group of 15 wives",
    一行, 방문단; a figure of hundreds or thousands is background, not a group) and no
    more than one person named as its subject (a later mention by the family name alone,
    가토 씨 after 가토 마사하루, is the same person)."""
    groups = {f.sentence for f in extraction.of("group")}
    if any(not _STATISTIC.search(extraction.sentences[i]) for i in groups):
        return False
    written = {" ".join(w.replace("・", " ").split()) for w, _index in extraction.subject_names}
    whole = {
        w
        for w in written
        if not any(w != other and (w in other or w.replace(" ", "") in other) for other in written)
    }
    return len(whole) <= 1
