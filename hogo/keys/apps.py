from __future__ import annotations

from django.apps import AppConfig


class KeysConfig(AppConfig):
    name = "hogo.keys"
    label = "keys"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("keys.rotate", "encrypted data was re-wrapped under the active master key")
