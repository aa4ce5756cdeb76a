from __future__ import annotations

from hogo.audit.log import verify
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, Event
from hogo.people.models import Person
from tests.demo.conftest import LoadedDemo


class TestAuditAfterLoading(LoadedDemo):
    def test_the_audit_chain_verifies(self) -> None:
        assert verify().ok

    def test_every_person_case_and_event_was_audited(self) -> None:
        entries = AuditEntry.objects
        assert entries.filter(action="people.create").count() == Person.objects.count()
        assert entries.filter(action="cases.create").count() == Case.objects.count()
        transitions = Event.objects.filter(kind="transition").exclude(from_status="").count()
        assert entries.filter(action="cases.transition").count() == transitions
        others = Event.objects.exclude(kind__in=["transition", "document"]).count()
        assert entries.filter(action="cases.add_event").count() == others

    def test_the_actors_are_demo_users_of_the_right_role(self) -> None:
        labels = set(
            AuditEntry.objects.filter(action="cases.transition").values_list(
                "actor_label", flat=True
            )
        )
        assert labels <= {"caseworker1", "caseworker2", "caseworker3", "supervisor"}
        screening = set(
            AuditEntry.objects.filter(action="cases.update_screening").values_list(
                "actor_label", flat=True
            )
        )
        assert screening <= {"security"}
