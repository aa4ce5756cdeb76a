# ruff: noqa: RUF001, RUF002 - Japanese punctuation is what these rules read.
"""What an article says about the people in it: a rule layer, English and Japanese.

No ORM here: text in, facts out. Every fact keeps the index of the sentence it
came from, so an alert can show (and highlight) the sentences that matched.

The rules are deliberately narrow. A press report about a protected person
gives the same handful of facts again and again (an age, a home region, the
year of departure, where and by whom she is held, her family); a rule that
misses an odd phrasing costs a point of score, a rule that fires on anything
costs a false alarm on every article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from hogo.lib.dates import MONTH_NAMES
from hogo.lib.places import FOREIGN_PLACES, JAPAN_REGIONS, PREFECTURES
from hogo.lib.scripts import Script, detect_script

# --- sentences ----------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”」』)]?\s+|(?<=[。！？])|\n{1,}")


def split_sentences(text: str) -> list[str]:
    """Sentences (or lines) in reading order, without empty ones."""
    parts = _SENTENCE_END.split(text)
    return [part.strip() for part in parts if part and part.strip()]


def detect_language(text: str) -> str:
    """`ja` when the text has any kana or a run of CJK characters, else `en`."""
    sample = text[:5000]
    cjk = sum(1 for char in sample if detect_script(char) in _JAPANESE_SCRIPTS)
    return "ja" if cjk >= 10 else "en"


_JAPANESE_SCRIPTS = {Script.HIRAGANA, Script.KATAKANA, Script.KANJI}


# --- gazetteers ---------------------------------------------------------------

# Prefectures, regions of Japan and places abroad come from the one gazetteer.
_PREFECTURE_BY_KANJI = {prefecture.kanji: prefecture.key for prefecture in PREFECTURES}
_HALF_OF_PREFECTURE = {prefecture.key: prefecture.half for prefecture in PREFECTURES}

COUNTRIES: dict[str, tuple[str, ...]] = {
    "KP": (r"north korea", r"dprk", r"pyongyang", r"北朝鮮", r"朝鮮民主主義人民共和国"),
    "CN": (r"china", r"chinese", r"中国(?!地方)"),
    "JP": (r"japan(?!ese spouse)", r"日本"),
    "KR": (r"south korea", r"seoul", r"韓国"),
    "MN": (r"mongolia", r"モンゴル"),
    "TH": (r"thailand", r"タイ"),
    "LA": (r"laos", r"ラオス"),
}

# Who holds a person, in the case timeline's own vocabulary (cases.models.Custodian).
CUSTODY_PATTERNS: dict[str, tuple[str, ...]] = {
    "host_security": (
        r"custody (?:of|by) (?:the )?(?:chinese |state )?security",
        r"security (?:authorities|police|officials|agents)",
        r"state security",
        r"国家安全",
        r"公安当局",
        r"治安当局",
    ),
    "host_police": (
        r"(?:detained|arrested|held|custody) by (?:the )?(?:chinese |local |thai |lao )?police",
        r"(?:中国|タイ|ラオス)?(?:の)?警察(?:に|が|当局)",
    ),
    "diplomatic_mission": (
        r"(?:embassy|consulate(?:-general)?|diplomatic (?:mission|establishment))",
        r"大使館",
        r"総領事館",
        r"領事館",
    ),
    "broker": (
        r"broker",
        r"mediating organi[sz]ation",
        r"intermediar(?:y|ies)",
        r"ブローカー",
        r"仲介(?:団体|組織|業者)",
    ),
    "ngo_safe_house": (r"safe ?house", r"shelter", r"隠れ家", r"支援団体の施設"),
}
_CUSTODY_EVENT = re.compile(
    r"taken into (?:protective )?custody|detained|arrested|held by|in (?:the )?custody"
    r"|shelter(?:ing|ed)? (?:at|in)|(?:took|takes|sought|seeking) refuge|under (?:the )?protection"
    r"|staying (?:at|in)|hiding (?:at|in)|拘束|身柄|拘留|逮捕|保護され|身を寄せ|駆け込",
    re.IGNORECASE,
)
_BROKER_REFUSED = re.compile(
    r"refused to (?:negotiate|pay)|would not pay|rejected the demand"
    r"|交渉を拒否|支払いを拒否|拒否した",
    re.IGNORECASE,
)
_BROKER_DEMAND = re.compile(
    r"demanded (?:a |an )?(?:huge |large )?(?:sum|payment|money|cash|ransom)|要求した|要求され",
    re.IGNORECASE,
)

RELATIONS: dict[str, tuple[str, ...]] = {
    "husband": (r"\bhusband\b", r"夫(?!人)", r"主人"),
    "wife": (r"\bwife\b", r"妻"),
    "spouse": (r"\bspouse\b", r"\bmarried to\b", r"配偶者", r"結婚"),
    "child": (
        r"\bchildren\b",
        r"\bchild\b",
        r"\bsons?\b",
        r"\bdaughters?\b",
        r"子ども",
        r"子供",
        r"息子",
        r"娘",
    ),
    "parent": (r"\bmother\b", r"\bfather\b", r"\bparents?\b", r"母親", r"父親", r"両親"),
    "sibling": (r"\bbrother\b", r"\bsister\b", r"\bsiblings?\b", r"兄弟", r"姉妹", r"兄", r"姉"),
}

# What kind of person the article describes: (category, sex) hints.
_JAPANESE_SPOUSE = re.compile(
    r"japanese (?:woman|man|wife|husband|spouse)|日本人(?:の)?(?:女性|妻|配偶者|男性)|日本人妻",
    re.IGNORECASE,
)
_FORMER_RESIDENT = re.compile(
    r"former (?:korean )?residents? of japan|korean resident of japan|在日朝鮮人|元在日",
    re.IGNORECASE,
)
_FEMALE = re.compile(
    r"\b(?:woman|she|her|wife|mother|daughter)\b|女性|彼女|妻|母親|娘", re.IGNORECASE
)
_MALE = re.compile(
    r"\b(?:man|he|his|husband|father|son)\b|男性|彼(?!女)|夫|父親|息子", re.IGNORECASE
)

# --- ages, years, months -------------------------------------------------------

_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE),
    re.compile(r"\baged? (\d{1,3})\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3}) years? old\b", re.IGNORECASE),
    re.compile(r"(?:woman|man|wife|husband|widow|spouse|resident), (\d{1,3}),", re.IGNORECASE),
    re.compile(r"(\d{1,3})\s*歳"),
    re.compile(r"[（(](\d{1,3})[）)]"),
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_YEAR_RANGE = re.compile(
    r"between (1[89]\d\d|20\d\d) and (1[89]\d\d|20\d\d)"
    r"|(?:from )?(1[89]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(1[89]\d\d|20\d\d)"
    r"|(1[89]\d\d|20\d\d)年?\s*(?:から|～|〜|－|ー)\s*(1[89]\d\d|20\d\d)年",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(
    r"went to north korea|moved to north korea|emigrated to north korea|left (?:japan )?for north"
    r" korea|repatriat|北朝鮮へ?に?渡|北朝鮮に帰国|帰還事業|北送|渡った",
    re.IGNORECASE,
)
MONTHS_EN = MONTH_NAMES
_MONTH_EN = re.compile(r"\b(?:in|since|by|early|late|mid-?) (" + "|".join(MONTHS_EN) + r")\b", re.I)
_MONTH_JA = re.compile(r"(?<!\d)(1[0-2]|[1-9])月")
_SEASON = re.compile(
    r"\b(last|this) (spring|summer|autumn|fall|winter|year)\b|(昨年|去年|今年)の?(春|夏|秋|冬)?",
    re.IGNORECASE,
)
_SEASON_JA = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}


@dataclass(frozen=True)
class Fact:
    kind: str  # age, year, departure_year, month, season, place, region, prefecture, ...
    value: str
    sentence: int


@dataclass
class Extraction:
    language: str
    sentences: list[str]
    facts: list[Fact] = field(default_factory=list)
    names: list[tuple[str, int]] = field(default_factory=list)  # (text, sentence)

    def of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]

    def values(self, kind: str) -> set[str]:
        return {fact.value for fact in self.facts if fact.kind == kind}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


def _search_any(patterns: tuple[str, ...], sentence: str) -> bool:
    return any(re.search(pattern, sentence, re.IGNORECASE) for pattern in patterns)


def _ages(sentence: str) -> set[int]:
    found: set[int] = set()
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(sentence):
            age = int(match.group(1))
            if 0 < age < 120:
                found.add(age)
    return found


def _years(sentence: str) -> tuple[set[int], set[int]]:
    """(years stated on their own, years that only bound a range such as 1959–1984)."""
    ranged: set[int] = set()
    for match in _YEAR_RANGE.finditer(sentence):
        ranged |= {int(group) for group in match.groups() if group}
    single = {int(year) for year in _YEAR.findall(sentence)} - ranged
    return single, ranged


def _months(sentence: str) -> set[int]:
    months = {MONTHS_EN.index(name.lower()) + 1 for name in _MONTH_EN.findall(sentence)}
    months |= {int(number) for number in _MONTH_JA.findall(sentence)}
    return months


def _seasons(sentence: str) -> set[str]:
    found: set[str] = set()
    for match in _SEASON.finditer(sentence):
        if match.group(1):
            found.add(
                f"{match.group(1).lower()} {match.group(2).lower().replace('fall', 'autumn')}"
            )
        elif match.group(3):
            which = "this" if match.group(3) == "今年" else "last"
            found.add(f"{which} {_SEASON_JA.get(match.group(4) or '', 'year')}")
    return found


# Capitalised runs that are not people: places, bodies, titles.
_NOT_A_PERSON = {
    "north",
    "south",
    "korea",
    "korean",
    "koreans",
    "japan",
    "japanese",
    "china",
    "chinese",
    "foreign",
    "ministry",
    "minister",
    "house",
    "representatives",
    "committee",
    "budget",
    "diet",
    "government",
    "bureau",
    "affairs",
    "asian",
    "oceanian",
    "director",
    "general",
    "deputy",
    "chief",
    "cabinet",
    "secretary",
    "vice",
    "lower",
    "upper",
    "department",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "in",
    "on",
    "under",
    "asked",
    "it",
    "she",
    "he",
    "but",
    "before",
    "by",
    "many",
    "sources",
    "red",
    "cross",
    "united",
    "nations",
}
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+\b")
_JA_HONORIFIC = re.compile(
    r"([一-龥々]{1,3}[\s・]?[一-龥々ぁ-んァ-ヶー]{1,4}|[ァ-ヶー]{2,8}[・\s][ァ-ヶー]{2,8})(?:さん|氏)"
)


def _names(sentence: str) -> list[str]:
    """Runs of two or three capitalised words that are not places or titles; さん/氏 names."""
    found: list[str] = []
    for match in _CAPITALISED_RUN.finditer(sentence):
        segment: list[str] = []
        for word in [*re.split(r"[- ]", match.group(0)), ""]:
            if word and word.lower() not in _NOT_A_PERSON and word.lower() not in MONTHS_EN:
                segment.append(word)
                continue
            if 2 <= len(segment) <= 3:
                found.append(" ".join(segment))
            segment = []
    found += _JA_HONORIFIC.findall(sentence)
    return found


def _place_facts(sentence: str, index: int) -> list[Fact]:
    facts: list[Fact] = []
    lowered = sentence.lower()
    for key, (_country, patterns) in FOREIGN_PLACES.items():
        if _search_any(patterns, lowered):
            facts.append(Fact("place", key, index))
    for key, (_half, patterns) in JAPAN_REGIONS.items():
        if _search_any(patterns, lowered):
            facts.append(Fact("region", key, index))
    for key, kanji in ((prefecture.key, prefecture.kanji) for prefecture in PREFECTURES):
        if (
            re.search(rf"\b{key}\b", lowered)
            or kanji + "県" in sentence
            or kanji + "出身" in sentence
        ) or (
            key in ("tokyo", "osaka", "kyoto", "hokkaido")
            and re.search(f"(?<!東){kanji}", sentence)
        ):
            facts.append(Fact("prefecture", key, index))
    for code, patterns in COUNTRIES.items():
        if _search_any(patterns, lowered):
            facts.append(Fact("country", code, index))
    return facts


def _custody_facts(sentence: str, index: int) -> list[Fact]:
    facts: list[Fact] = []
    in_custody = bool(_CUSTODY_EVENT.search(sentence))
    for custodian, patterns in CUSTODY_PATTERNS.items():
        if _search_any(patterns, sentence) and (in_custody or custodian == "broker"):
            facts.append(Fact("custodian", custodian, index))
    if in_custody:
        facts.append(Fact("custody_event", "custody", index))
    if _BROKER_DEMAND.search(sentence) and _search_any(CUSTODY_PATTERNS["broker"], sentence):
        facts.append(Fact("broker", "demand", index))
    if _BROKER_REFUSED.search(sentence):
        facts.append(Fact("broker", "refused", index))
    return facts


def _person_facts(sentence: str, index: int) -> list[Fact]:
    facts = [Fact("age", str(age), index) for age in sorted(_ages(sentence))]
    for relation, patterns in RELATIONS.items():
        if _search_any(patterns, sentence):
            facts.append(Fact("relation", relation, index))
    if _JAPANESE_SPOUSE.search(sentence):
        facts.append(Fact("category", "japanese_spouse", index))
    if _FORMER_RESIDENT.search(sentence):
        facts.append(Fact("category", "former_resident", index))
    if _FEMALE.search(sentence):
        facts.append(Fact("sex", "F", index))
    if _MALE.search(sentence):
        facts.append(Fact("sex", "M", index))
    return facts


def _time_facts(sentence: str, index: int) -> list[Fact]:
    single, ranged = _years(sentence)
    facts = [Fact("year", str(year), index) for year in sorted(single)]
    facts += [Fact("year_range", str(year), index) for year in sorted(ranged)]
    if single and _DEPARTURE.search(sentence):
        facts += [Fact("departure_year", str(year), index) for year in sorted(single)]
    facts += [Fact("month", str(month), index) for month in sorted(_months(sentence))]
    facts += [Fact("season", season, index) for season in sorted(_seasons(sentence))]
    return facts


def extract(text: str) -> Extraction:
    """Every fact the rules find, sentence by sentence."""
    normalized = _norm(text)
    result = Extraction(language=detect_language(normalized), sentences=split_sentences(normalized))
    for index, sentence in enumerate(result.sentences):
        result.facts += _person_facts(sentence, index)
        result.facts += _time_facts(sentence, index)
        result.facts += _place_facts(sentence, index)
        result.facts += _custody_facts(sentence, index)
        result.names += [(name, index) for name in _names(sentence)]
    return result


def prefecture_of(birthplace: str) -> str | None:
    """The prefecture key a recorded birthplace names, if any."""
    text = _norm(birthplace)
    for kanji, key in _PREFECTURE_BY_KANJI.items():
        if kanji in text:
            return key
    lowered = text.lower()
    for key in _HALF_OF_PREFECTURE:
        if re.search(rf"\b{key}\b", lowered):
            return key
    return None


def regions_of(text: str) -> set[str]:
    """The regions of Japan a recorded place names, and the half of Japan it lies in."""
    normalized = _norm(text).lower()
    found = {
        key for key, (_h, patterns) in JAPAN_REGIONS.items() if _search_any(patterns, normalized)
    }
    halves = {JAPAN_REGIONS[key][0] for key in found}
    prefecture = prefecture_of(text)
    if prefecture:
        halves.add(_HALF_OF_PREFECTURE[prefecture])
    return found | {f"half:{half}" for half in halves}


def places_of(text: str) -> set[str]:
    """The foreign place keys a recorded region names (``"Yanbian, Jilin"`` → both)."""
    lowered = _norm(text).lower()
    return {key for key, (_c, patterns) in FOREIGN_PLACES.items() if _search_any(patterns, lowered)}
