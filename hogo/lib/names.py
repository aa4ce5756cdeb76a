"""Comparable search keys for personal names written in any script.

The application stores ``search_keys(name)`` for every name record and looks a
query up by intersecting ``search_keys(query)`` with them, so that 金 正一
(alias 金田 正一) is found by キン, Kim, 김 and 金田 alike. Keys are
deliberately generous: a spurious hit costs an officer a glance, a missed
person can cost far more.

Libraries and hand-written parts
--------------------------------
* Japanese readings of kanji and kana-to-Hepburn come from ``pykakasi``,
  which ships its dictionary in the wheel and needs nothing at run time; a
  second reading of each kanji name comes from MeCab with UniDic (``fugashi``
  and ``unidic-lite``, also self-contained), which gets right many names that
  pykakasi misreads and the reverse (bench/name_readings.py).
* Korean readings of hanja come from ``hanja``, including the South Korean
  initial-sound rule (두음법칙: 李 → 이 at the start of a word).
* Hangul romanization (Revised Romanization and McCune-Reischauer) is
  written here: both are fixed tables over the Unicode syllable algorithm
  (syllable = 0xAC00 + (initial x 21 + vowel) x 28 + final), the PyPI
  packages for it are small and unmaintained, and none does McCune-Reischauer
  together with the surname conventions this product needs.
* Latin folding is written here because it encodes judgements about which
  spellings of *these* names should meet; no library makes them.

Latin folding (``normalize_latin``)
-----------------------------------
Every Latin token is lower-cased, stripped of diacritics, apostrophes, hyphens
and spaces (Satō → sato, Ch'oe → choe, Jong-il → jongil), then:

1. Common Korean surnames are looked up whole in a variant table, each group
   folding to one spelling: Lee/Yi/Rhee/Ri/I → lee, Park/Pak/Bak → park,
   Kim/Gim → kim, Choi/Choe → choi, Jung/Jeong/Chung/Chong/Cheong → jung.
   Surname spellings are too irregular (Rhee, Choi) for rules.
2. A token that parses as one to four romanized Korean syllables *and* shows
   a Korean syllable ending Japanese romaji never has (final k/l/m/p/t or ng:
   Jongil, Daejung, Kwangsu) gets Korean folding: si → shi (MR's shi for 시),
   eo → o and eu → u (RR eo/eu against MR ŏ/ŭ with breves dropped), and
   voiced and voiceless initials merged at the start of the token and after
   k/p/t, where RR and MR differ: Jeong-il, Jong-il, Chong-il → chongil;
   Pak-chong, Bakjeong → pakchong.
3. Any other token gets Japanese folding: Kunrei and Nihon-shiki spellings
   become Hepburn (syoiti → shoichi, tu → tsu, hu → fu, zi → ji), long
   vowels are shortened (Satoh, Satou, Satoo → sato; Yuuki → yuki; ou after
   e is kept for Seoul-like syllables), and m before b/m/p becomes n
   (Homma → honma, Namba → nanba).

Kept apart on purpose: Kim and Kang, Sato and Saito, Fujii and Fuji
(ii is a real double vowel), and Japanese given names that differ only in the
voicing of the first consonant (Kenji and Genji, Daichi and Taichi), which is
why voicing is merged only in tokens that look Korean. Known merges: the
Korean-surname table folds a few spellings shared with Japanese names
(Ko/Go, Jun, So); hangul names without a final consonant (Daeho/Taeho) are
not voicing-folded between Latin spellings, but hangul records carry both
their RR and MR keys, so either spelling still finds them.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, Protocol

import pykakasi

from hogo.lib.scripts import Script, char_script, detect_script

__all__ = [
    "KOREAN_DOUBLE_SURNAMES",
    "hangul_to_mccune_reischauer",
    "hangul_to_revised",
    "hanja_korean_readings",
    "kana_to_romaji",
    "kanji_japanese_readings",
    "normalize_latin",
    "normalize_latin_name",
    "north_korean_initial_variants",
    "search_keys",
    "tokens",
]

# ---------------------------------------------------------------------------
# Latin

_KOREAN_SURNAME_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("kim", "gim"),
    ("lee", "i", "yi", "rhee", "ri", "li", "rhie", "yee", "ree"),
    ("park", "pak", "bak", "bahk", "pahk"),
    ("choi", "choe", "chwe", "choy", "che"),
    ("jung", "jeong", "chung", "chong", "cheong", "joung", "jong"),
    ("kang", "gang"),
    ("cho", "jo", "joh", "choh"),
    ("yoon", "yun", "youn"),
    ("jang", "chang"),
    ("lim", "im", "rim", "yim", "leem"),
    ("han", "hahn"),
    ("oh", "o"),
    ("seo", "suh", "so", "sur", "seoh"),
    ("shin", "sin", "shinn"),
    ("kwon", "gwon", "kwun"),
    ("hwang", "whang"),
    ("ahn", "an"),
    ("yoo", "yu", "ryu", "ryoo", "you", "lyu", "rhyu"),
    ("jeon", "jun", "chun", "chon", "jon", "jeun", "cheon"),
    ("ko", "go", "koh"),
    ("moon", "mun"),
    ("yang", "ryang", "lyang"),
    ("son", "sohn"),
    ("bae", "pae", "bai"),
    ("baek", "paek", "paik", "baik"),
    ("heo", "hur", "huh", "ho"),
    ("noh", "no", "roh", "ro", "rho", "nho"),
    ("shim", "sim"),
    ("byun", "byeon", "pyon", "pyun", "byon"),
    ("woo", "u", "wu"),
    ("koo", "gu", "ku"),
    ("na", "ra", "nah", "rah"),
    ("joo", "ju", "chu", "choo"),
    ("kwak", "gwak"),
    ("sung", "seong"),
    ("jin", "chin"),
    ("hyun", "hyeon", "hyon"),
    ("eom", "um", "uhm"),
    ("yeom", "yum", "yom", "ryom"),
    ("gil", "kil"),
    ("yook", "yuk", "ryuk", "ryook"),
    ("chae", "chai"),
    ("won", "weon"),
    ("kong", "gong"),
    ("bang", "pang"),
    ("seok", "suk", "sok"),
)
_SURNAME_CANONICAL: dict[str, str] = {
    spelling: group[0] for group in _KOREAN_SURNAME_SPELLINGS for spelling in group
}
assert len(_SURNAME_CANONICAL) == sum(map(len, _KOREAN_SURNAME_SPELLINGS)), "shared spelling"

_SPECIAL_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "\u0131": "i"}
)

_KO_SYLLABLE = (
    "(?:kk|tt|pp|ss|jj|tch|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
    "(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)"
    "(?:ng|k|n|t|l|m|p)?"
)
_KOREAN_WORD = re.compile(f"(?:{_KO_SYLLABLE}){{1,4}}")
# Codas that Hepburn never writes: geminates (Hattori, Kikkawa), tsu and tch
# (Matsuda, Hatchō) and m before labials (Homma) are excluded on purpose.
_KOREAN_CODA = re.compile(
    r"ng(?![aeiouwy])|l|k(?=[bcdgjmnprst]|$)|p(?=[bcdgjkmnrst]|$)"
    r"|t(?=[bdgjkmnpr]|$)|m(?=[cdgjknrst]|$)"
)
_VOICELESS = {"g": "k", "d": "t", "b": "p", "j": "ch"}

_KUNREI_TO_HEPBURN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"sy([aueo])", r"sh\1"),
        (r"ty([aueo])", r"ch\1"),
        (r"[zj]y([aueo])", r"j\1"),
        (r"si", "shi"),
        (r"ti", "chi"),
        (r"tu", "tsu"),
        (r"(?<![sc])hu", "fu"),
        (r"[zd]i", "ji"),
        (r"du", "zu"),
    )
)
_LONG_VOWELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"oh(?=[^aeiouy]|$)", "o"),
        (r"(?<!e)ou", "o"),
        (r"oo+", "o"),
        (r"uu+", "u"),
        (r"aa+", "a"),
        (r"m(?=[bmp])", "n"),
    )
)


def _ascii_letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_LETTERS))
    return "".join(char for char in decomposed if "a" <= char <= "z")


def _looks_korean(letters: str) -> bool:
    return _KOREAN_WORD.fullmatch(letters) is not None and bool(_KOREAN_CODA.search(letters))


def _fold_korean(letters: str) -> str:
    folded = letters.replace("si", "shi")
    if folded[0] in _VOICELESS:
        folded = _VOICELESS[folded[0]] + folded[1:]
    folded = re.sub(r"(?<=[kpt])[gdbj]", lambda match: _VOICELESS[match.group()], folded)
    return folded.replace("eo", "o").replace("eu", "u")


def _fold_japanese(letters: str) -> str:
    folded = letters
    for pattern, replacement in (*_KUNREI_TO_HEPBURN, *_LONG_VOWELS):
        folded = pattern.sub(replacement, folded)
    return folded


def normalize_latin(token: str) -> str:
    """The canonical Latin spelling of one name token; see the module docstring.

    >>> [normalize_latin(name) for name in ("Satō", "Satoh", "Satou")]
    ['sato', 'sato', 'sato']
    >>> normalize_latin("Rhee") == normalize_latin("Yi") == normalize_latin("Ri")
    True
    >>> normalize_latin("Chong-il") == normalize_latin("Jongil")
    True
    """
    letters = _ascii_letters(token)
    if not letters:
        return ""
    if letters in _SURNAME_CANONICAL:
        return _SURNAME_CANONICAL[letters]
    if _looks_korean(letters):
        return _fold_korean(letters)
    return _fold_japanese(letters)


def normalize_latin_name(text: str) -> str:
    """Join a given name's syllables and normalize: Jong Il, Jong-il, Jongil → one key.

    Unlike :func:`tokens`, which splits at spaces, this treats the whole text
    as a single name, which is what a form's given-name field holds.
    """
    return normalize_latin("".join(re.split(r"[\s\-\u2010\u2011]+", text)))


# ---------------------------------------------------------------------------
# Kana and kanji (Japanese)


@functools.cache
def _kakasi() -> pykakasi.kakasi:
    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _kakasi_items(text: str) -> list[dict[str, str]]:
    items: list[dict[str, str]] = _kakasi().convert(text)
    return items


def _hepburn(text: str) -> str:
    return "".join(item["hepburn"] for item in _kakasi_items(text))


def kana_to_romaji(text: str) -> str:
    """Hepburn romaji of hiragana or katakana, normalized: サトウ → sato.

    Spaces and middle dots are dropped, so pass one name token at a time.
    """
    return normalize_latin(_hepburn(unicodedata.normalize("NFKC", text)))


# Readings of Korean surnames that Japanese offices and schools used, which the
# general dictionary does not give for a lone character (李 alone is すもも).
_KOREAN_SURNAME_ON_YOMI: dict[str, tuple[str, ...]] = {
    "金": ("キン", "カネ"),
    "朴": ("ボク",),
    "李": ("リ",),
    "崔": ("サイ",),
    "鄭": ("テイ",),
    "尹": ("イン",),
    "姜": ("キョウ",),
    "申": ("シン",),
    "張": ("チョウ",),
    "韓": ("カン",),
    "呉": ("ゴ",),
    "高": ("コウ", "タカ"),
    "林": ("リン", "ハヤシ"),
    "康": ("コウ",),
    "徐": ("ジョ",),
    "趙": ("チョウ",),
    "洪": ("コウ",),
    "文": ("ブン",),
    "梁": ("リョウ",),
    "孫": ("ソン",),
    "黄": ("コウ",),
    "安": ("アン",),
    "宋": ("ソウ",),
    "柳": ("リュウ",),
    "全": ("ゼン",),
    "権": ("ケン",),
    "權": ("ケン",),
    "盧": ("ロ",),
    "卞": ("ベン",),
}


def _has_han(text: str) -> bool:
    return any(char_script(char) is Script.KANJI for char in text)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _kakasi_katakana(text: str) -> str:
    return "".join(item["kana"] for item in _kakasi_items(text))


@functools.cache
def _unidic() -> Callable[[str], list[Any]]:
    # Imported on first use: MeCab loads UniDic's tables.
    import fugashi

    tagger: Callable[[str], list[Any]] = fugashi.Tagger()
    return tagger


def _unidic_katakana(text: str) -> str:
    """MeCab's reading of the text with UniDic, or "" where a word has none."""
    parts = [word.feature.kana for word in _unidic()(text)]
    return "".join(parts) if all(parts) else ""


