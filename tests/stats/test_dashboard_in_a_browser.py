"""A supervisor opens the dashboard in headless Chromium, in English, Japanese and Korean,
on a desktop and on a phone.

The charts are SVG drawn on the server: they must render with no script and
no network. The server is a real `hogo serve` in its own database, started
the way tests/browser/fixtures.py does it, seeded with a supervisor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.fixtures import ROOT, live_server, sign_in

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "test-results"

SEED = """
from datetime import date
from hogo.accounts.models import Compartment, Role, User
from hogo.cases.actions import create_case
from hogo.cases.models import Event
from hogo.people.actions import NameInput, create_person
east = Compartment.objects.create(code="east", name="East Asia desk")
boss = User.objects.create_user(username="boss", password="{password}", role=Role.SUPERVISOR)
boss.compartments.add(east)
person = create_person(actor=boss, names=[NameInput("legal", "佐藤", "花子")])
year = date.today().year - 1
for i in range(6):
    case = create_case(actor=boss, person=person, category="japanese_spouse", compartment=east)
    Event.objects.create(case=case, kind="transition", occurred_on=date(year, 1 + 3 * (i % 4), 5),
                         from_status="in_transit", to_status="arrived")
"""

WORDS = {"en": "Dashboard", "ja": "ダッシュボード", "ko": "대시보드"}
LOCALES = {"en": "en-GB", "ja": "ja-JP", "ko": "ko-KR"}


@pytest.fixture(scope="module")
def live_dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("live-stats"), SEED, "boss") as server:
        yield server


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_a_supervisor_sees_the_charts_and_the_same_numbers(
    language: str, width: int, live_dashboard: dict[str, str], browser: Any
) -> None:
    context = browser.new_context(
        locale=LOCALES[language], viewport={"width": width, "height": 900}
    )
    # Nothing may come from outside the server: a chart fetched from a CDN would fail here.
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith((live_dashboard["base"], "data:"))
            else route.abort()
        ),
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    base = live_dashboard["base"]
    sign_in(page, live_dashboard, language)
    page.wait_for_load_state()
    page.goto(f"{base}/stats/dashboard/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.get_by_role("heading", name=WORDS[language], exact=True).is_visible()
    assert page.locator('[data-figure="total"]').inner_text() == "6"
    assert page.locator('[data-status="arrived"]').inner_text() == "0"
    charts = page.locator("section.figure img")
    assert charts.count() == 3
    for i in range(3):
        drawn = charts.nth(i).evaluate("img => img.complete ? img.naturalWidth : 0")
        assert drawn > 0, f"chart {i} did not render"
    # On a phone the page does not scroll sideways (tables scroll within themselves).
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / f"stats-dashboard-{language}-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    context.close()
