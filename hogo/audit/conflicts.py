"""The conflict a stale edit runs into, told from the audit log: who changed what since."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Change:
    who: str
    when: str
    fields: dict[str, list[object]]
    actor_id: int | None = None


def _shown(field: Any, value: object) -> str:
    """A value from the audit log as the reader knows it: a label, never a code."""
    # The audit log keeps the marker of an encrypted value ("(encrypted)", see
    # hogo.cases.actions) in English; the reader sees it in their language.
    if value == "(encrypted)":
        return str(_("(encrypted)"))
    if value is None or value == "":
        return "—"
    if field is None:
        return str(value)
    if field.choices:
        labels = {str(key): label for key, label in field.flatchoices}
        return str(labels.get(str(value), value))
    # Only an account is looked up by its id: it names a colleague, never a protected person.
    related = field.related_model if field.is_relation else None
    if related is not None and related._meta.label == settings.AUTH_USER_MODEL:
        user = related._default_manager.filter(pk=value).first()
        return str(user) if user is not None else str(value)
    return str(value)


def _field(model: type[models.Model], name: str) -> Any:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _field_name(field: Any, name: str) -> str:
    return str(getattr(field, "verbose_name", name))


class Conflict(Exception):
    """Someone else changed the object since the version the editor started from."""

    def __init__(self, obj: models.Model, expected: int, current: int, changes: list[Change]):
        self.obj = obj
        self.expected = expected
        self.current = current
        self.changes = changes
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.message_for(None)

    def message_for(self, viewer: Any) -> str:
        """The conflict told to `viewer`: their own change from another tab is theirs."""
        viewer_id = getattr(viewer, "pk", None)
        model = type(self.obj)
        parts = []
        for change in self.changes:
            described = []
            for name, (old, new) in change.fields.items():
                field = _field(model, name)
                described.append(
                    f"{_field_name(field, name)}: {_shown(field, old)} → {_shown(field, new)}"
                )
            fields = "; ".join(described)
            own = viewer_id is not None and change.actor_id == viewer_id
            who = _("you, in another tab or window") if own else change.who
            parts.append(f"{who} ({change.when}): {fields or '—'}")
        detail = " | ".join(parts)
        values = {"expected": self.expected, "current": self.current, "detail": detail or "—"}
        if (
            viewer_id is not None
            and self.changes
            and all(part.actor_id == viewer_id for part in self.changes)
        ):
            return (
                _(
                    "You changed this yourself, in another tab or window, since this page was "
                    "opened (version %(expected)s, now %(current)s). Changes: %(detail)s. "
                    "Nothing of this page was saved: reload and apply your change again."
                )
                % values
            )
        return (
            _(
                "Someone else changed this since you opened it (version %(expected)s, now "
                "%(current)s). Changes: %(detail)s. Nothing of yours was saved: reload and "
                "apply your change again."
            )
            % values
        )


def conflict_since(obj: models.Model, expected: int) -> Conflict:
    from hogo.audit.models import AuditEntry

    current = type(obj)._default_manager.filter(pk=obj.pk).values_list("version", flat=True)
    now = current.first() or expected
    entries = AuditEntry.objects.filter(
        object_type=obj._meta.label_lower, object_id=str(obj.pk)
    ).order_by("pk")
    changes = [
        Change(
            who=entry.actor_label,
            when=f"{entry.created_at:%Y-%m-%d %H:%M} UTC",
            fields=entry.changes,
            actor_id=entry.actor_id,
        )
        for entry in entries
        if isinstance(entry.data.get("version"), int) and entry.data["version"] > expected
    ]
    return Conflict(obj, expected, now, changes)