def kanji_japanese_readings(text: str) -> list[str]:
    """Japanese readings of a kanji name, in katakana, most likely first.

    金 → ["キン", "カネ"]; 金田 → ["カネダ"]. Two dictionaries read each name,
    pykakasi's and MeCab's with UniDic, and each gets names right that the other
    misses (明: メイ, アキラ; 長田: ナガタ, オサダ): on 200 common names either alone gives
    the reading a person went by for 92-93 %, both together for 96 %, at 1.1
    readings a name (bench/name_readings.py; JMnedict has them all, but with five
    to seven readings a name). The leading Korean surname of a full name of
    three or more characters is also read with its on'yomi (金正一 →
    キンショウイチ), the way Japanese records of Korean residents read it.
    Readings that still contain kanji the dictionaries do not know are left out.
    """
    text = text.strip()
    if not text:
        return []
    candidates: list[str] = list(_KOREAN_SURNAME_ON_YOMI.get(text, ()))
    candidates.append(_kakasi_katakana(text))
    candidates.append(_unidic_katakana(text))
    # Only for three or more characters: two-character names starting with
    # these kanji are mostly Japanese surnames (金田, 高橋, 林田).
    if len(text) >= 3 and text[0] in _KOREAN_SURNAME_ON_YOMI:
        rest = _kakasi_katakana(text[1:])
        candidates.extend(reading + rest for reading in _KOREAN_SURNAME_ON_YOMI[text[0]])
    return [reading for reading in _unique(candidates) if not _has_han(reading)]


