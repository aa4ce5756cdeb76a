"""The approval pages: asking, deciding after re-authentication, notifications."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.approvals import actions
from hogo.approvals.models import Decision, Grant, Kind, Notification, Request
from hogo.cases.models import Case

ClientFor = Callable[[User | None], Client]
REASON = "Her brother's case is at our desk"


def test_a_caseworker_asks_for_another_compartment_from_the_page(
    outsider: User, east: Compartment, supervisor: User, client_for: ClientFor
) -> None:
    response = client_for(outsider).post(
        reverse("approvals:request_access"),
        {"compartment": east.pk, "case_reference": "", "reason": REASON},
    )
    request = Request.objects.get()
    assert response["Location"] == reverse("approvals:detail", kwargs={"pk": request.pk})
    assert request.kind == Kind.COMPARTMENT_ACCESS
    assert request.proposed_by == outsider
    assert Notification.objects.filter(recipient=supervisor).exists()


def test_a_short_reason_is_shown_as_an_error_and_nothing_is_asked(
    outsider: User, east: Compartment, client_for: ClientFor
) -> None:
    response = client_for(outsider).post(
        reverse("approvals:request_access"), {"compartment": east.pk, "reason": "pls"}
    )
    assert response.status_code == 200
    assert "at least" in response.content.decode()
    assert not Request.objects.exists()


def test_deciding_asks_for_the_password_first(
    outsider: User,
    east: Compartment,
    supervisor: User,
    case: Case,
    client_for: ClientFor,
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    url = reverse("approvals:decide", kwargs={"pk": request.pk})
    prompt = client_for(supervisor).post(url, {"decision": "approve"})
    assert prompt["Location"].startswith(reverse("accounts:reauth"))
    request.refresh_from_db()
    assert request.decision == Decision.PENDING
    done = sudo_client_for(supervisor).post(url, {"decision": "approve", "reason": ""})
    assert done.status_code == 302
    request.refresh_from_db()
    assert request.decision == Decision.APPROVED
    assert Grant.objects.get().user == outsider
    case_page = client_for(outsider).get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert case_page.status_code == 200
    assert reverse("cases:edit", kwargs={"pk": case.pk}) not in case_page.content.decode()


def test_the_requester_gets_404_at_their_own_decision_page(
    supervisor: User,
    east: Compartment,
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = actions.request_bulk_export(
        actor=supervisor, compartment=east, reason=REASON, export_format="csv"
    )
    client = sudo_client_for(supervisor)
    url = reverse("approvals:decide", kwargs={"pk": request.pk})
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "approve"}).status_code == 404
    request.refresh_from_db()
    assert request.decision == Decision.PENDING


def test_a_stranger_gets_404_before_any_password_prompt(
    outsider: User,
    east: Compartment,
    other_supervisor: User,
    teammate: User,
    client_for: ClientFor,
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    for stranger in (other_supervisor, teammate):
        client = client_for(stranger)
        for name in ("approvals:detail", "approvals:decide", "approvals:download"):
            response = client.get(reverse(name, kwargs={"pk": request.pk}))
            assert response.status_code == 404, (stranger, name)


def test_refusing_from_the_page_needs_a_reason(
    outsider: User,
    east: Compartment,
    supervisor: User,
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    client = sudo_client_for(supervisor)
    url = reverse("approvals:decide", kwargs={"pk": request.pk})
    assert client.post(url, {"decision": "refuse", "reason": ""}).status_code == 200
    client.post(url, {"decision": "refuse", "reason": "not needed for this case"})
    request.refresh_from_db()
    assert request.decision == Decision.REFUSED
    assert Notification.objects.filter(recipient=outsider).exists()


def test_the_header_counts_unread_notifications_until_they_are_read(
    outsider: User, case: Case, supervisor: User, client_for: ClientFor
) -> None:
    actions.break_glass(
        actor=outsider, reference=case.reference, reason="Detained tonight, custody history"
    )
    client = client_for(supervisor)
    home = client.get(reverse("cases:list")).content.decode()
    assert "(1)" in home
    page = client.get(reverse("approvals:notifications")).content.decode()
    assert case.reference in page
    assert 'class="break-glass unread"' in page
    assert "(1)" not in client.get(reverse("cases:list")).content.decode()
    assert Notification.objects.get().read_at is not None


def test_the_list_shows_what_awaits_a_decision_and_open_grants(
    outsider: User, east: Compartment, supervisor: User, client_for: ClientFor
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    page = client_for(supervisor).get(reverse("approvals:list"))
    assert list(page.context["awaiting"]) == [request]
    actions.approve_request(request, actor=supervisor)
    mine = client_for(outsider).get(reverse("approvals:list"))
    assert [grant.request for grant in mine.context["grants"]] == [request]


def test_a_pending_request_is_withdrawn_by_its_requester(
    outsider: User, east: Compartment, client_for: ClientFor
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    client_for(outsider).post(reverse("approvals:withdraw", kwargs={"pk": request.pk}))
    request.refresh_from_db()
    assert request.decision == Decision.WITHDRAWN
