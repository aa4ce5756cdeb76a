"""What the other apps move when one person's record is folded into another.

Cases and registry decisions point at persons from apps that sit above
``people``: ``merge_persons`` cannot import them without ``people`` depending on
its own dependants. Each such app registers, when Django makes it ready, a
function that moves its rows from the merged person to the kept one and says
what it moved; ``merge_persons`` runs them inside its transaction and writes
what they report into its audit entry.

``tests/people/test_merge_reaches_every_app.py`` fails when an app points at
persons and registers nothing, so a new app cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from hogo.people.models import Person

# (kept, merged) -> what moved, by name, for the audit entry.
Mover = Callable[[Person, Person], dict[str, object]]

_movers: dict[str, Mover] = {}


def on_merge(app_label: str, mover: Mover) -> None:
    """Have `mover` run whenever two persons merge; one mover per app."""
    _movers[app_label] = mover


def registered_apps() -> frozenset[str]:
    return frozenset(_movers)


def move_rows(keep: Person, merge: Person) -> dict[str, object]:
    """Run every app's mover, in the order the apps became ready."""
    moved: dict[str, object] = {}
    for mover in _movers.values():
        moved.update(mover(keep, merge))
    return moved
