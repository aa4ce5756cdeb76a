"""The conflict a stale edit runs into, told from the audit log: who changed what since."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Change:
    who: str
    when: str
    fields: dict[str, list[object]]


def _shown(value: object) -> str:
    # The audit log keeps the marker of an encrypted value ("(encrypted)", see
    # hogo.cases.actions) in English; the reader sees it in their language.
    return str(_("(encrypted)")) if value == "(encrypted)" else str(value)


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
        parts = []
        for change in self.changes:
            fields = "; ".join(
                f"{name}: {_shown(old)} → {_shown(new)}"
                for name, (old, new) in change.fields.items()
            )
            parts.append(f"{change.who} ({change.when}): {fields or '—'}")
        detail = " | ".join(parts)
        return _(
            "Someone else changed this since you opened it (version %(expected)s, now "
            "%(current)s). Changes: %(detail)s. Nothing of yours was saved: reload and apply "
            "your change again."
        ) % {"expected": self.expected, "current": self.current, "detail": detail or "—"}


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
        )
        for entry in entries
        if isinstance(entry.data.get("version"), int) and entry.data["version"] > expected
    ]
    return Conflict(obj, expected, now, changes)
