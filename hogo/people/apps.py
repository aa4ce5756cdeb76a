from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "hogo.people"
    label = "people"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("people.create", _("a person was registered"))
        register("people.update", _("a person's details changed"))
        register(
            "people.search",
            _("a search among one's own persons, to pick one, listed these (ids, never the words)"),
        )
        register("people.view", _("a person was read (page, API or export)"))
        register("people.add_name", _("a name was added to a person"))
        register("people.relate", _("a relationship between persons was recorded"))
        register("people.merge", _("a duplicate person was merged into this one"))
        register("people.merged", _("this person was a duplicate, merged into another"))
