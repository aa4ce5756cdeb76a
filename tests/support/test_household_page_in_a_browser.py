"""A caseworker on a phone (390 px wide) sets up a household on the page: a mistake is
told in words beside the field, the household is saved, the plan drawn up, and the case
page now leads to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.fixtures import sign_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _fits(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_a_caseworker_sets_up_a_household_on_a_phone(
    live_hogo: dict[str, str], browser: Any
) -> None:
    context = browser.new_context(locale="en-GB", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    base = live_hogo["base"]
    sign_in(page, live_hogo, "en")
    page.wait_for_url(f"{base}/cases/**")
    page.goto(f"{base}/cases/")
    row = page.locator("tbody tr", has_text="佐藤")
    href = row.locator("a").first.get_attribute("href")
    assert href is not None
    case_pk = href.rstrip("/").rsplit("/", 1)[-1]

    page.goto(f"{base}/support/case/{case_pk}/household/")
    assert _fits(page)
    # The person paid is marked under 18: refused, and the page says why.
    page.locator('input[name="minors"]').first.check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "The person paid must be an adult." in page.locator(".field.invalid").inner_text()
    assert _fits(page)

    page.locator('input[name="minors"]').first.uncheck()
    page.fill('input[name="arrived_on"]', "2026-01-20")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{base}/support/case/{case_pk}/")
    assert "The household was set up." in page.content()

    page.get_by_role("button", name="Draw up the plan from the arrival date").click()
    page.wait_for_url(f"{base}/support/case/{case_pk}/")
    assert page.locator('li[data-task="housing"]').count() == 1
    assert _fits(page)

    # The case page now leads to the support page it has.
    page.goto(f"{base}/cases/{case_pk}/")
    page.locator("#support-link").click()
    page.wait_for_url(f"{base}/support/case/{case_pk}/")
    assert page.locator('li[data-task="housing"]').count() == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "support-household-390.png"), full_page=True)
    context.close()
