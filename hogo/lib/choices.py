"""Labels of a model's choices, read from their enumeration."""

from __future__ import annotations

from enum import Enum
from typing import Protocol, cast


class _Labelled(Protocol):
    @property
    def label(self) -> object: ...


def choice_label(choices: type[Enum], value: object) -> str:
    """What Django's get_FOO_display shows for `value`, read from the enumeration.

    Django's own builds a dict of every choice on each call, hashing (and so
    translating) every label: a list of 50 cases called it 150 times, a case
    page about 25 times, and every page once for the reader's role.
    """
    try:
        member = choices(value)
    except ValueError:
        return str(value)
    # Django's enumerations (models.Choices) give each member its label.
    return str(cast(_Labelled, member).label)


def choice_labels(choices: type[Enum]) -> dict[object, str]:
    """Every label of an enumeration by value, translated once (in the language active
    now): for a list that shows a label on each of its rows. `label_of` reads one."""
    return {member.value: str(cast(_Labelled, member).label) for member in choices}


def label_of(labels: dict[object, str], value: object) -> str:
    """`choice_label` of `value`, read from `choice_labels`."""
    try:
        return labels[value]
    except (KeyError, TypeError):
        return str(value)