# ---------------------------------------------------------------------------
# Hanja (Korean)

# The hanja table gives one reading per character: 金 is 금 (gold), but as a
# surname it is 김; for surnames with an initial ㄹ/ㄴ the North keeps it.
_KOREAN_SURNAME_HANJA: dict[str, tuple[str, ...]] = {
    "金": ("김",),
    "李": ("이", "리"),
    "盧": ("노", "로"),
    "柳": ("유", "류"),
    "劉": ("유", "류"),
    "林": ("임", "림"),
    "梁": ("양", "량"),
    "羅": ("나", "라"),
    "呂": ("여", "려"),
    "廉": ("염", "렴"),
    "陸": ("육", "륙"),
    "龍": ("용", "룡"),
}


class _Translate(Protocol):
    def __call__(self, text: str, mode: Literal["substitution"]) -> str: ...


@functools.cache
def _hanja_translate() -> _Translate:
    # Imported on first use: loading its table takes half a second.
    import hanja  # type: ignore[import-untyped, unused-ignore]

    translate: _Translate = hanja.translate
    return translate


def _hangul_of(text: str) -> str:
    return _hanja_translate()(text, "substitution")


# Japanese simplified forms (新字体) that the ``hanja`` package reads as another
# character or not at all, with the traditional form Korean writes: 姫 is read 진 (a
# different character), 姬 희; the package knows the other simplified forms (恵, 栄, 浜,
# 沢, 国, 竜, 広 …). Found by reading every simplified form of the jōyō list with
# ``hanja.translate`` against its traditional form.
_TRADITIONAL_FORMS = str.maketrans(
    "姫灯予戻円穏渓芸欠蚕糸証専台担胆錬", "姬燈豫戾圓穩溪藝缺蠶絲證專臺擔膽鍊"
)


