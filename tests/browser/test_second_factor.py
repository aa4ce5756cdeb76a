"""In a real browser: set up an authenticator app, sign in with it and with a recovery
code (which then stops working), and register and use a passkey."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from tests.browser.fixtures import fresh_totp_code, submit_password

pytestmark = pytest.mark.browser


def _sign_out(page: Any) -> None:
    page.locator('form[action$="/accounts/logout/"] button').click()
    page.wait_for_url("**/accounts/login/**")


def _type_enrolment_code(page: Any, code: str) -> None:
    """The one-time code the administrator handed over comes before the first factor."""
    page.fill('input[name="enrolment_code"]', code)
    page.locator("#enrolment-code-form button[type=submit]").click()
    page.locator("#totp-secret").wait_for()


def test_enrol_an_app_then_sign_in_with_it_and_with_a_recovery_code(
    live_hogo: dict[str, str], browser: Any
) -> None:
    base = live_hogo["base"]
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)

    submit_password(page, base, "newcomer", live_hogo["password"])
    page.wait_for_url("**/accounts/enrol/**")
    _type_enrolment_code(page, live_hogo["enrolment_code_newcomer"])
    assert page.locator(".qr svg").count() == 1
    secret = page.locator("#totp-secret").inner_text().strip()
    padded = secret + "=" * (-len(secret) % 8)
    key_hex = base64.b32decode(padded).hex()
    page.fill('input[name="code"]', fresh_totp_code(key_hex))
    page.get_by_role("button", name="Confirm").click()
    # The click returns before the next page arrives: wait for the codes themselves.
    page.locator("#recovery-codes code").first.wait_for()
    codes = [item.strip() for item in page.locator("#recovery-codes code").all_inner_texts()]
    assert len(codes) == 10
    page.get_by_role("link", name="I have written them down").click()
    page.wait_for_load_state()
    assert "/accounts/" not in page.url or "/accounts/verify" not in page.url

    _sign_out(page)
    submit_password(page, base, "newcomer", live_hogo["password"])
    page.wait_for_url("**/accounts/verify/**")
    page.fill('input[name="code"]', fresh_totp_code(key_hex))
    page.locator('#code-form button[type="submit"]').click()
    page.wait_for_load_state()
    assert "/accounts/verify/" not in page.url

    _sign_out(page)
    submit_password(page, base, "newcomer", live_hogo["password"])
    page.wait_for_url("**/accounts/verify/**")
    page.fill('input[name="code"]', codes[0])
    page.locator('#code-form button[type="submit"]').click()
    page.wait_for_load_state()
    assert "/accounts/verify/" not in page.url
    assert "9" in page.locator(".messages").inner_text()

    _sign_out(page)
    submit_password(page, base, "newcomer", live_hogo["password"])
    page.wait_for_url("**/accounts/verify/**")
    page.fill('input[name="code"]', codes[0])
    page.locator('#code-form button[type="submit"]').click()
    page.wait_for_load_state()
    assert "/accounts/verify/" in page.url
    assert page.locator(".field.invalid").count() == 1
    context.close()


def _virtual_authenticator(context: Any, page: Any) -> tuple[Any, str]:
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp, added["authenticatorId"]


def test_register_a_passkey_and_sign_in_with_it(live_hogo: dict[str, str], browser: Any) -> None:
    # WebAuthn needs a host name, not an IP address: localhost is a secure context.
    base = f"http://localhost:{live_hogo['port']}"
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    cdp, authenticator = _virtual_authenticator(context, page)

    submit_password(page, base, "keyholder", live_hogo["password"])
    page.wait_for_url("**/accounts/enrol/**")
    _type_enrolment_code(page, live_hogo["enrolment_code_keyholder"])
    page.locator("#passkey-register-button").click()
    page.locator("#recovery-codes").wait_for()
    assert page.locator("#recovery-codes code").count() == 10
    credentials = cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})
    assert len(credentials["credentials"]) == 1

    page.goto(f"{base}/accounts/security/")
    assert page.locator("#factors tbody tr").count() == 1
    assert "Passkey" in page.locator("#factors").inner_text()

    _sign_out(page)
    submit_password(page, base, "keyholder", live_hogo["password"])
    page.wait_for_url("**/accounts/verify/**")
    page.locator("#passkey-verification-button").click()
    page.wait_for_url(lambda url: "/accounts/verify/" not in url and "/accounts/login/" not in url)
    page.goto(f"{base}/accounts/security/")
    assert page.locator("#factors").is_visible()

    # Replacing the recovery codes needs the password and the passkey again.
    page.get_by_role("button", name="Make new recovery codes").click()
    page.wait_for_url("**/accounts/confirm/**")
    page.fill('input[name="password"]', live_hogo["password"])
    page.get_by_role("button", name="Confirm").click()
    page.locator("#passkey-verification-button").click()
    page.wait_for_url("**/accounts/security/")
    page.get_by_role("button", name="Make new recovery codes").click()
    page.locator("#recovery-codes").wait_for()
    assert page.locator("#recovery-codes code").count() == 10
    context.close()
