from __future__ import annotations

from django.apps import AppConfig


class RegistriesConfig(AppConfig):
    name = "hogo.registries"
    label = "registries"

    def ready(self) -> None:
        from hogo.audit.registry import register
        from hogo.people.merging import on_merge
        from hogo.registries.merging import move_evidence

        on_merge("registries", move_evidence)

        register("registries.import", "a registry file was imported (or replaced a registry)")
        register("registries.remove", "a registry and all its rows were removed")
        register("registries.train", "a linkage model was trained and stored with a registry")
        register(
            "registries.refresh",
            "a registry's name keys and linkage features were derived again from its rows",
        )
        register("registries.view", "a registry's description was shown")
        register("registries.list", "the list of registries was shown")
        register("registries.verify_view", "a person's candidates in the registries were shown")
        register("registries.confirm_match", "a registry record was confirmed as a person")
        register("registries.reject_match", "a registry record was rejected as a person")
        register("registries.revoke_match", "a confirmed registry match was revoked")