def hanja_korean_readings(text: str) -> list[str]:
    """Korean readings of a hanja name, in hangul, most likely first.

    金 → ["김", "금"], 李 → ["이", "리"], 金正一 → ["김정일", "금정일"]; a name
    written in Japanese forms is read in both forms (李明姫 → 이명희, …).
    """
    text = text.strip()
    if not text:
        return []
    candidates = []
    for form in _unique([text, text.translate(_TRADITIONAL_FORMS)]):
        surname = _KOREAN_SURNAME_HANJA.get(form[0], ())
        candidates += [reading + _hangul_of(form[1:]) for reading in surname]
        candidates.append(_hangul_of(form))
    return [reading for reading in _unique(candidates) if not _has_han(reading)]


# ---------------------------------------------------------------------------
# Hangul

_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_RIEUL_INITIAL = 5
_NIEUN_INITIAL = 2
_IEUNG_INITIAL = 11

# Indexed by the syllable algorithm's initial, vowel and final numbers.
# fmt: off
_RR_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
    "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
)
_RR_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)
_MR_INITIALS = (
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s",
    "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h",
)
_MR_VOWELS = (
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i",
)
# fmt: on
_MR_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_BREVES = str.maketrans("ŏŭ", "ou")


def _syllable(char: str) -> tuple[int, int, int] | None:
    code = ord(char)
    if not _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
        return None
    index = code - _SYLLABLE_FIRST
    return index // 588, (index // 28) % 21, index % 28


