"""Every catalogue uses the glossary's word for each key concept (docs/glossary.md)."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
LANGUAGES = {"ja": 1, "ko": 2}  # the glossary column of each language's word


def _rows() -> list[list[str]]:
    rows = []
    for line in GLOSSARY.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and cells[0] not in ("English", "---"):
            rows.append(cells)
    return rows


ROWS = _rows()


def _translations(language: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "hogo").glob(f"**/locale/{language}/LC_MESSAGES/*.po")):
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            found += [(entry.msgid, text) for text in texts]
    return found


def test_the_glossary_names_the_key_concepts_in_three_languages() -> None:
    english = {row[0] for row in ROWS}
    assert {"case", "compartment", "sign in", "version (of a record)", "exposure alert"} <= english
    assert all(row[1] and row[2] for row in ROWS)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_term_translated_on_its_own_uses_the_glossarys_word(language: str) -> None:
    words = {row[0].lower(): row[LANGUAGES[language]] for row in ROWS}
    wrong = [
        (msgid, text, words[msgid.lower()])
        for msgid, text in _translations(language)
        if msgid.lower() in words and words[msgid.lower()] not in text
    ]
    assert wrong == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_translation_uses_a_word_the_glossary_rules_out(language: str) -> None:
    column = 3 if language == "ja" else 4
    ruled_out = {
        word.strip(): row[0] for row in ROWS for word in row[column].split(",") if word.strip()
    }
    # 版 alone: not inside 出版 or 版画, which no message uses anyway.
    patterns = {word: re.compile(re.escape(word)) for word in ruled_out}
    found = [
        (msgid, text, word)
        for msgid, text in _translations(language)
        for word, pattern in patterns.items()
        if pattern.search(text)
    ]
    assert found == []
