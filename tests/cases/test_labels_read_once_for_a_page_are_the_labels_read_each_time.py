"""The case list translates each label once for its page (`choice_labels`), not once a row:
the labels it shows are those `choice_label`, and Django's own display, show."""

from __future__ import annotations

import pytest
from django.utils import translation

from hogo.cases.models import Category, Priority
from hogo.cases.workflow import Status
from hogo.lib.choices import choice_label, choice_labels, label_of


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_every_label_read_once_is_the_label_read_each_time(language: str) -> None:
    with translation.override(language):
        for choices in (Status, Category, Priority):
            labels = choice_labels(choices)
            for member in choices:
                assert label_of(labels, member.value) == choice_label(choices, member.value)
            assert label_of(labels, "no_such_value") == "no_such_value"
            assert label_of(labels, ["unhashable"]) == "['unhashable']"


def test_the_labels_are_in_the_language_active_when_they_are_read() -> None:
    with translation.override("ja"):
        japanese = choice_labels(Category)
    with translation.override("en"):
        english = choice_labels(Category)
    assert japanese[Category.FORMER_RESIDENT] != english[Category.FORMER_RESIDENT]
