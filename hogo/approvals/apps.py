from __future__ import annotations

from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    name = "hogo.approvals"
    label = "approvals"

    def ready(self) -> None:
        from hogo.accounts.notices import deliver_with
        from hogo.approvals.actions import notify
        from hogo.audit.registry import register

        deliver_with("approvals", notify)

        register("approvals.request", "a request needing a second person's approval was made")
        register("approvals.approve", "a request was approved by a second person")
        register("approvals.refuse", "a request was refused by a second person")
        register("approvals.withdraw", "a request was withdrawn by the person who made it")
        register(
            "approvals.export",
            "an approved bulk export of case data was downloaded (with the number of rows)",
        )
        register(
            "cases.break_glass",
            "EMERGENCY: a case outside the user's need-to-know was opened for a limited time",
            highlight=True,
        )
        register(
            "approvals.revoke_emergency",
            "a supervisor ended someone's emergency (break-glass) access before its time",
            highlight=True,
        )
