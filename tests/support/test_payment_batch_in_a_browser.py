"""Two payment officers, in a real browser and in both languages: one prepares the
month's batch, the other re-authenticates, approves it and downloads the bank file."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.fixtures import SEED, fresh_totp_code, live_server, sign_in

pytestmark = pytest.mark.browser

PREPARER_KEY = secrets.token_hex(20)
PREPARER_PASSWORD = secrets.token_urlsafe(12)

# 金 正一 (decided last month: paid this month) and 佐藤 花子 (decided this month:
# paid next month), both eligible by an override two supervisors approved.
SUPPORT_SEED = (
    SEED
    + f"""
from datetime import date
from django_otp.plugins.otp_totp.models import TOTPDevice
from hogo.cases.models import Case
from hogo.support.actions import create_household, decide_override, request_override
from hogo.support.actions import start_entitlement
from hogo.support.calendar import add_months
from hogo.support.models import Benefit
from hogo.support.payments import set_bank_account
from hogo.support.programmes import load_programmes
lead = User.objects.create_user(username="lead", password="-", role=Role.SUPERVISOR)
deputy = User.objects.create_user(username="deputy", password="-", role=Role.SUPERVISOR)
for boss in (lead, deputy):
    boss.compartments.add(east)
payer = User.objects.create_user(
    username="payer", password="{{password}}", role=Role.PAYMENT_OFFICER
)
preparer = User.objects.create_user(
    username="preparer", password="{PREPARER_PASSWORD}", role=Role.PAYMENT_OFFICER
)
TOTPDevice.objects.create(user=preparer, name="phone", key="{PREPARER_KEY}", confirmed=True)
load_programmes(actor=None)
monthly = Benefit.objects.get(programme__code="abductee-act", code="monthly")
today = date.today()
for case, months_ago, kana in zip(
    Case.objects.order_by("pk"), (1, 0), ("キン セイイチ", "サトウ ハナコ")
):
    household = create_household(
        case, payee=case.person, members=[], arrived_on=today, actor=officer
    )
    override = request_override(
        case.person, reason="Family register copy seen at the mission.", actor=lead
    )
    decide_override(override, approve=True, actor=deputy)
    set_bank_account(household, bank_code="0001", branch_code="001", account_type="1",
                     number=str(1234560 + case.pk), holder_kana=kana, actor=officer)
    year, month = add_months(today.year, today.month, -months_ago)
    start_entitlement(household, monthly, decided_on=date(year, month, 1), actor=officer)
"""
)
WORDS = {
    "en": {
        "prepare": "Prepare the month's batch",
        "approve_link": "Approve this batch",
        "approve": "Approve",
        "confirm": "Confirm",
        "download": "Download the bank transfer file",
    },
    "ja": {
        "prepare": "この月のバッチを作成",
        "approve_link": "このバッチを承認する",
        "approve": "承認する",
        "confirm": "確認",
        "download": "振込データをダウンロード",
    },
}


@pytest.fixture(scope="module")
def live_support(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    remitter = {
        "HOGO_SUPPORT_REMITTER_CODE": "0000012345",
        "HOGO_SUPPORT_REMITTER_NAME": "ｼｴﾝ ｻﾞｲﾀﾞﾝ",
        "HOGO_SUPPORT_REMITTER_ACCOUNT": "0005-001-1-7654321",
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in remitter.items():
            patch.setenv(name, value)
        with live_server(tmp_path_factory.mktemp("support"), SUPPORT_SEED, "payer") as server:
            yield server


def _month(offset: int) -> str:
    from datetime import date

    from hogo.support.calendar import add_months

    today = date.today()
    year, month = add_months(today.year, today.month, offset)
    return f"{year:04d}-{month:02d}"


@pytest.mark.parametrize(("language", "offset"), [("en", 0), ("ja", 1)])
def test_one_officer_prepares_another_approves_and_exports_the_batch(
    language: str, offset: int, live_support: dict[str, str], browser: Any
) -> None:
    words = WORDS[language]
    base = live_support["base"]
    locale = "ja-JP" if language == "ja" else "en-GB"

    preparing = browser.new_context(locale=locale).new_page()
    preparing.set_default_timeout(60_000)
    preparer = {
        **live_support,
        "username": "preparer",
        "password": PREPARER_PASSWORD,
        "totp_key": PREPARER_KEY,
    }
    sign_in(preparing, preparer, language)
    preparing.wait_for_url(f"{base}/support/batches/")
    preparing.fill('input[name="month"]', _month(offset))
    preparing.get_by_role("button", name=words["prepare"]).click()
    preparing.wait_for_url(f"{base}/support/batches/*/")
    batch_url = preparing.url
    assert (
        preparing.locator("dd[data-batch-status]").get_attribute("data-batch-status")
        == "awaiting_approval"
    )
    # Whoever prepared the batch is not offered its approval.
    assert preparing.get_by_role("link", name=words["approve_link"]).count() == 0
    assert "¥" in preparing.locator("table").inner_text()

    approving = browser.new_context(locale=locale, accept_downloads=True).new_page()
    approving.set_default_timeout(60_000)
    sign_in(approving, live_support, language)
    approving.goto(batch_url)
    approving.get_by_role("link", name=words["approve_link"]).click()
    approving.wait_for_url("**/accounts/confirm/**")
    approving.fill('input[name="password"]', live_support["password"])
    approving.fill('input[name="code"]', fresh_totp_code(live_support["totp_key"]))
    approving.get_by_role("button", name=words["confirm"]).click()
    approving.wait_for_url("**/approve/")
    approving.get_by_role("button", name=words["approve"], exact=True).click()
    approving.wait_for_url(batch_url)
    status = approving.locator("dd[data-batch-status]").get_attribute("data-batch-status")
    assert status == "approved"
    with approving.expect_download() as download_info:
        approving.get_by_role("button", name=words["download"]).click()
    path = download_info.value.path()
    records = path.read_bytes().split(b"\r\n")[:-1]
    assert [len(r) for r in records] == [120] * len(records)
    assert [r[:1] for r in records] == [b"1", b"2", b"8", b"9"]
    assert "ｼｴﾝ ｻﾞｲﾀﾞﾝ" in records[0].decode("cp932")
    path.unlink()
