from __future__ import annotations

from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "hogo.people"
    label = "people"

    def ready(self) -> None:
        from hogo.audit.registry import register

        register("people.create", "a person was registered")
        register("people.update", "a person's details changed")
        register(
            "people.search",
            "a search among one's own persons, to pick one, listed these (ids, never the words)",
        )
        register("people.view", "a person was read (page, API or export)")
        register("people.add_name", "a name was added to a person")
        register("people.relate", "a relationship between persons was recorded")
        register("people.merge", "a duplicate person was merged into this one")
        register("people.merged", "this person was a duplicate, merged into another")
