"""Registered audit action names.

Every action recorded in the log has a namespaced name (`cases.transition`,
`people.view`) registered here by the app that owns it, so an auditor can read
what each means and a typo fails at once instead of writing an unsearchable entry.
"""

from __future__ import annotations

_ACTIONS: dict[str, str] = {}
# Actions an auditor must not miss (emergency access): the log page marks them.
_HIGHLIGHTED: set[str] = set()


def register(name: str, description: str, *, highlight: bool = False) -> None:
    app, _dot, verb = name.partition(".")
    if not app or not verb:
        raise ValueError(f"audit action {name!r} must be namespaced, like 'cases.view'")
    _ACTIONS[name] = description
    if highlight:
        _HIGHLIGHTED.add(name)


def is_registered(name: str) -> bool:
    return name in _ACTIONS


def actions() -> dict[str, str]:
    return dict(sorted(_ACTIONS.items()))


def highlighted() -> frozenset[str]:
    return frozenset(_HIGHLIGHTED)
