from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    name = "hogo.backups"
    label = "backups"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("backups.backup", _("a backup of the whole instance was started"))
        register("backups.restore", _("this instance was restored from a backup"))
