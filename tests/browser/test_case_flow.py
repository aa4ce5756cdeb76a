"""A caseworker, in a real browser, finds a case by its kana name and moves it one step;
on a phone (390 px) the same search finds it and its page shows the step, none wider
than the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.fixtures import sign_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"

pytestmark = pytest.mark.browser

WORDS = {
    "en": {"timeline": "Timeline", "search": "Search", "reason": "Next step agreed"},
    "ja": {"timeline": "経過", "search": "検索", "reason": "次の段階へ進める"},
    "ko": {"timeline": "경과 기록", "search": "검색", "reason": "다음 단계로 진행"},
}


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_a_caseworker_finds_a_case_by_kana_and_moves_it(
    language: str, live_hogo: dict[str, str], browser: Any
) -> None:
    words = WORDS[language]
    locales = {"ja": "ja-JP", "ko": "ko-KR"}
    context = browser.new_context(locale=locales.get(language, "en-GB"))
    page = context.new_page()
    page.set_default_timeout(15_000)
    base = live_hogo["base"]

    sign_in(page, live_hogo, language)
    page.wait_for_url(f"{base}/cases/**")
    assert page.locator("html").get_attribute("lang") == language

    page.fill('input[name="q"]', "キン")
    page.get_by_role("button", name=words["search"]).click()
    results = page.locator("#results tbody tr")
    results.first.wait_for()
    assert results.count() == 1
    assert "金 正一" in results.first.inner_text()
    results.first.locator("a").first.click()
    page.wait_for_url(f"{base}/cases/*/")

    assert page.get_by_role("heading", name=words["timeline"]).is_visible()
    # The list starts blank; take the first status the workflow offers from here.
    assert page.locator('select[name="to"] option').first.get_attribute("value") == ""
    target = page.locator('select[name="to"] option:not([value=""])').first
    label = target.inner_text().strip()
    page.select_option('select[name="to"]', target.get_attribute("value"))
    reason = f"{words['reason']} ({language})"
    page.fill('textarea[name="reason"]', reason)
    page.locator('form[action$="/transition/"] button[type="submit"]').click()
    page.wait_for_load_state()

    assert label in page.locator("#case-status").inner_text()
    newest = page.locator("#timeline li").first
    assert reason in newest.inner_text()
    assert label in newest.inner_text()

    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"case-page-{language}.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/cases/")
    page.fill('input[name="q"]', "キン")
    page.get_by_role("button", name=words["search"]).click()
    page.locator("#results tbody tr").first.wait_for()
    page.locator("#results tbody tr").first.locator("a").first.click()
    page.wait_for_url(f"{base}/cases/*/")
    assert reason in page.locator("#timeline li").first.inner_text()
    assert page.locator('form[action$="/transition/"] button[type="submit"]').is_visible()
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 390, f"the case page is {wide} px wide on a phone"
    page.screenshot(path=str(SCREENSHOTS / f"case-page-{language}-390.png"), full_page=True)
    context.close()
