from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from hogo.accounts.models import Role
from hogo.audit import registry
from hogo.audit.log import head, record, verify
from hogo.audit.models import AuditEntry
from hogo.front.decorators import AuthedRequest, role_required


def _model(object_type: str) -> Any:
    try:
        return apps.get_model(object_type) if "." in object_type else None
    except LookupError:
        return None


def _field_label(model: Any, name: str) -> str:
    """A changed field's label: of the entry's model, else of another model of its app
    (a timeline entry's fields are recorded on its case)."""
    if name.endswith("_length"):
        return _("%(field)s (length)") % {"field": _field_label(model, name[: -len("_length")])}
    if model is not None:
        for candidate in [model, *apps.get_app_config(model._meta.app_label).get_models()]:
            try:
                field = candidate._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if hasattr(field, "verbose_name"):
                return str(field.verbose_name)
    return name.replace("_", " ")


def _in_words(entry: AuditEntry) -> None:
    """The entry's action, object kind and changed fields as labels (names stay in titles)."""
    model = _model(entry.object_type)
    entry.action_label = registry.label(entry.action)  # type: ignore[attr-defined]
    entry.object_label = (  # type: ignore[attr-defined]
        str(model._meta.verbose_name) if model is not None else entry.object_type
    )
    entry.field_labels = [  # type: ignore[attr-defined]
        _field_label(model, name) for name in entry.changes
    ]


@role_required(Role.AUDITOR)
def audit_log(request: AuthedRequest) -> HttpResponse:
    """The log as auditors read it: who did what to which object, never case contents."""
    # In the order written: an entry not chained yet shows without its number.
    entries = AuditEntry.objects.order_by("-pk")
    action = request.GET.get("action", "")
    if action:
        entries = entries.filter(action=action)
    actor = request.GET.get("actor", "").strip()
    if actor:
        entries = entries.filter(actor_label=actor)
    object_id = request.GET.get("object", "").strip()
    if object_id:
        entries = entries.filter(object_id=object_id)
    highlighted = registry.highlighted()
    # "break-glass only": the emergency accesses an auditor reviews first.
    break_glass = bool(request.GET.get("break_glass"))
    if break_glass:
        entries = entries.filter(action__in=highlighted)
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    for entry in page:
        _in_words(entry)
    verdict = None
    if request.GET.get("verify"):
        # The whole chain is walked: on demand only, not on every page view.
        verdict = verify()
    record("audit.view", actor=request.user, data={"filters": dict(request.GET.items())})
    return render(
        request,
        "audit/log.html",
        {
            "page": page,
            "actions": registry.actions(),
            "action": action,
            "actor": actor,
            "object": object_id,
            "break_glass": break_glass,
            "highlighted": highlighted,
            "verdict": verdict,
            "head": head(),
        },
    )
