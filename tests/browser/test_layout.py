"""Pages fit a phone and a desktop in every language, the header keeps its words whole,
a skip link leads to the content, and a case prints marked confidential with its reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.fixtures import sign_in

pytestmark = pytest.mark.browser

LANGUAGES = ("en", "ja", "ko")
WIDTHS = (1280, 390)
CONFIDENTIAL = {"en": "Confidential", "ja": "取扱注意", "ko": "대외비"}
PAGES = (
    "/cases/",
    "/cases/new/",
    "/people/new/",
    "/monitor/",
    "/approvals/",
    "/approvals/notifications/",
    "/accounts/security/",
    "/accounts/tokens/",
)

# Every header item whose text is drawn on more than one line box (a word cut in two).
WRAPPED_HEADER_ITEMS = """() => [...document.querySelectorAll(
    'header.top nav a, header.top .session a, header.top .session button, header.top .who')]
  .filter(el => {
    const rects = [...el.getClientRects()].filter(r => r.width > 0);
    const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
    return rects.length > 1 || el.getBoundingClientRect().height > line * 1.6;
  })
  .map(el => el.textContent.trim())"""

# Elements reaching past the right edge of the viewport (what makes a page scroll sideways).
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length)
    .filter(el => !el.closest('.table-scroll, main table, .skip-link'))
    .slice(0, 5)
    .map(el => el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40));
}"""


@pytest.fixture(scope="module")
def signed_in(live_hogo: dict[str, str], browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_hogo, "en")
    yield page
    context.close()


def _choose_language(page: Any, base: str, language: str) -> None:
    page.goto(f"{base}/cases/")
    page.locator(f'header button[name="language"][value="{language}"]').click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_fit_the_screen_and_the_header_keeps_words_whole(
    language: str, live_hogo: dict[str, str], signed_in: Any
) -> None:
    page, base = signed_in, live_hogo["base"]
    _choose_language(page, base, language)
    assert page.locator("header button[value='ko']").inner_text() == "한국어"
    case_page = page.locator("#results tbody tr a").first.get_attribute("href")
    problems = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path in (*PAGES, case_page, f"{case_page}print/"):
            page.goto(f"{base}{path}")
            wide = page.evaluate("document.documentElement.scrollWidth")
            if wide > width:
                problems[f"{width} {path} is {wide} px wide"] = page.evaluate(OVERFLOWING)
            if path.endswith("print/"):
                continue
            wrapped = page.evaluate(WRAPPED_HEADER_ITEMS)
            if wrapped:
                problems[f"{width} {path} header items wrapped"] = wrapped
            if width == 390:
                # The way out and the status form are on a phone's screen, not off to the side.
                for selector in ("header form[action$='/logout/'] button", "#transition-heading"):
                    if selector.startswith("#") and path != case_page:
                        continue
                    box = page.locator(selector).bounding_box()
                    assert box is not None, (path, selector)
                    assert box["x"] + box["width"] <= width, (path, selector)
    page.set_viewport_size({"width": 1280, "height": 900})
    assert problems == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_skip_link_is_the_first_stop_and_leads_to_the_content(
    language: str, live_hogo: dict[str, str], signed_in: Any
) -> None:
    page, base = signed_in, live_hogo["base"]
    _choose_language(page, base, language)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_case_prints_marked_confidential_with_its_reader_and_no_navigation(
    language: str, live_hogo: dict[str, str], signed_in: Any
) -> None:
    page, base = signed_in, live_hogo["base"]
    _choose_language(page, base, language)
    page.locator("#results tbody tr a").first.click()
    page.wait_for_url(f"{base}/cases/*/")
    page.locator("a.print-link").click()
    page.wait_for_url(f"{base}/cases/*/print/")
    page.emulate_media(media="print")
    try:
        mark = page.locator("#print-mark")
        assert CONFIDENTIAL[language] in mark.inner_text()
        assert live_hogo["username"] in mark.inner_text()
        # The mark sits in the table head the browser repeats on every printed page.
        assert page.evaluate("getComputedStyle(document.querySelector('thead')).display") == (
            "table-header-group"
        )
        assert page.locator(".print-bottom").is_visible()
        assert not page.locator("#print-button").is_visible()
        assert page.locator("header.top").count() == 0
        assert page.locator(".print-timeline li").count() >= 1
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
    finally:
        page.emulate_media(media="screen")
