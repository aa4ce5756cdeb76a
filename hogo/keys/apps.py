from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KeysConfig(AppConfig):
    name = "hogo.keys"
    label = "keys"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("keys.rotate", _("encrypted data was re-wrapped under the active master key"))
