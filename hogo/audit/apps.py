from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "hogo.audit"
    label = "audit"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("audit.view", _("the audit log was read"))
        register("audit.verify", _("the audit chain was verified"))
