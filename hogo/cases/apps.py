from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "hogo.cases"
    label = "cases"

    def ready(self) -> None:
        from hogo.audit.registry import register
        from hogo.cases.merging import move_cases
        from hogo.people.merging import on_merge

        on_merge("cases", move_cases)

        register("cases.create", _("a case was opened"))
        register("cases.update", _("a case's category, priority, officer or summary changed"))
        register("cases.transition", _("a case moved to another status"))
        register("cases.view", _("a case was read (page, API or export)"))
        register("cases.list", _("a list of cases, with the names on them, was shown"))
        register("cases.share", _("a case was shared with a caseworker"))
        register("cases.unshare", _("a case was no longer shared with a caseworker"))
        register("cases.add_member", _("a family member was linked to a case"))
        register("cases.add_event", _("an entry was added to a case's timeline"))
        register("cases.upload_document", _("a document was uploaded to a case"))
        register("cases.view_document", _("a document of a case was downloaded"))
        # The access layer (hogo.access) is a package, not an app: its one action lives here.
        register(
            "access.refused",
            _("a lookup of a case, person or document was refused (the ids asked, never contents)"),
        )
        register("cases.view_screening", _("the security screening of a case was read"))
        register("cases.update_screening", _("the security screening of a case changed"))