def _compose(initial: int, vowel: int, final: int) -> str:
    return chr(_SYLLABLE_FIRST + (initial * 21 + vowel) * 28 + final)


def _runs(text: str) -> Iterator[tuple[bool, str]]:
    """Split text into (is_hangul_syllables, chunk) pieces."""
    for chunk in re.split("([\uac00-\ud7a3]+)", text):
        if chunk:
            yield _syllable(chunk[0]) is not None, chunk


def _revised_word(word: str) -> str:
    out: list[str] = []
    previous_final = ""
    for char in word:
        parts = _syllable(char)
        assert parts is not None
        initial, vowel, final = parts
        onset = _RR_INITIALS[initial]
        if initial == _RIEUL_INITIAL and previous_final == "l":
            onset = "l"
        previous_final = _FINALS[final]
        out.append(onset + _RR_VOWELS[vowel] + previous_final)
    return "".join(out)


def _mr_word(word: str) -> str:
    if word == "이":
        # The surname 李 is conventionally Yi in McCune-Reischauer.
        return "yi"
    out: list[str] = []
    previous_final: str | None = None
    for char in word:
        parts = _syllable(char)
        assert parts is not None
        initial, vowel, final = parts
        onset = _MR_INITIALS[initial]
        voiced_before = previous_final in {"", "n", "m", "ng", "l"}
        if onset in _MR_VOICED and voiced_before:
            onset = _MR_VOICED[onset]
        elif initial == _RIEUL_INITIAL and previous_final is not None:
            if previous_final in {"n", "l"}:
                onset = "l"
                if previous_final == "n":
                    out[-1] = out[-1][:-1] + "l"
            elif previous_final != "":
                onset = "n"
        elif onset == "g" and previous_final == "n":
            onset = "'g"
        if onset == "s" and _MR_VOWELS[vowel] in {"i", "wi"}:
            onset = "sh"
        previous_final = _FINALS[final]
        out.append(onset + _MR_VOWELS[vowel] + previous_final)
    return "".join(out)


def _romanize(text: str, word: Callable[[str], str]) -> str:
    pieces: list[str] = []
    for is_hangul, chunk in _runs(text):
        pieces.append(word(chunk).capitalize() if is_hangul else chunk)
    return "".join(pieces)


def hangul_to_revised(text: str) -> str:
    """Revised Romanization, as in South Korean passports: 김정일 → Gimjeongil.

    Each run of hangul becomes one capitalized word; other characters are kept.
    Sound changes between syllables are not written, as the official rules
    prescribe for personal names.
    """
    return _romanize(text, _revised_word)


def hangul_to_mccune_reischauer(text: str, *, breves: bool = False) -> str:
    """McCune-Reischauer, as used by North Korea and older records: 김정일 → Kimjongil.

    Breves are dropped unless asked for (ŏ, ŭ); aspiration apostrophes are
    kept (최 → Ch'oe). Initial ㄱ ㄷ ㅂ ㅈ are voiceless and voiced between
    voiced sounds, ㄹ after ㄴ/ㄹ is l, and the lone surname 이 is Yi. Other
    assimilations are not applied.
    """
    romanized = _romanize(text, _mr_word)
    return romanized if breves else romanized.translate(_BREVES)


