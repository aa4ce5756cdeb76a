"""Picking a person in a real browser, at 1280 and 390 px, in English, Japanese and Korean:
typing searches inline and lists each match with names in every script, birth year and
case, so two 李 英哲 are told apart; without JavaScript the same search reloads the page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import SEED, live_server, sign_in

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
RADIOS = "#picker-choices input[type=radio]"
LOCALES = {"en": "en-GB", "ja": "ja-JP", "ko": "ko-KR"}
BORN = {"en": "born {}", "ja": "{}年生", "ko": "{}년생"}
NOBODY = {
    "en": "No person of your own cases matches.",
    "ja": "自分の担当案件に一致する人物はいません。",
    "ko": "내 담당 사례 중 일치하는 인물이 없습니다.",
}
NAMESAKES = """
TWINS = (("1940-02-03", "영철", "Yong Chol"), ("1962-07-08", "영처", "Yong Cho"))
for birth, hangul, latin in TWINS:
    twin = create_person(actor=officer, names=[NameInput("legal", "李", "英哲"),
        NameInput("hangul", "이", hangul), NameInput("latin", "Ri", latin)],
        sex="M", birth_date_text=birth)
    create_case(actor=officer, person=twin, category="former_resident", compartment=east)
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("picker"), SEED + NAMESAKES, "officer") as running:
        yield running


def _choices(page: Any) -> list[str]:
    return [label.inner_text() for label in page.locator("#picker-choices label:has(input)").all()]


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_typing_lists_the_namesakes_told_apart_and_keeps_the_rest_of_the_form(
    language: str, server: dict[str, str], browser: Any
) -> None:
    base = server["base"]
    context = browser.new_context(locale=LOCALES[language], viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, server, language)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{base}/cases/new/")
        page.select_option('select[name="category"]', "other")
        url = page.url
        page.locator("#picker-q").press_sequentially("李 英哲", delay=20)
        expect(page.locator(RADIOS)).to_have_count(2)
        assert page.url == url  # no page load: the list alone was replaced
        assert page.locator('select[name="category"]').input_value() == "other"
        older, younger = sorted(_choices(page), key=lambda text: "1962" in text)
        assert BORN[language].format(1940) in older
        assert "이 영철" in older
        assert BORN[language].format(1962) in younger
        assert "Ri Yong Cho" in younger
        assert "HG-" in older
        assert "HG-" in younger
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"{width} px: the page is {wide} px wide"

        # A ticked person stays offered when the words change.
        page.locator("#picker-choices label:has-text('1962') input").check()
        page.locator("#picker-q").fill("nobody at all")
        page.locator("#picker-q").press("Enter")
        expect(page.locator(RADIOS)).to_have_count(1)
        assert page.locator("#picker-choices input:checked").count() == 1
        assert page.locator("#picker-choices").inner_text().count("1962") == 1

        page.locator("#picker-q").fill("佐藤 1999")
        page.locator("#picker-q").press("Enter")
        expect(page.locator("#picker-choices [role=status]")).to_contain_text(NOBODY[language])
    context.close()


def test_without_javascript_the_search_reloads_the_page(
    server: dict[str, str], browser: Any
) -> None:
    base = server["base"]
    signing = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 900})
    page = signing.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, server, "en")
    state = signing.storage_state()
    signing.close()
    context = browser.new_context(
        locale="en-GB",
        viewport={"width": 390, "height": 900},
        java_script_enabled=False,
        storage_state=state,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/cases/new/")
    page.fill("#picker-q", "Ri 1940")
    page.locator('form[role="search"] button[type="submit"]').click()
    page.wait_for_url("**/cases/new/?q=Ri+1940")
    [label] = _choices(page)
    assert "born 1940" in label
    assert "李 英哲" in label
    context.close()
