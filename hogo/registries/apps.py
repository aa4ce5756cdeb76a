from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistriesConfig(AppConfig):
    name = "hogo.registries"
    label = "registries"

    def ready(self) -> None:
        from hogo.audit.registry import register
        from hogo.people.merging import on_merge
        from hogo.registries.merging import move_evidence

        on_merge("registries", move_evidence)

        register("registries.import", _("a registry file was imported (or replaced a registry)"))
        register("registries.remove", _("a registry and all its rows were removed"))
        register("registries.train", _("a linkage model was trained and stored with a registry"))
        register(
            "registries.refresh",
            _("a registry's name keys and linkage features were derived again from its rows"),
        )
        register("registries.view", _("a registry's description was shown"))
        register("registries.list", _("the list of registries was shown"))
        register("registries.search", _("a file of people was looked up in a registry"))
        register("registries.verify_view", _("a person's candidates in the registries were shown"))
        register("registries.confirm_match", _("a registry record was confirmed as a person"))
        register("registries.reject_match", _("a registry record was rejected as a person"))
        register("registries.revoke_match", _("a confirmed registry match was revoked"))
