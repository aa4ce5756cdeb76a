"""A merge moves every row that points at a person, whichever app holds it."""

from __future__ import annotations

from hogo.people import merging
from hogo.people.models import Person


def test_every_app_that_points_at_persons_moves_its_rows_on_merge() -> None:
    pointing = {
        relation.related_model._meta.app_label
        for relation in Person._meta.related_objects
        if relation.related_model._meta.app_label != "people"
    }
    assert {"cases", "registries"} <= pointing
    assert pointing <= merging.registered_apps()
