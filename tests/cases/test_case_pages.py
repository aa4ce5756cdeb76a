"""Opening, editing and moving a case from its pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case, Event
from hogo.people.models import Person

ClientFor = Callable[[User | None], Client]


def test_a_caseworker_opens_a_case_for_a_person_they_registered(
    person: Person, caseworker: User, east: Compartment, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:create"),
        {"person": person.pk, "category": "japanese_spouse", "compartment": east.pk, "priority": 3},
    )
    case = Case.objects.get(person=person)
    assert response.status_code == 302
    assert case.officer == caseworker
    assert case.reference.startswith("HG-")
    assert case.events.get().to_status == "reported"


def test_a_case_cannot_be_opened_in_a_compartment_one_is_not_in(
    person: Person, caseworker: User, west: Compartment, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:create"),
        {"person": person.pk, "category": "other", "compartment": west.pk, "priority": 2},
    )
    assert response.status_code == 200
    assert "compartment" in response.context["form"].errors
    assert not Case.objects.exists()


def test_viewing_a_case_is_audited(case: Case, caseworker: User, client_for: ClientFor) -> None:
    client_for(caseworker).get(reverse("cases:detail", kwargs={"pk": case.pk}))
    entry = AuditEntry.objects.filter(action="cases.view").get()
    assert entry.actor == caseworker
    assert entry.object_id == str(case.pk)
    assert entry.data == {"via": "page"}
    assert entry.request_id


def test_the_case_page_offers_only_allowed_transitions(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    page = client_for(caseworker).get(reverse("cases:detail", kwargs={"pk": case.pk}))
    offered = [value for value, _label in page.context["transition_form"].fields["to"].choices]
    # The list starts blank: nothing is chosen for the user.
    assert offered == ["", "verifying", "on_hold", "withdrawn", "deceased"]
    html = page.content.decode()
    assert '<option value="" selected>' in html


def test_a_status_form_sent_without_a_choice_changes_nothing(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:transition", kwargs={"pk": case.pk}),
        {"version": case.version, "to": "", "reason": "slip of the hand"},
    )
    assert response.status_code == 400
    assert "to" in response.context["transition_form"].errors
    case.refresh_from_db()
    assert case.status == "reported"


def test_a_transition_from_the_page_lands_on_the_timeline(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client_for(caseworker).post(
        reverse("cases:transition", kwargs={"pk": case.pk}),
        {"to": "verifying", "reason": "Manifest lookup", "version": case.version},
    )
    case.refresh_from_db()
    assert case.status == "verifying"
    newest = case.events.first()
    assert newest is not None
    assert (newest.from_status, newest.to_status, newest.text) == (
        "reported",
        "verifying",
        "Manifest lookup",
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"to": "arrived", "reason": "skip ahead"}, "to"),
        ({"to": "verifying", "reason": ""}, "reason"),
        ({"to": "flying", "reason": "x"}, "to"),
    ],
)
def test_a_bad_transition_from_the_page_says_why_and_changes_nothing(
    data: dict[str, str], field: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:transition", kwargs={"pk": case.pk}), {**data, "version": case.version}
    )
    assert response.status_code == 400
    assert field in response.context["transition_form"].errors
    case.refresh_from_db()
    assert case.status == "reported"
    assert case.events.count() == 1


def test_a_stale_edit_gets_a_conflict_that_says_what_changed(
    case: Case, caseworker: User, supervisor: User, client_for: ClientFor
) -> None:
    url = reverse("cases:edit", kwargs={"pk": case.pk})
    client_for(supervisor).post(
        url,
        {
            "version": 1,
            "category": case.category,
            "priority": 4,
            "summary": case.summary,
            "officer": caseworker.pk,
        },
    )
    response = client_for(caseworker).post(
        url, {"version": 1, "category": "other", "priority": 1, "summary": "mine"}
    )
    assert response.status_code == 409
    message = " ".join(response.context["form"].non_field_errors())
    assert "supervisor" in message
    assert "priority: high → urgent" in message
    case.refresh_from_db()
    assert (case.category, case.priority, case.summary) != ("other", 1, "mine")
    assert case.priority == 4


def test_a_caseworker_cannot_reassign_a_case(
    case: Case, caseworker: User, teammate: User, client_for: ClientFor
) -> None:
    page = client_for(caseworker).get(reverse("cases:edit", kwargs={"pk": case.pk}))
    assert "officer" not in page.context["form"].fields


def test_a_supervisor_reassigns_a_case(
    case: Case, supervisor: User, teammate: User, client_for: ClientFor
) -> None:
    client_for(supervisor).post(
        reverse("cases:edit", kwargs={"pk": case.pk}),
        {
            "version": 1,
            "category": case.category,
            "priority": case.priority,
            "summary": case.summary,
            "officer": teammate.pk,
        },
    )
    case.refresh_from_db()
    assert case.officer == teammate


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        # "China" is a country it knows (test_the_country_is_picked_by_name); this is not.
        ("location", {"country": "Chinaa", "custodian": "host_security"}, "country"),
        ("location", {"country": "CN"}, "custodian"),
        ("contact", {"channel": "phone"}, "contact_with"),
        ("note", {"text": ""}, "text"),
        ("diplomatic_request", {"addressee": "MFA"}, "request"),
        (
            "broker",
            {"organisation": "X", "decision": "refused", "demand_amount": "-5"},
            "demand_amount",
        ),
        (
            "broker",
            {"organisation": "X", "decision": "refused", "demand_amount": "100"},
            "demand_currency",
        ),
        (
            "broker",
            {"organisation": "X", "decision": "refused", "demand_currency": "dollars"},
            "demand_currency",
        ),
    ],
)
def test_a_bad_event_says_why_and_writes_nothing(
    kind: str,
    data: dict[str, str],
    field: str,
    case: Case,
    caseworker: User,
    client_for: ClientFor,
    today: object,
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": kind}),
        {"occurred_on": str(today), **data},
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Event.objects.filter(case=case).count() == 1


def test_an_event_cannot_be_dated_in_the_future(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    from django.utils import timezone

    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client_for(caseworker).post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "note"}),
        {"occurred_on": str(tomorrow), "text": "later"},
    )
    assert "occurred_on" in response.context["form"].errors


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("location", {"region": "Jilin", "country": "CN", "custodian": "host_security"}),
        ("contact", {"contact_with": "supporter in Seoul", "channel": "phone"}),
        ("note", {"text": "Health stable."}),
        ("diplomatic_request", {"addressee": "MFA of China", "request": "Handover", "outcome": ""}),
        (
            "broker",
            {
                "organisation": "mediating organisation",
                "demand_amount": "50000",
                "demand_currency": "USD",
                "decision": "refused",
            },
        ),
    ],
)
def test_each_kind_of_event_lands_on_the_timeline_and_in_the_log(
    kind: str,
    data: dict[str, str],
    case: Case,
    caseworker: User,
    client_for: ClientFor,
    today: object,
) -> None:
    response = client_for(caseworker).post(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": kind}),
        {"occurred_on": str(today), **data},
    )
    assert response.status_code == 302
    assert case.events.filter(kind=kind).count() == 1
    assert AuditEntry.objects.filter(action="cases.add_event", data__kind=kind).exists()
    page = client_for(caseworker).get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert next(iter(data.values())) in page.content.decode()


def test_an_unknown_event_kind_is_not_found(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    response = client_for(caseworker).get(
        reverse("cases:add_event", kwargs={"pk": case.pk, "kind": "transition"})
    )
    assert response.status_code == 404
