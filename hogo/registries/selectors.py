"""Reads of registries. Registries hold no case data: supervisors see them all."""

from __future__ import annotations

import re

from hogo.registries.models import Registry

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,60}$")


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


def registry_by_name(name: str) -> Registry | None:
    return Registry.objects.filter(name=name).first()


def all_registries() -> list[Registry]:
    return list(Registry.objects.order_by("name"))
