from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    name = "hogo.approvals"
    label = "approvals"

    def ready(self) -> None:
        from hogo.accounts.notices import deliver_with
        from hogo.approvals.actions import notify
        from hogo.audit.registry import register

        deliver_with("approvals", notify)

        register("approvals.request", _("a request needing a second person's approval was made"))
        register("approvals.approve", _("a request was approved by a second person"))
        register("approvals.refuse", _("a request was refused by a second person"))
        register("approvals.withdraw", _("a request was withdrawn by the person who made it"))
        register(
            "approvals.export",
            _("an approved bulk export of case data was downloaded (with the number of rows)"),
        )
        register(
            "cases.break_glass",
            _("EMERGENCY: a case outside the user's need-to-know was opened for a limited time"),
            highlight=True,
        )
        register(
            "approvals.revoke_emergency",
            _("a supervisor ended someone's emergency (break-glass) access before its time"),
            highlight=True,
        )
