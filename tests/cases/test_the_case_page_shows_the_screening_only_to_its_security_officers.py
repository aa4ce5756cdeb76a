"""A case page shows the security screening to the security officers of its compartment only.

The page asks whether the reader sees the case by need-to-know once
(`access.rights_on_case`) and the screening's checks take that answer instead
of asking again; a grant, or another role, must still show no screening and
leave no screening read in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, Role, User
from hogo.approvals import actions as approval_actions
from hogo.audit.models import AuditEntry
from hogo.cases import actions as case_actions
from hogo.cases.models import Case

ClientFor = Callable[[User | None], Client]

FINDINGS = "Name matches a watch list entry of 1998; cleared by the desk."


def _screened(case: Case, security_officer: User) -> None:
    case_actions.update_screening(case, actor=security_officer, result="concern", findings=FINDINGS)


def _page(client: Client, case: Case) -> str:
    response = client.get(reverse("cases:detail", kwargs={"pk": case.pk}))
    assert response.status_code == 200
    return response.content.decode()


def _screening_reads() -> int:
    return AuditEntry.objects.filter(action="cases.view_screening", data__via="page").count()


def test_the_compartments_security_officer_sees_the_screening_and_the_read_is_audited(
    case: Case, security_officer: User, client_for: ClientFor
) -> None:
    _screened(case, security_officer)
    html = _page(client_for(security_officer), case)
    assert 'id="screening-heading"' in html
    assert FINDINGS in html
    assert _screening_reads() == 1


def test_a_security_officer_reading_through_a_grant_sees_no_screening(
    case: Case,
    make_user: Callable[..., User],
    west: Compartment,
    security_officer: User,
    client_for: ClientFor,
) -> None:
    _screened(case, security_officer)
    elsewhere = make_user("security_west", Role.SECURITY_OFFICER, west)
    approval_actions.break_glass(
        actor=elsewhere,
        reference=case.reference,
        reason="Detained at the border tonight, need the custody history now",
    )
    html = _page(client_for(elsewhere), case)
    assert "screening-heading" not in html
    assert FINDINGS not in html
    assert _screening_reads() == 0


def test_the_other_readers_of_the_case_see_no_screening(
    case: Case,
    caseworker: User,
    supervisor: User,
    security_officer: User,
    client_for: ClientFor,
) -> None:
    _screened(case, security_officer)
    for reader in (caseworker, supervisor):
        html = _page(client_for(reader), case)
        assert "screening-heading" not in html
        assert FINDINGS not in html
    assert _screening_reads() == 0