# Vowels after which the South drops an initial ㄹ to ㅇ (리 → 이) or ㄴ to ㅇ
# (녀 → 여); before the others an initial ㄹ becomes ㄴ (로 → 노).
_IOTIZED_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def north_korean_initial_variants(hangul: str) -> set[str]:
    """The spellings of a word with and without the North's initial ㄹ/ㄴ.

    이 ↔ 리, 임 ↔ 림, 유 ↔ 류, 양 ↔ 량 and 노 ↔ 로, 나 ↔ 라: the South
    changes an initial ㄹ/ㄴ (두음법칙), the North writes it as read in
    hanja. Only the first syllable is affected; the result includes
    ``hangul`` itself.
    """
    variants = {hangul}
    if not hangul:
        return variants
    parts = _syllable(hangul[0])
    if parts is None:
        return variants
    initial, vowel, final = parts
    rest = hangul[1:]
    if vowel in _IOTIZED_VOWELS:
        if initial == _IEUNG_INITIAL:
            variants.add(_compose(_RIEUL_INITIAL, vowel, final) + rest)
        elif initial in {_RIEUL_INITIAL, _NIEUN_INITIAL}:
            variants.add(_compose(_IEUNG_INITIAL, vowel, final) + rest)
    elif initial == _NIEUN_INITIAL:
        variants.add(_compose(_RIEUL_INITIAL, vowel, final) + rest)
    elif initial == _RIEUL_INITIAL:
        variants.add(_compose(_NIEUN_INITIAL, vowel, final) + rest)
    return variants


# ---------------------------------------------------------------------------
# Search keys

_SEPARATORS = re.compile("[\\s\u30fb\uff65\u00b7;,\uff1b\uff0c\u3001]+")
# Two-syllable Korean surnames, so that 남궁민 splits as 남궁 + 민.
_DOUBLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})
KOREAN_DOUBLE_SURNAMES = _DOUBLE_SURNAMES
_DOUBLE_SURNAMES_HANJA = frozenset({"南宮", "皇甫", "諸葛", "鮮于", "獨孤", "司空", "西門", "東方"})
# Single-syllable surnames common enough to split 김정일 as 김 + 정일.
_COMMON_HANGUL_SURNAMES = frozenset(
    "김이리박최정강조윤장임림한오서신권황안송류유전홍고문양량손배백허노로남심하곽성차"
    "주우구민나진지엄채원천방공현함변염여석선설마길연위표명기반왕금옥육인맹제모탁국어"
    "은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시갈추도소"
)


def tokens(text: str) -> list[str]:
    """Split a name at spaces, middle dots, commas and semicolons."""
    return [token for token in _SEPARATORS.split(text) if token]


def _surname_split(word: str, doubles: frozenset[str], singles: Iterable[str]) -> list[str]:
    """The word cut after a likely Korean surname, or [] when it is not a full name."""
    if len(word) in (3, 4) and word[:2] in doubles:
        return [word[:2], word[2:]]
    if len(word) == 3 and word[0] in singles:
        return [word[0], word[1:]]
    return []


def _hangul_keys(word: str, *, split: bool = True) -> set[str]:
    keys: set[str] = set()
    for spelling in north_korean_initial_variants(word):
        keys.add(spelling)
        keys.add(normalize_latin(hangul_to_revised(spelling)))
        keys.add(normalize_latin(hangul_to_mccune_reischauer(spelling)))
    if split and all(_syllable(char) for char in word):
        # Korean full names are usually written unspaced (김정일).
        for part in _surname_split(word, _DOUBLE_SURNAMES, _COMMON_HANGUL_SURNAMES):
            keys |= _hangul_keys(part, split=False)
    return keys


def _kanji_keys(word: str, *, split: bool = True) -> set[str]:
    keys = {word}
    for kana in kanji_japanese_readings(word):
        keys.add(kana)
        keys.add(kana_to_romaji(kana))
    for hangul in hanja_korean_readings(word):
        keys |= _hangul_keys(hangul, split=False)
    if split:
        singles = _KOREAN_SURNAME_ON_YOMI.keys() | _KOREAN_SURNAME_HANJA.keys()
        for part in _surname_split(word, _DOUBLE_SURNAMES_HANJA, singles):
            keys |= _kanji_keys(part, split=False)
    return keys


def _korean_katakana_guess(katakana: str) -> str:
    """Read katakana as a Japanese rendering of a Korean name: キム → kim, パク → pak.

    Japanese writes Korean final consonants as kana with a u (ム, ク, プ, ル,
    ッ) and ㅇ before a vowel as ン (ジョンイル for 정일).
    """
    romaji = _hepburn(katakana)
    romaji = re.sub(r"n'(?=[aeiouy])", "ng", romaji)
    romaji = re.sub(r"(?<=[aeiou])(mu|ku|pu|ru|tsu)(?![aeiouy])", _coda, romaji)
    return normalize_latin(romaji)


