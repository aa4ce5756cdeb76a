"""A supervisor on a phone (390 px), in Japanese, costs the draft programme for
Japanese spouses: the figures, the chart and the table fit the screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.fixtures import SEED, live_server, sign_in
from tests.support.test_household_page_in_a_browser import PHONE, SCREENSHOTS

pytestmark = pytest.mark.browser

# Thirty resettled spouses' cases of one, two or three persons (synthetic persons).
WHAT_IF_SEED = (
    SEED
    + """
from hogo.cases.models import Case, CaseMember
from hogo.people.models import Person
from hogo.support.programmes import load_programmes
boss = User.objects.create_user(username="boss", password="{password}", role=Role.SUPERVISOR)
boss.compartments.add(east)
load_programmes(actor=None)
for i in range(30):
    case = Case.objects.create(
        reference="S-%04d" % i, person=Person.objects.create(), category="japanese_spouse",
        compartment=east, status="resettlement",
    )
    for _ in range(i % 3):
        CaseMember.objects.create(case=case, person=Person.objects.create(), relation="child")
"""
)


@pytest.fixture(scope="module")
def live_what_if(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("what-if"), WHAT_IF_SEED, "boss") as server:
        yield server


def test_a_supervisor_costs_the_draft_on_a_phone_in_japanese(
    live_what_if: dict[str, str], browser: Any
) -> None:
    context = browser.new_context(locale="ja-JP", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_in(page, live_what_if, "ja")
    page.goto(f"{live_what_if['base']}/support/what-if/")
    page.get_by_role("button", name="試算する").click()
    page.wait_for_load_state()
    assert page.locator('[data-figure="households"]').inner_text() == "30"
    assert page.locator('[data-figure="beneficiaries"]').inner_text() == "60"
    assert page.locator("img.chart").is_visible()
    assert page.locator('tr[data-year="2028"]').inner_text().endswith("¥81,600,000")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "support-what-if-390-ja.png"), full_page=True)
    context.close()
