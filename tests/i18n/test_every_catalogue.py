"""Every catalogue of every app, in Japanese and in Korean: complete, compiled, placeholders kept.

A Korean catalogue sits beside every Japanese one and translates the same messages, so
a reader of either language never meets an English string the other language has.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import formats, translation

HOGO = Path(__file__).resolve().parents[2] / "hogo"
LANGUAGES = ("ja", "ko")
JAPANESE = sorted(HOGO.glob("**/locale/ja/LC_MESSAGES/*.po"))
# Every kind of placeholder a message may carry: %(name)s (with any flags), a bare %s or %d,
# a literal %%, and {name} or {} of str.format. A translation keeps exactly the original's.
PLACEHOLDER = re.compile(
    r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[-#0 +]*\d*(?:\.\d+)?[sdifr%]|\{[A-Za-z_0-9.]*\}"
)


def _catalogue(language: str, japanese: Path) -> Path:
    return Path(str(japanese).replace("/locale/ja/", f"/locale/{language}/"))


CATALOGUES = [
    pytest.param(_catalogue(language, path), id=str(_catalogue(language, path).relative_to(HOGO)))
    for language in LANGUAGES
    for path in JAPANESE
]


def _live(path: Path) -> list[polib.POEntry]:
    return [entry for entry in polib.pofile(str(path)) if not entry.obsolete]


def test_every_app_with_a_japanese_catalogue_has_a_korean_one() -> None:
    # hogo/locale (django and djangojs), stats, registries, monitor, support
    assert len(JAPANESE) >= 6
    assert [path for path in JAPANESE if not _catalogue("ko", path).exists()] == []


@pytest.mark.parametrize("path", CATALOGUES)
def test_the_catalogue_is_complete_compiled_and_keeps_its_placeholders(path: Path) -> None:
    language = path.parts[-3]
    po = polib.pofile(str(path))
    assert po.metadata["Language"] == language
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    entries = _live(path)
    assert [e.msgid for e in entries if not e.translated() or "fuzzy" in e.flags] == []
    for entry in entries:
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        assert all(text.strip() for text in texts), entry.msgid
        wanted = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for text in texts:
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (entry.msgid, text)
    mo = polib.mofile(str(path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo if e.msgid}
    for entry in entries:
        if not entry.msgid_plural:
            assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, entry.msgid


@pytest.mark.parametrize("japanese", JAPANESE, ids=lambda p: str(p.relative_to(HOGO)))
def test_korean_translates_exactly_what_japanese_translates(japanese: Path) -> None:
    def ids(path: Path) -> set[tuple[str | None, str]]:
        return {(e.msgctxt, e.msgid) for e in _live(path)}

    assert ids(_catalogue("ko", japanese)) == ids(japanese)


def test_korean_is_offered_in_its_own_name() -> None:
    assert ("ko", "한국어") in [(code, str(name)) for code, name in settings.LANGUAGES]


def test_dates_are_written_the_korean_way() -> None:
    with translation.override("ko"):
        assert formats.date_format(date(2025, 6, 1)) == "2025년 6월 1일"
        assert translation.gettext("Timeline") == "경과 기록"
        assert translation.gettext("Confidential") == "대외비"


@pytest.mark.django_db
def test_the_sign_in_page_renders_in_korean(client: Client, settings: Any) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ko"
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="ko")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="ko">' in body
    assert "로그인" in body
    assert "Sign in" not in body
    assert "한국어" in body


def test_the_placeholder_check_sees_every_kind_of_placeholder() -> None:
    message = "%(name)s has %(n)d of %(total)5.1f, %s, %d%% and {place} {}"
    assert PLACEHOLDER.findall(message) == [
        "%(name)s",
        "%(n)d",
        "%(total)5.1f",
        "%s",
        "%d",
        "%%",
        "{place}",
        "{}",
    ]
    # A translation that renames or drops one is told apart from one that keeps them.
    assert sorted(PLACEHOLDER.findall("%(nom)s {place}")) != sorted(
        PLACEHOLDER.findall("%(name)s {place}")
    )
    # Prose with a per cent sign is not a placeholder.
    assert PLACEHOLDER.findall("所得の10% 以上") == []
