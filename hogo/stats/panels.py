"""Panels that apps above ``stats`` add to the supervisors' dashboard.

Resettlement support, for one, sits above ``stats`` in the layers and shows its
overdue service-plan tasks on the dashboard. ``stats`` cannot import it, so each
such app registers, when Django makes it ready, a function that builds its panel
for the reader; the dashboard draws every panel that has something to show and
writes what each one showed into its own audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hogo.accounts.models import User


@dataclass(frozen=True)
class Panel:
    template: str
    context: dict[str, Any]
    # What the panel showed, by ids and counts, for the dashboard's audit entry.
    audit: dict[str, object] = field(default_factory=dict)


PanelBuilder = Callable[[User, date], Panel | None]

_builders: dict[str, PanelBuilder] = {}


def add_panel(app_label: str, builder: PanelBuilder) -> None:
    """Have `builder` draw a panel on the dashboard; one builder per app."""
    _builders[app_label] = builder


def panels_for(user: User, *, today: date) -> dict[str, Panel]:
    """Every registered panel that has something to show this user, by app."""
    built = {label: builder(user, today) for label, builder in _builders.items()}
    return {label: panel for label, panel in built.items() if panel is not None}
