from __future__ import annotations

from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "hogo.audit"
    label = "audit"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("audit.view", "the audit log was read")
        register("audit.verify", "the audit chain was verified")
