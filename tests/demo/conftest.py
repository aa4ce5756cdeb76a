"""A small demo, loaded once per test class through the real actions."""

from __future__ import annotations

from datetime import date

from django.test import TestCase, override_settings

from hogo.demo import generator

COUNT = 30
SEED = 7
TODAY = date(2025, 6, 1)


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class LoadedDemo(TestCase):
    """Loading takes seconds, so each class loads once and rolls back at its end."""

    plan: generator.DemoPlan
    result: generator.LoadResult
    progress: list[tuple[int, int]]

    @classmethod
    def setUpTestData(cls) -> None:
        cls.plan = generator.build_plan(seed=SEED, count=COUNT, today=TODAY)
        cls.progress = []
        cls.result = generator.load(
            cls.plan, progress=lambda done, total: cls.progress.append((done, total))
        )
