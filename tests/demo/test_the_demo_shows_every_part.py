"""The demo has something to show on every page: a registry, a model, press alerts, support."""

from __future__ import annotations

from hogo.cases.models import Case
from hogo.demo import generator
from hogo.demo.articles import load_demo_articles
from hogo.demo.registry import REGISTRY_NAME
from hogo.monitor.models import Alert, AlertStatus, Feed
from hogo.people.models import NameKind
from hogo.registries.models import Registry
from hogo.registries.selectors import search
from tests.demo.conftest import SEED, TODAY, LoadedDemo


def case_named(family: str, given: str) -> Case:
    return Case.objects.get(
        person__names__kind=NameKind.LEGAL,
        person__names__family=family,
        person__names__given=given,
    )


class TestTheDemoShowsEveryPart(LoadedDemo):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.extras = generator.load_extras(seed=SEED, today=TODAY)

    def test_a_trained_registry_holds_the_demo_persons(self) -> None:
        registry = Registry.objects.get(name=REGISTRY_NAME)
        assert registry.model_json
        assert registry.row_count == self.extras.registry_rows
        assert registry.row_count > 100

    def test_verify_identity_finds_kims_record_first(self) -> None:
        kim = case_named(*generator.KIM_NAME)
        found = search(kim.person, reader=kim.officer)
        assert found[0].record.record_id == f"M{kim.person.pk:06d}"
        assert found[0].scored.match_probability > 0.5

    def test_the_articles_raise_alerts_on_the_cases_they_describe(self) -> None:
        alerted = set(Alert.objects.filter(status=AlertStatus.OPEN).values_list("case", flat=True))
        assert case_named(*generator.REPORT_CASE_NAME).pk in alerted
        assert case_named(*generator.KIM_NAME).pk in alerted
        assert self.extras.articles == 3

    def test_the_feeds_page_has_paused_example_feeds_added_through_the_action(self) -> None:
        from hogo.audit.models import AuditEntry

        feeds = list(Feed.objects.order_by("name"))
        assert self.extras.feeds == len(feeds) == 2
        assert all(not f.active and f.url.startswith("https://www.example.") for f in feeds)
        added = AuditEntry.objects.filter(action="monitor.add_feed")
        assert set(added.values_list("object_id", flat=True)) == {str(f.pk) for f in feeds}
        assert AuditEntry.objects.filter(action="monitor.pause_feed").count() == 2

    def test_a_second_start_adds_nothing(self) -> None:
        again = generator.load_extras(seed=SEED, today=TODAY)
        assert (again.households, again.registry_rows, again.articles, again.feeds) == (0, 0, 0, 0)
        assert load_demo_articles(today=TODAY) == (0, 0)


class TestTheDemoHasFollowUps(LoadedDemo):
    def test_some_diplomatic_requests_await_a_follow_up(self) -> None:
        from hogo.accounts.models import User
        from hogo.cases.selectors import follow_ups

        supervisor = User.objects.get(username=generator.SUPERVISOR)
        assert follow_ups(supervisor, today=TODAY).exists()
