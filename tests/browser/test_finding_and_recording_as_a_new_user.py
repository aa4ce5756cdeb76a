"""A newcomer, in a real browser at 1280 and 390 px, in English, Japanese and Korean: finds
a case by part of its reference and by place, records a month without a day and a country
by name, and sees the follow-ups list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.fixtures import SEED, live_server, sign_in

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"
WIDTHS = (1280, 390)
WORDS = {
    "en": {
        "country": "China",
        "month": "November 2002, day not recorded",
        "follow_ups": "Diplomatic requests to follow up",
        "last_activity": "last activity",
    },
    "ja": {
        "country": "中国",
        "month": "2002年11月（日の記録なし）",  # noqa: RUF001 - as the page writes it
        "follow_ups": "フォローアップが必要な外交要請",
        "last_activity": "最終更新",
    },
    "ko": {
        "country": "중국",
        "month": "2002년 11월(일 기록 없음)",
        "follow_ups": "후속 확인이 필요한 외교 요청",
        "last_activity": "최근 활동",
    },
}
LOCALES = {"en": "en-GB", "ja": "ja-JP", "ko": "ko-KR"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("newuser"), SEED, "officer") as running:
        yield running


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_a_newcomer_finds_and_records_in_words(
    language: str, server: dict[str, str], browser: Any
) -> None:
    words = WORDS[language]
    base = server["base"]
    context = browser.new_context(locale=LOCALES[language], viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, server, language)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{base}/cases/?q=00001")
        rows = page.locator("#results tbody tr")
        assert rows.count() == 1
        assert "00001" in rows.first.inner_text()
        assert page.locator("#results thead").inner_text().count(words["last_activity"]) == 1
        rows.first.locator("a").first.click()
        page.wait_for_url(f"{base}/cases/*/")
        case_url = page.url
        # The status form starts blank.
        assert page.locator('select[name="to"]').input_value() == ""

        page.goto(f"{case_url}events/location/")
        page.fill('input[name="occurred_on"]', "2002-11")
        country = page.locator('input[name="country"]')
        assert country.is_visible()
        assert country.get_attribute("list") == "country-countries"
        country.fill(words["country"])
        page.fill('input[name="region"]', "Jilin")
        page.select_option('select[name="custodian"]', "host_security")
        page.locator('form.card[method="post"] button[type="submit"]').click()
        page.wait_for_url(case_url)
        newest = page.locator("#timeline li.location").first
        assert words["month"] in newest.inner_text()
        assert f"{words['country']}, Jilin" in newest.inner_text()

        page.goto(f"{base}/cases/?q=吉林")
        assert page.locator("#results tbody tr").count() == 1

        page.goto(f"{base}/cases/follow-ups/")
        assert page.get_by_role("heading", name=words["follow_ups"]).is_visible()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"new-user-{language}-{width}.png"), full_page=True)
    context.close()
