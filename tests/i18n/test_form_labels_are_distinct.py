"""No form shows two fields under the same words: two date filters both labelled 開始日
leave the reader guessing which is which. Checked in every language, over every form
class of every app."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.utils import translation

import hogo


def _form_classes() -> list[type[forms.BaseForm]]:
    found: list[type[forms.BaseForm]] = []
    for module_info in pkgutil.walk_packages(hogo.__path__, "hogo."):
        if not module_info.name.endswith(".forms"):
            continue
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


FORMS = _form_classes()


def test_every_app_has_its_forms_checked() -> None:
    apps = {cls.__module__.split(".")[1] for cls in FORMS}
    assert {"cases", "people", "accounts", "approvals", "stats", "support"} <= apps


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_no_form_gives_two_fields_the_same_label(language: str) -> None:
    repeated = {}
    with translation.override(language):
        for cls in FORMS:
            fields: dict[str, list[str]] = {}
            for name, field in cls.base_fields.items():
                if not field.widget.is_hidden:
                    fields.setdefault(str(field.label or name), []).append(name)
            twice = {label: names for label, names in fields.items() if len(names) > 1}
            if twice:
                repeated[f"{cls.__module__}.{cls.__name__}"] = twice
    assert repeated == {}
