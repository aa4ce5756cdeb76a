"""Labels of a model's choices, read from their enumeration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class _Labelled(Protocol):
    @property
    def label(self) -> object: ...


def choice_label(choices: Callable[[object], _Labelled], value: object) -> str:
    """What Django's get_FOO_display shows for `value`, read from the enumeration.

    Django's own builds a dict of every choice on each call, hashing (and so
    translating) every label: a list of 50 cases called it 150 times, a case
    page about 25 times, and every page once for the reader's role.
    """
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)
