"""A caseworker, in a real browser, in English, Japanese and Korean, verifies a person against
a registry and confirms; on a phone (390 px) the candidates fit the screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.fixtures import SEED, live_server, sign_in
from tests.registries.conftest import HEADER, VERIFY_ROWS

pytestmark = pytest.mark.browser

REGISTRY = "\\n".join([HEADER, *VERIFY_ROWS])
SEED_WITH_REGISTRY = (
    SEED
    + f"""
import pathlib, tempfile
from hogo.registries.actions import import_registry
csv_path = pathlib.Path(tempfile.mkdtemp()) / "manifests.csv"
csv_path.write_text("{REGISTRY}\\n", encoding="utf-8")
import_registry(name="manifests", path=csv_path, actor=None)
"""
)
WORDS = {
    "en": {"confirm": "Confirm: this is the person", "evidence": "Eligibility evidence"},
    "ja": {"confirm": "確認：本人である", "evidence": "名簿による資格の根拠"},  # noqa: RUF001
    "ko": {"confirm": "확인: 본인이 맞음", "evidence": "명부에 따른 자격 근거"},
}
LOCALES = {"en": "en-GB", "ja": "ja-JP", "ko": "ko-KR"}


@pytest.fixture(scope="module")
def live_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("verify"), SEED_WITH_REGISTRY, "officer") as server:
        yield server


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_a_caseworker_confirms_the_top_candidate_with_a_reason(
    language: str, live_registry: dict[str, str], browser: Any
) -> None:
    words = WORDS[language]
    context = browser.new_context(locale=LOCALES[language], viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(30_000)
    base = live_registry["base"]
    sign_in(page, live_registry, language)
    page.wait_for_url(f"{base}/cases/**")

    page.goto(f"{base}/registries/verify/1/")
    candidate = page.locator("section[data-candidate]").first
    assert candidate.get_by_role("button", name=words["confirm"]).is_visible()
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 390, f"the verify page is {wide} px wide on a phone"

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/registries/verify/1/")
    first = page.locator("section[data-candidate]").first
    assert first.get_attribute("data-candidate") == "manifests:R1"
    assert first.locator("img").first.is_visible()  # the chart, drawn as SVG
    assert first.locator('tr[data-field="birth_date"]').is_visible()
    first.locator("textarea").fill(f"statement and manifest agree ({language})")
    first.get_by_role("button", name=words["confirm"]).click()
    page.wait_for_url(f"{base}/registries/verify/1/")
    evidence = page.locator("section[data-evidence]")
    assert words["evidence"] in evidence.inner_text()
    assert f"statement and manifest agree ({language})" in evidence.inner_text()
    context.close()
