"""A message that appears in two catalogues is translated the same in both.

At run time Django takes a message from one catalogue only: hogo/locale first, then the
apps in the order of INSTALLED_APPS. A second, different translation of the same English
in another catalogue is never shown, so the page says something other than what that
catalogue's author wrote (the rules page said 更新番号, a record's version, for a rule's
改定). Where one English word means two things, the source gives it a context
(`{% translate "version" context "of a record" %}`, `pgettext`), which makes it another
message.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import polib
import pytest

HOGO = Path(__file__).resolve().parents[2] / "hogo"


@pytest.mark.parametrize("language", ["ja", "ko"])
def test_a_message_in_two_catalogues_has_one_translation(language: str) -> None:
    translations: dict[tuple[str | None, str], dict[str, str]] = defaultdict(dict)
    paths = sorted(HOGO.glob(f"**/locale/{language}/LC_MESSAGES/django.po"))
    assert len(paths) >= 5
    for path in paths:
        for entry in polib.pofile(str(path)):
            if not entry.obsolete and not entry.msgid_plural:
                where = str(path.relative_to(HOGO).parent.parent.parent)
                translations[(entry.msgctxt, entry.msgid)][where] = entry.msgstr
    differing = {key: found for key, found in translations.items() if len(set(found.values())) > 1}
    assert differing == {}


def test_the_rules_page_and_the_case_page_each_say_their_own_version() -> None:
    from django.utils import translation

    with translation.override("ja"):
        assert translation.gettext("version") == "改定"
        assert translation.pgettext("of a record", "version") == "更新番号"
    with translation.override("ko"):
        assert translation.gettext("version") == "개정"
        assert translation.pgettext("of a record", "version") == "수정 번호"
