"""In headless Chromium, in Japanese, Korean and English: paste an article, see the highlighted
sentences on the alert, dismiss it with a reason, and find it among the dismissed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.fixtures import sign_in

pytestmark = pytest.mark.browser

ARTICLES = {
    "en": (
        "Seiichi Kin, a former Korean resident of Japan from Niigata prefecture, is hiding in "
        "China, his supporters said. The weather was cold."
    ),
    "ja": "元在日朝鮮人の金正一さんは新潟県出身。支援者によると、中国に潜伏している。天気は寒い。",
    # A Korean-speaking officer pastes an English wire story (hogo reads English and Japanese).
    "ko": (
        "Kin Seiichi, a former Korean resident of Japan born in Niigata prefecture, was seen "
        "in China, a church group said. The weather was cold."
    ),
}
WORDS = {
    "en": {
        "dismiss": "Dismiss as unrelated",
        "heading": "Exposure alerts",
        "dismissed": "dismissed",
    },
    "ja": {
        "dismiss": "無関係として却下",
        "heading": "報道掲載アラート",
        "dismissed": "無関係として却下",
    },
    "ko": {
        "dismiss": "관계없음으로 기각",
        "heading": "언론 노출 경보",
        "dismissed": "관계없음으로 기각",
    },
}


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_an_officer_sees_and_dismisses_an_exposure_alert(
    language: str,
    live_hogo: dict[str, str],
    browser: Any,
) -> None:
    words = WORDS[language]
    locales = {"ja": "ja-JP", "ko": "ko-KR"}
    context = browser.new_context(locale=locales.get(language, "en-GB"))
    page = context.new_page()
    page.set_default_timeout(15_000)
    base = live_hogo["base"]
    sign_in(page, live_hogo, language)
    page.wait_for_url(f"{base}/cases/**")

    page.goto(f"{base}/monitor/paste/")
    page.fill('input[name="title"]', f"clipping-{language}")
    page.fill('textarea[name="text"]', ARTICLES[language])
    page.locator('form:has(textarea[name="text"]) button[type="submit"]').click()
    page.wait_for_url(f"{base}/monitor/articles/*/")

    marks = page.locator("mark")
    assert marks.count() >= 1
    assert "金" in page.locator(".alert h3").first.inner_text()
    assert all("weather" not in m.lower() and "天気" not in m for m in marks.all_inner_texts())
    # The evidence is told in words: no rule name, custodian or category code.
    evidence = page.locator(".alert .evidence").first.inner_text()
    assert re.search(r"\b[a-z]+_[a-z_]+\b", evidence) is None, evidence
    # On a phone the article and its alerts fit the screen (tables scroll within themselves).
    page.set_viewport_size({"width": 390, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    assert page.get_by_role("button", name=words["dismiss"]).first.is_visible()

    page.fill('input[name="reason"]', f"A namesake ({language})")
    page.get_by_role("button", name=words["dismiss"]).click()
    page.wait_for_load_state()
    assert words["dismissed"] in page.locator(".alert h3").first.inner_text()

    page.goto(f"{base}/monitor/?status=dismissed")
    assert page.get_by_role("heading", name=words["heading"]).is_visible()
    assert f"clipping-{language}" in page.locator("table.alerts").inner_text()
    context.close()
