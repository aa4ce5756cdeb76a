"""Which writing system a piece of text is in.

Names reach the consulate as kanji/hanja, kana, hangul and Latin letters, and
the search code treats each differently. Classification goes by Unicode block
because no installed library answers "is this hangul or kana" directly; the
blocks are fixed by the Unicode standard, so the table below does not age.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

__all__ = ["Script", "char_script", "detect_script"]


class Script(StrEnum):
    KANJI = "kanji"
    HIRAGANA = "hiragana"
    KATAKANA = "katakana"
    HANGUL = "hangul"
    LATIN = "latin"
    MIXED = "mixed"
    UNKNOWN = "unknown"


# The middle dot separates given and family names in katakana renderings of
# foreign names and the long-vowel mark belongs equally to hiragana and
# katakana, so neither may tip the balance between scripts.
_NEUTRAL = frozenset("\u30fb\uff65\u00b7\u30fc\uff70")

_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x3005, 0x3005, Script.KANJI),  # 々 repeats the previous kanji
    (0x3007, 0x3007, Script.KANJI),  # ideographic zero, as in dates
    (0x3041, 0x309F, Script.HIRAGANA),
    (0x30A0, 0x30FF, Script.KATAKANA),
    (0x31F0, 0x31FF, Script.KATAKANA),
    (0xFF66, 0xFF9F, Script.KATAKANA),  # half-width, still common in old systems
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3130, 0x318F, Script.HANGUL),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xAC00, 0xD7AF, Script.HANGUL),
    (0xD7B0, 0xD7FF, Script.HANGUL),
    (0x3400, 0x4DBF, Script.KANJI),
    (0x4E00, 0x9FFF, Script.KANJI),
    (0xF900, 0xFAFF, Script.KANJI),
    (0x20000, 0x3FFFF, Script.KANJI),
)


def char_script(char: str) -> Script | None:
    """The script of one character, or None when it carries no script.

    Spaces, punctuation, digits, symbols and combining marks (a macron
    written as a separate code point) return None so that they are ignored.
    """
    if char in _NEUTRAL:
        return None
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    if not unicodedata.category(char).startswith("L"):
        return None
    if "LATIN" in unicodedata.name(char, ""):
        return Script.LATIN
    return Script.UNKNOWN


def detect_script(text: str) -> Script:
    """The single script ``text`` is written in, MIXED when several, UNKNOWN when none.

    Kana alone (a name in hiragana with a loan word in katakana) counts as
    kana, whichever kind is in the majority; kana beside kanji (佐藤はな)
    is MIXED because a Japanese reading cannot be taken from it directly.
    """
    counts: dict[Script, int] = {}
    for char in text:
        script = char_script(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.UNKNOWN
    if len(counts) == 1:
        return next(iter(counts))
    if set(counts) == {Script.HIRAGANA, Script.KATAKANA}:
        if counts[Script.KATAKANA] > counts[Script.HIRAGANA]:
            return Script.KATAKANA
        return Script.HIRAGANA
    return Script.MIXED
