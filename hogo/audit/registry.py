"""Registered audit action names.

Every action recorded in the log has a namespaced name (`cases.transition`,
`people.view`) registered here by the app that owns it, so an auditor can read
what each means and a typo fails at once instead of writing an unsearchable entry.
"""

from __future__ import annotations

from django.utils.functional import Promise

# Each description is the action's label on the audit log page, translated for its reader.
_ACTIONS: dict[str, str | Promise] = {}
# Actions an auditor must not miss (emergency access): the log page marks them.
_HIGHLIGHTED: set[str] = set()


def register(name: str, description: str | Promise, *, highlight: bool = False) -> None:
    app, _dot, verb = name.partition(".")
    if not app or not verb:
        raise ValueError(f"audit action {name!r} must be namespaced, like 'cases.view'")
    _ACTIONS[name] = description
    if highlight:
        _HIGHLIGHTED.add(name)


def is_registered(name: str) -> bool:
    return name in _ACTIONS


def actions() -> dict[str, str]:
    """Every action's name and description, in the active language."""
    return {name: str(description) for name, description in sorted(_ACTIONS.items())}


def label(name: str) -> str:
    """An action's description in the active language (its name, if it is not registered)."""
    description = _ACTIONS.get(name)
    return str(description) if description is not None else name


def highlighted() -> frozenset[str]:
    return frozenset(_HIGHLIGHTED)
