"""The 64-year-old Japanese spouse of the January 2003 reports is in the demo."""

from __future__ import annotations

from hogo.cases.models import (
    BrokerDecision,
    Case,
    CaseMember,
    Category,
    Custodian,
    Event,
    EventKind,
)
from hogo.cases.workflow import Status
from hogo.demo import generator
from hogo.lib.dates import birth_year_range_from_age
from hogo.people.models import DatePrecision, NameKind, RelationKind, Relationship
from tests.demo.conftest import LoadedDemo


def reports_case() -> Case:
    family, given = generator.REPORT_CASE_NAME
    return Case.objects.get(
        person__names__kind=NameKind.LEGAL,
        person__names__family=family,
        person__names__given=given,
    )


class TestTheReportsCase(LoadedDemo):
    def test_she_is_a_japanese_spouse_in_handover_negotiation(self) -> None:
        case = reports_case()
        assert case.category == Category.JAPANESE_SPOUSE
        assert case.status == Status.HANDOVER_NEGOTIATION
        assert case.officer is not None
        assert case.officer.username == "caseworker1"

    def test_she_was_64_when_the_reports_were_written(self) -> None:
        person = reports_case().person
        assert person.birth_date_precision == DatePrecision.YEAR
        assert person.birth_date is not None
        assert person.birth_date.year in birth_year_range_from_age(64, generator.REPORT_DATE)
        assert person.sex == "F"
        assert "eastern Japan" in person.birthplace

    def test_she_has_a_korean_married_name(self) -> None:
        kinds = {name.kind for name in reports_case().person.names.all()}
        assert {NameKind.LEGAL, NameKind.READING, NameKind.MARRIED, NameKind.HANGUL} <= kinds

    def test_her_1959_departure_is_recorded(self) -> None:
        case = reports_case()
        departure = Event.objects.get(case=case, kind=EventKind.LOCATION, country="KP")
        assert departure.occurred_on.year == 1959
        assert "1959" in departure.text

    def test_she_fled_to_china_in_november_and_was_held_by_jilin_security(self) -> None:
        case = reports_case()
        fled = Event.objects.get(
            case=case, kind=EventKind.LOCATION, custodian=Custodian.SELF, country="CN"
        )
        assert (fled.occurred_on.year, fled.occurred_on.month) == (2002, 11)
        custody = Event.objects.get(
            case=case, kind=EventKind.LOCATION, custodian=Custodian.HOST_SECURITY
        )
        assert custody.country == "CN"
        assert custody.region == "Jilin"
        assert custody.occurred_on > fled.occurred_on

    def test_the_government_refused_the_brokers_demand(self) -> None:
        broker = Event.objects.get(case=reports_case(), kind=EventKind.BROKER)
        assert broker.decision == BrokerDecision.REFUSED
        assert "cash" in broker.text

    def test_her_handover_was_requested_from_chinas_foreign_ministry(self) -> None:
        request = Event.objects.get(case=reports_case(), kind=EventKind.DIPLOMATIC_REQUEST)
        assert "People's Republic of China" in request.addressee
        assert request.occurred_on == generator.REPORT_DATE

    def test_her_husband_is_linked_and_his_arrest_noted(self) -> None:
        case = reports_case()
        member = CaseMember.objects.get(case=case)
        assert member.relation == "husband"
        assert Relationship.objects.filter(
            from_person=member.person, to_person=case.person, kind=RelationKind.SPOUSE
        ).exists()
        note = Event.objects.get(case=case, kind=EventKind.NOTE)
        assert "arrested by North Korean authorities" in note.text
