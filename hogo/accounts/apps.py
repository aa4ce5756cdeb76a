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
        register("accounts.sign_in", "someone signed in")
        register("accounts.sign_in_failed", "a sign-in failed")
        register("accounts.sign_out", "someone signed out")
        register("accounts.reauth", "someone confirmed their password before a sensitive action")
        register("accounts.issue_token", "an API token was issued")
        register("accounts.revoke_token", "an API token was revoked")
