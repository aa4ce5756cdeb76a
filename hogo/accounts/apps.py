from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "hogo.accounts"
    label = "accounts"

    def ready(self) -> None:
        from hogo.accounts import signals  # noqa: F401
        from hogo.audit.registry import register

        register("accounts.create", "an account was created")
        register("accounts.update", "an account's role, compartments or status changed")
        register(
            "accounts.change_propose",
            "an administrator proposed a change that would open case contents to an account",
        )
        register("accounts.change_approve", "a second administrator approved an account change")
        register("accounts.change_refuse", "a second administrator refused an account change")
        register("accounts.change_withdraw", "a proposed account change was withdrawn or replaced")
        register("accounts.compartment_create", "a compartment was created")
        register(
            "accounts.enrolment_code_issue",
            "a one-time code to enrol a first second factor was issued",
        )
        register("accounts.enrolment_code_use", "someone used their one-time enrolment code")
        register("accounts.enrolment_code_failed", "a wrong or spent enrolment code was typed")
        register("accounts.sign_in", "someone signed in")
        register("accounts.sign_in_failed", "a sign-in failed")
        register("accounts.sign_out", "someone signed out")
        register("accounts.password_change", "someone changed their own password")
        register(
            "accounts.password_change_failed",
            "someone trying to change their password typed a wrong current one",
        )
        register(
            "accounts.reauth",
            "someone confirmed their password (and second factor) before a sensitive action",
        )
        register("accounts.issue_token", "an API token was issued")
        register("accounts.revoke_token", "an API token was revoked")
        register("accounts.factor_enrol", "someone added a second factor (app or passkey)")
        register("accounts.factor_remove", "someone removed one of their second factors")
        register("accounts.factors_reset", "an administrator reset a user's second factors")
        register("accounts.recovery_codes_issue", "someone made a new set of recovery codes")
        register("accounts.second_factor", "someone passed the second factor")
        register("accounts.second_factor_failed", "a second-factor check failed")
