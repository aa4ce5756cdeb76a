"""The Japanese catalogue is complete, keeps its placeholders, is compiled, and is used."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polib
import pytest
from django.test import Client
from django.utils import translation

LC_MESSAGES = Path(__file__).resolve().parents[2] / "hogo" / "locale" / "ja" / "LC_MESSAGES"
PO_PATH = LC_MESSAGES / "django.po"
MO_PATH = LC_MESSAGES / "django.mo"

# Python %-style named placeholders, as gettext and blocktranslate produce them.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(PO_PATH))


def entries(catalogue: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in catalogue if not entry.obsolete]


def test_the_header_declares_japanese_utf8_and_one_plural_form(catalogue: polib.POFile) -> None:
    assert catalogue.metadata["Language"] == "ja"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert not catalogue.metadata_is_fuzzy


def test_every_entry_is_translated(catalogue: polib.POFile) -> None:
    untranslated = [entry.msgid for entry in entries(catalogue) if not entry.translated()]
    assert untranslated == []
    assert catalogue.percent_translated() == 100


def test_no_entry_is_fuzzy(catalogue: polib.POFile) -> None:
    assert [entry.msgid for entry in entries(catalogue) if "fuzzy" in entry.flags] == []


def test_plural_entries_fill_exactly_the_one_japanese_form(catalogue: polib.POFile) -> None:
    plurals = [entry for entry in entries(catalogue) if entry.msgid_plural]
    assert plurals
    for entry in plurals:
        assert list(entry.msgstr_plural) == [0], entry.msgid
        assert entry.msgstr_plural[0].strip(), entry.msgid


def test_placeholders_match_between_msgid_and_msgstr(catalogue: polib.POFile) -> None:
    mismatches = []
    for entry in entries(catalogue):
        if entry.msgid_plural:
            # The single Japanese form must serve for both English forms.
            wanted = placeholders(entry.msgid_plural)
            assert placeholders(entry.msgid) == wanted, entry.msgid
            found = [placeholders(text) for text in entry.msgstr_plural.values()]
        else:
            wanted = placeholders(entry.msgid)
            found = [placeholders(entry.msgstr)]
        mismatches.extend((entry.msgid, got) for got in found if got != wanted)
    assert mismatches == []


def test_translations_keep_the_words_the_browser_test_looks_for(catalogue: polib.POFile) -> None:
    by_id = {entry.msgid: entry.msgstr for entry in entries(catalogue)}
    assert by_id["Timeline"] == "経過"
    assert by_id["Search"] == "検索"
    assert by_id["Sign in"] == "ログイン"
    assert by_id["English"] == "English"
    assert by_id["日本語"] == "日本語"


def test_the_compiled_catalogue_holds_every_translation(catalogue: polib.POFile) -> None:
    # Compared by content: a checkout does not keep file times, so the .mo being
    # newer than the .po says nothing about whether it was compiled from it.
    compiled = {entry.msgid: entry for entry in polib.mofile(str(MO_PATH)) if entry.msgid}
    source = {entry.msgid: entry for entry in entries(catalogue)}
    assert set(compiled) == set(source)
    for msgid, entry in source.items():
        if not entry.msgid_plural:
            assert compiled[msgid].msgstr == entry.msgstr, msgid


@pytest.mark.django_db
def test_the_sign_in_page_renders_in_japanese(client: Client, settings: Any) -> None:
    settings.LANGUAGE_CODE = "ja"
    with translation.override("ja"):
        response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="ja">' in body
    assert "ログイン" in body
    assert "Sign in" not in body
