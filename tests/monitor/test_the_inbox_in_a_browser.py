"""In headless Chromium, in Japanese and English: paste an article, see the highlighted
sentences on the alert, dismiss it with a reason, and find it among the dismissed."""

from __future__ import annotations

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
}
WORDS = {
    "en": {
        "dismiss": "Dismiss as unrelated",
        "heading": "Exposure alerts",
        "dismissed": "dismissed",
    },
    "ja": {
        "dismiss": "無関係として却下",
        "heading": "報道露出の警報",
        "dismissed": "無関係として却下",
    },
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_officer_sees_and_dismisses_an_exposure_alert(
    language: str,
    live_hogo: dict[str, str],
    browser: Any,
) -> None:
    words = WORDS[language]
    context = browser.new_context(locale="ja-JP" if language == "ja" else "en-GB")
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

    page.fill('input[name="reason"]', f"A namesake ({language})")
    page.get_by_role("button", name=words["dismiss"]).click()
    page.wait_for_load_state()
    assert words["dismissed"] in page.locator(".alert h3").first.inner_text()

    page.goto(f"{base}/monitor/?status=dismissed")
    assert page.get_by_role("heading", name=words["heading"]).is_visible()
    assert f"clipping-{language}" in page.locator("table.alerts").inner_text()
    context.close()
