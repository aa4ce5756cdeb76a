"""Telling users something: one door for every app, whichever app keeps the notifications.

The notifications live with approvals; the monitor, beside it and not above it,
cannot import them. Each app that has news calls :func:`notify` here, and
approvals plugs its delivery in when it starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from hogo.accounts.models import User


class Delivery(Protocol):
    def __call__(self, recipients: Iterable[User], *, kind: str, text: str, link: str) -> None: ...


_deliveries: dict[str, Delivery] = {}


def deliver_with(name: str, delivery: Delivery) -> None:
    _deliveries[name] = delivery


def notify(recipients: Iterable[User], *, kind: str, text: str, link: str) -> None:
    people = list(recipients)
    if not people:
        return
    for delivery in _deliveries.values():
        delivery(people, kind=kind, text=text, link=link)
