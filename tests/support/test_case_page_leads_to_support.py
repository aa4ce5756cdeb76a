"""The case page links to the case's resettlement support when there is support to show
(a household) or the case has arrived, and only for those who may open that page."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo import access
from hogo.accounts.models import Compartment, Role, User
from hogo.approvals import actions as approvals
from hogo.cases.actions import transition_case
from hogo.cases.models import Case
from hogo.support.models import Household

Get = Callable[[User | None], Client]


def _links_to_support(client: Client, case: Case) -> bool:
    page = client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert page.status_code == 200
    return reverse("support:case", kwargs={"pk": case.pk}).encode() in page.content


def _arrive(case: Case, actor: User) -> None:
    for to in ("verifying", "located", "in_transit", "arrived"):
        case.refresh_from_db()
        transition_case(
            case, to=to, actor=actor, reason="on the way", expected_version=case.version
        )


def test_a_reported_case_without_support_has_no_link(
    caseworker: User, case: Case, client_for: Get
) -> None:
    assert not _links_to_support(client_for(caseworker), case)


def test_a_case_with_a_household_links_to_its_support(
    caseworker: User, case: Case, household: Household, client_for: Get
) -> None:
    client = client_for(caseworker)
    assert _links_to_support(client, case)
    # And the link leads somewhere the caseworker may go.
    assert client.get(reverse("support:case", kwargs={"pk": case.pk})).status_code == 200


def test_an_arrived_case_links_to_its_support_before_any_record(
    caseworker: User, supervisor: User, case: Case, client_for: Get
) -> None:
    _arrive(case, caseworker)
    assert not Household.objects.filter(case=case).exists()
    assert _links_to_support(client_for(caseworker), case)
    assert _links_to_support(client_for(supervisor), case)


def test_a_reader_through_an_approved_request_sees_the_link_too(
    outsider: User,
    supervisor: User,
    east: Compartment,
    case: Case,
    household: Household,
    client_for: Get,
) -> None:
    request = approvals.request_compartment_access(
        actor=outsider, compartment=east, reason="Family member of a person in our case HG-1"
    )
    approvals.approve_request(request, actor=supervisor, reason="one day")
    client = client_for(outsider)
    assert _links_to_support(client, case)
    assert client.get(reverse("support:case", kwargs={"pk": case.pk})).status_code == 200


def test_no_link_for_whoever_may_not_open_the_support_page(
    make_user: Callable[..., User], east: Compartment, case: Case, household: Household
) -> None:
    payer = make_user("payer", Role.PAYMENT_OFFICER, east)
    auditor = make_user("auditor2", Role.AUDITOR)
    stranger = make_user("stranger", Role.CASEWORKER)
    for user in (payer, auditor, stranger):
        assert not access.can_see_case_support(user, case), user.role
