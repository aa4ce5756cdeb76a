from __future__ import annotations

from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "hogo.backups"
    label = "backups"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("backups.backup", "a backup of the whole instance was started")
        register("backups.restore", "this instance was restored from a backup")