def _coda(match: re.Match[str]) -> str:
    return {"mu": "m", "ku": "k", "pu": "p", "ru": "l", "tsu": "t"}[match.group(1)]


def _mixed_keys(word: str) -> set[str]:
    """Keys for a token mixing scripts, e.g. 佐藤はな or 金さん."""
    keys: set[str] = set()
    japanese: list[str] = []
    for char in word:
        if char_script(char) in {Script.KANJI, Script.HIRAGANA, Script.KATAKANA}:
            japanese.append(char)
        elif japanese:
            keys |= _japanese_run_keys("".join(japanese))
            japanese = []
    if japanese:
        keys |= _japanese_run_keys("".join(japanese))
    for piece in re.split("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u3005]+", word):
        if piece and detect_script(piece) is not Script.MIXED:
            keys |= _token_keys(piece)
    return keys


def _japanese_run_keys(run: str) -> set[str]:
    script = detect_script(run)
    if script is not Script.MIXED:
        return _token_keys(run)
    # pykakasi cuts at word boundaries (佐藤|はな), which usually fall
    # between family and given name, so each piece is a key of its own.
    keys = {run, normalize_latin(_hepburn(run))}
    keys.update(normalize_latin(item["hepburn"]) for item in _kakasi_items(run))
    return keys


def _token_keys(token: str) -> set[str]:
    normalized = unicodedata.normalize("NFKC", token)
    script = detect_script(normalized)
    if script is Script.UNKNOWN and not any(char.isalpha() for char in normalized):
        return set()
    keys = {token.lower(), normalized.casefold()}
    if script is Script.LATIN:
        keys.add(normalize_latin(normalized))
    elif script in {Script.HIRAGANA, Script.KATAKANA}:
        keys.add(kana_to_romaji(normalized))
        if script is Script.KATAKANA:
            keys.add(_korean_katakana_guess(normalized))
    elif script is Script.HANGUL:
        keys |= _hangul_keys(normalized)
    elif script is Script.KANJI:
        keys |= _kanji_keys(normalized)
    elif script is Script.MIXED:
        keys |= _mixed_keys(normalized)
    return keys


def search_keys(text: str) -> frozenset[str]:
    """Every key under which a name (or a query) should be found.

    A query matches a record when the two key sets intersect. Adjacent Latin
    tokens are also joined (Jong Il → jongil) so spaced and hyphenated given
    names meet.
    """
    parts = tokens(text)
    keys: set[str] = set()
    for token in parts:
        keys |= _token_keys(token)
    for first, second in itertools.pairwise(parts):
        pair = unicodedata.normalize("NFKC", first + second)
        if detect_script(pair) is Script.LATIN:
            keys.add(normalize_latin(pair))
    keys.discard("")
    return frozenset(keys)


# Kinds of JMnedict entry that are given names (a woman's, a man's, either).
_GIVEN_NAME_TYPES: tuple[str, str, str] = ("fem", "masc", "given")
_NAME_DICTIONARY_LOCK = threading.Lock()


@functools.cache
def _name_dictionary() -> sqlite3.Connection | None:
    """JMnedict from the ``jamdict-data`` package, read-only, or None where it is not installed."""
    try:
        module = importlib.import_module("jamdict_data")
    except ImportError:
        return None
    path = getattr(module, "JAMDICT_DB_PATH", "")
    if not path:
        return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


@functools.lru_cache(maxsize=20_000)
def given_name_readings(text: str) -> frozenset[str]:
    """Latin keys of every reading JMnedict records for a kanji given name (光子: mitsuko,
    teruko, akiko …), or none where the dictionary is not installed.

    Japanese given names are mostly read with kun and name readings that pykakasi and
    UniDic miss (both read 光子 コウシ). These readings are many (up to about thirty a
    name), so they are not search keys: the press monitor uses them to meet a name
    written in Latin letters or hangul, and only together with the family name.
    """
    text = unicodedata.normalize("NFKC", text.strip())
    if not text or not _has_han(text):
        return frozenset()
    db = _name_dictionary()
    if db is None:
        return frozenset()
    with _NAME_DICTIONARY_LOCK:
        rows = db.execute(
            "SELECT DISTINCT n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq "
            "JOIN NETranslation tr ON tr.idseq = k.idseq JOIN NETransType t ON t.tid = tr.ID "
            "WHERE k.text = ? AND t.text IN (?, ?, ?)",
            (text, *_GIVEN_NAME_TYPES),
        ).fetchall()
    return frozenset(key for (kana,) in rows if (key := kana_to_romaji(kana)))


