"""Countries by ISO 3166 code, named in English, Japanese and Korean from the CLDR (Babel).

A country is stored as its two-letter code and typed however the user knows
it: "cn", "CN", "China", "中国", "中華人民共和国" or "중국" all give CN, and so
does a list entry such as "中国 (CN)". The names come from the Unicode CLDR as
Babel ships it, so they are maintained with the library rather than here.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale

LANGUAGES = ("en", "ja", "ko")
# CLDR territories that are not countries one is held or travels in.
NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
# Names people use that the CLDR lists under another form.
ALIASES = {
    "dprk": "KP",
    "north korea": "KP",
    "republic of korea": "KR",
    "rok": "KR",
    "prc": "CN",
    "people's republic of china": "CN",
    "中華人民共和国": "CN",
    "朝鮮民主主義人民共和国": "KP",
    "大韓民国": "KR",
    "韓国": "KR",
    "uk": "GB",
    "usa": "US",
}
_LISTED = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Za-z]{2})\)$")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


@functools.cache
def codes() -> tuple[str, ...]:
    territories = Locale("en").territories
    return tuple(
        sorted(
            code
            for code in territories
            if isinstance(code, str)
            and len(code) == 2
            and code.isalpha()
            and code not in NOT_COUNTRIES
        )
    )


def _language(language: str) -> str:
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def country_name(code: str, language: str = "en") -> str:
    """The country's name in the language (English for any other); the code if unknown."""
    code = code.upper()
    if code not in codes():
        return code
    return str(Locale(_language(language)).territories.get(code, code))


@functools.cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in LANGUAGES:
        territories = Locale(language).territories
        for code in codes():
            if code in territories:
                names.setdefault(_fold(territories[code]), code)
    for alias, code in ALIASES.items():
        names.setdefault(_fold(alias), code)
    return names


def resolve_country(text: str) -> str | None:
    """The ISO code of the country the text names, or None when it names none."""
    text = text.strip()
    if not text:
        return None
    listed = _LISTED.match(text)
    if listed and listed.group("code").upper() in codes():
        return listed.group("code").upper()
    if len(text) == 2 and text.upper() in codes():
        return text.upper()
    return _by_name().get(_fold(text))


def listing(language: str) -> list[tuple[str, str]]:
    """(code, "name (CODE)") for every country, sorted by name in the language."""
    rows = [(code, country_name(code, language)) for code in codes()]
    rows.sort(key=lambda row: _fold(row[1]))
    return [(code, f"{name} ({code})") for code, name in rows]


def listing_entry(code: str, language: str) -> str:
    """How a country appears in the list: "中国 (CN)"."""
    return f"{country_name(code, language)} ({code.upper()})"
