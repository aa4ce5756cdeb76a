"""A small demo, loaded once per test class, as tests/demo does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.test import TestCase, override_settings

from hogo.cases.models import Case
from hogo.demo import generator
from hogo.people.models import NameKind

DATA = Path(__file__).parent / "data"
COUNT = 40
SEED = 1959
TODAY = date(2025, 6, 1)


def reports_case() -> Case:
    family, given = generator.REPORT_CASE_NAME
    return Case.objects.get(
        person__names__kind=NameKind.LEGAL,
        person__names__family=family,
        person__names__given=given,
    )


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class LoadedDemo(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        generator.load(generator.build_plan(seed=SEED, count=COUNT, today=TODAY))
