from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "hogo.accounts"
    label = "accounts"

    def ready(self) -> None:
        from hogo.accounts import signals  # noqa: F401
        from hogo.audit.registry import register

        register("accounts.create", _("an account was created"))
        register("accounts.update", _("an account's role, compartments or status changed"))
        register(
            "accounts.change_propose",
            _("an administrator proposed a change that would open case contents to an account"),
        )
        register("accounts.change_approve", _("a second administrator approved an account change"))
        register("accounts.change_refuse", _("a second administrator refused an account change"))
        register(
            "accounts.change_withdraw", _("a proposed account change was withdrawn or replaced")
        )
        register("accounts.compartment_create", _("a compartment was created"))
        register(
            "accounts.enrolment_code_issue",
            _("a one-time code to enrol a first second factor was issued"),
        )
        register("accounts.enrolment_code_use", _("someone used their one-time enrolment code"))
        register("accounts.enrolment_code_failed", _("a wrong or spent enrolment code was typed"))
        register("accounts.sign_in", _("someone signed in"))
        register("accounts.sign_in_failed", _("a sign-in failed"))
        register(
            "accounts.sign_in_refused",
            _(
                "sign-ins refused unchecked while the account was paused at that address "
                "(how many, and between when)"
            ),
        )
        register("accounts.sign_out", _("someone signed out"))
        register("accounts.password_change", _("someone changed their own password"))
        register(
            "accounts.password_change_failed",
            _("someone trying to change their password typed a wrong current one"),
        )
        register(
            "accounts.reauth",
            _("someone confirmed their password (and second factor) before a sensitive action"),
        )
        register("accounts.issue_token", _("an API token was issued"))
        register("accounts.revoke_token", _("an API token was revoked"))
        register("accounts.factor_enrol", _("someone added a second factor (app or passkey)"))
        register("accounts.factor_remove", _("someone removed one of their second factors"))
        register("accounts.factors_reset", _("an administrator reset a user's second factors"))
        register("accounts.recovery_codes_issue", _("someone made a new set of recovery codes"))
        register("accounts.second_factor", _("someone passed the second factor"))
        register("accounts.second_factor_failed", _("a second-factor check failed"))