def load_dictionaries() -> None:
    """Load the kanji, kana and hanja dictionaries (and MeCab's) now rather than on the
    first name.

    They take most of a second to load: a web process does it at start, so the first
    person looked up does not wait for them.
    """
    search_keys("金山 和子")


# Japanese names written in hangul follow the South Korean rules for Japanese
# (외래어 표기법, 일본어): a voiced or voiceless stop at the start of a word is
# written plain (다나카 Tanaka, 고토 Goto), inside a word plain is voiced and
# aspirated voiceless (가토 Kato, 나가타 Nagata), つ is 쓰 (or 츠 in older
# writing), a final ㅅ doubles the next consonant (핫토리 Hattori) and a final ㄴ
# is ん. Index: the Unicode initial (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
_JA_INITIALS: tuple[str, ...] = (
    *("g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "ts", "ch"),
    *("k", "t", "p", "h"),
)
_JA_VOICELESS = {"g": "k", "d": "t", "b": "p", "j": "ch"}
# ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
_JA_VOWELS: tuple[str, ...] = (
    *("a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo", "u"),
    *("wo", "we", "wi", "yu", "u", "ui", "i"),
)
_JA_TSU_INITIALS = frozenset({10, 13, 14})  # 쓰, 쯔, 츠
_JA_U = 18  # ㅡ
_JA_FINAL_N = frozenset({4, 21})  # ㄴ, ㅇ
_JA_FINAL_GEMINATE = 19  # ㅅ


def _japanese_syllable(initial: int, vowel: int, *, first: bool) -> str:
    if initial in _JA_TSU_INITIALS and vowel == _JA_U:
        return "tsu"
    onset = _JA_INITIALS[initial]
    if vowel == _JA_U and onset == "j":
        return "zu"
    if first and onset in _JA_VOICELESS:
        onset = _JA_VOICELESS[onset]
    if onset in ("ch", "j") and _JA_VOWELS[vowel].startswith("y"):
        return onset + _JA_VOWELS[vowel][1:]
    return onset + _JA_VOWELS[vowel]


def japanese_readings_of_hangul(word: str) -> set[str]:
    """Latin keys of a Japanese name written in hangul: 나카무라 → nakamura, 미쓰코 → mitsuko.

    A word-initial plain stop may stand for either voicing (고토 is Goto, 가토 Kato),
    so both readings are given. Keys are folded like any Latin name, so they meet the
    readings of the kanji name (中村 → nakamura). Not part of ``search_keys``, whose
    stored keys would otherwise change; callers that read Japanese names in Korean
    text (the press monitor) add these keys themselves.
    """
    syllables = [_syllable(char) for char in word]
    if not syllables or any(parts is None for parts in syllables):
        return set()
    readings = [""]
    for position, parts in enumerate(syllables):
        assert parts is not None
        initial, vowel, final = parts
        text = _japanese_syllable(initial, vowel, first=position == 0)
        if position == 0 and _JA_INITIALS[initial] in _JA_VOICELESS:
            variants = [
                text,
                _JA_INITIALS[initial] + text[len(_JA_VOICELESS[_JA_INITIALS[initial]]) :],
            ]
        else:
            variants = [text]
        readings = [reading + variant for reading in readings for variant in variants]
        if final in _JA_FINAL_N:
            readings = [reading + "n" for reading in readings]
        elif final == _JA_FINAL_GEMINATE and position + 1 < len(syllables):
            following = syllables[position + 1]
            assert following is not None
            consonant = _japanese_syllable(following[0], following[1], first=False)[:1]
            readings = [reading + consonant for reading in readings]
    return {normalize_latin(reading) for reading in readings} - {""}
