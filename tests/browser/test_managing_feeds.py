"""A supervisor manages the press feeds in a browser, on a desktop and on a phone, in English
and in Japanese: an address on this machine's network is refused in words and nothing is
saved; a feed is paused and resumed, and the page says which it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.fixtures import SEED, fresh_totp_code, live_server, sign_in
from tests.browser.test_layout import OVERFLOWING

pytestmark = pytest.mark.browser

# The demo's way to vouch for an example address without a network (see hogo/demo/feeds.py).
FEEDS_SEED = (
    SEED
    + """
from hogo.demo.feeds import load_demo_feeds
from hogo.monitor.actions import resume_feed
from hogo.monitor.models import Feed
chief = User.objects.create_user(username="chief", password="{password}", role=Role.SUPERVISOR)
chief.compartments.add(east)
load_demo_feeds()
resume_feed(Feed.objects.get(name="Example wire (English)"), actor=None)
"""
)

WORDS = {
    "en": {
        "scheme": "Only https:// addresses are fetched",
        "private": "private, local or reserved address",
        "paused": "Paused",
        "active": "Active",
        "pause": "Pause",
        "resume": "Resume",
        "add": "Add a feed",
    },
    "ja": {
        "scheme": "https:// のアドレスだけを取得します",
        "private": "予約済みのアドレス",
        "paused": "一時停止中",
        "active": "取得中",
        "pause": "一時停止",
        "resume": "再開",
        "add": "フィードを追加",
    },
}


@pytest.fixture(scope="module")
def feeds_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("feeds"), FEEDS_SEED, "chief") as server:
        yield server


@pytest.fixture(scope="module")
def chief(feeds_server: dict[str, str], browser: Any) -> Iterator[Any]:
    """The supervisor, signed in, who has confirmed it is them once (sudo mode, 5 minutes)."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, feeds_server, "en")
    page.goto(f"{feeds_server['base']}/monitor/feeds/add/")
    page.wait_for_url("**/accounts/confirm/**")
    page.fill('input[name="password"]', feeds_server["password"])
    page.fill('input[name="code"]', fresh_totp_code(feeds_server["totp_key"]))
    page.locator('main form button[type="submit"]').click()
    page.wait_for_url("**/monitor/feeds/add/")
    yield page
    context.close()


def _language(page: Any, base: str, language: str) -> None:
    page.goto(f"{base}/monitor/feeds/")
    page.locator(f'header button[name="language"][value="{language}"]').click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language


def _fits(page: Any) -> None:
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(OVERFLOWING) == []


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_refused_address_and_a_paused_feed(
    language: str, width: int, feeds_server: dict[str, str], chief: Any, tmp_path: Path
) -> None:
    page, base, words = chief, feeds_server["base"], WORDS[language]
    page.set_viewport_size({"width": width, "height": 900})
    _language(page, base, language)
    # The nav leads here, and the page lists both demo feeds.
    assert page.locator('header nav a[href="/monitor/feeds/"]').count() == 1
    cards = page.locator("li.feed-card")
    assert cards.count() == 2
    _fits(page)

    # Adding: plain http, then the cloud metadata address; each refused in words.
    page.get_by_role("link", name=words["add"]).click()
    page.wait_for_url("**/monitor/feeds/add/")
    for address, refusal in [
        ("http://news.example/rss.xml", words["scheme"]),
        ("https://169.254.169.254/latest/meta-data/", words["private"]),
    ]:
        page.fill('input[name="name"]', "Metadata")
        page.fill('input[name="url"]', address)
        page.locator("form.feed-form button[type=submit]").click()
        page.wait_for_load_state()
        told = page.locator(".field.invalid .error").inner_text()
        assert refusal in told
        assert address.startswith("http://") or "169.254.169.254" in told
        _fits(page)
    page.screenshot(path=str(tmp_path / f"refused-{language}-{width}.png"), full_page=True)
    page.goto(f"{base}/monitor/feeds/")
    assert cards.count() == 2  # nothing was saved

    # Pausing the active feed, then resuming it: the card says which, in words.
    card = page.locator("li.feed-card", has_text="Example wire (English)")
    assert words["active"] in card.locator(".feed-state").inner_text()
    card.get_by_role("button", name=words["pause"], exact=True).click()
    page.wait_for_load_state()
    card = page.locator("li.feed-card", has_text="Example wire (English)")
    assert card.locator(".feed-state").inner_text() == words["paused"]
    _fits(page)
    page.screenshot(path=str(tmp_path / f"paused-{language}-{width}.png"), full_page=True)
    card.get_by_role("button", name=words["resume"], exact=True).click()
    page.wait_for_load_state()
    card = page.locator("li.feed-card", has_text="Example wire (English)")
    assert card.locator(".feed-state").inner_text() == words["active"]
