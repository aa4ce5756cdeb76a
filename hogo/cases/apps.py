from __future__ import annotations

from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "hogo.cases"
    label = "cases"

    def ready(self) -> None:
        from hogo.audit.registry import register
        from hogo.cases.merging import move_cases
        from hogo.people.merging import on_merge

        on_merge("cases", move_cases)

        register("cases.create", "a case was opened")
        register("cases.update", "a case's category, priority, officer or summary changed")
        register("cases.transition", "a case moved to another status")
        register("cases.view", "a case was read (page, API or export)")
        register("cases.list", "a list of cases, with the names on them, was shown")
        register("cases.share", "a case was shared with a caseworker")
        register("cases.unshare", "a case was no longer shared with a caseworker")
        register("cases.add_member", "a family member was linked to a case")
        register("cases.add_event", "an entry was added to a case's timeline")
        register("cases.upload_document", "a document was uploaded to a case")
        register("cases.view_document", "a document of a case was downloaded")
        register("cases.view_screening", "the security screening of a case was read")
        register("cases.update_screening", "the security screening of a case changed")
