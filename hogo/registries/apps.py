from __future__ import annotations

from django.apps import AppConfig


class RegistriesConfig(AppConfig):
    name = "hogo.registries"
    label = "registries"
