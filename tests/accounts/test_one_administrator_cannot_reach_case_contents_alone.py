"""One administrator alone cannot reach case contents.

Making an account a caseworker, supervisor or security officer, adding a
compartment to one, or opening such an account, is proposed by one administrator
and takes effect only when a second one approves; the proposer never approves.
And a new or reset account's first second factor is enrolled by its owner with a
one-time code: whoever holds the password alone enrols nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts import actions
from hogo.accounts.models import (
    AccountChange,
    ChangeDecision,
    Compartment,
    EnrolmentCode,
    Role,
    User,
)
from hogo.audit.models import AuditEntry
from tests.accounts.steps import enter_sudo
from tests.conftest import PASSWORD, totp_code

ClientFor = Callable[[User | None], Client]


@pytest.fixture
def deputy(make_user: Callable[..., User]) -> User:
    """A second administrator."""
    return make_user("deputy", Role.ADMINISTRATOR)


def _admin(client_for: ClientFor, user: User) -> Client:
    client = client_for(user)
    enter_sudo(client, user)
    return client


def _edit(client: Client, user: User, role: str, *compartments: Compartment) -> None:
    data: dict[str, object] = {"role": role, "is_active": "on"}
    if compartments:
        data["compartments"] = [c.pk for c in compartments]
    client.post(reverse("accounts:edit", kwargs={"pk": user.pk}), data)


def _password_only(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
    return client


def test_a_role_that_reads_cases_waits_for_a_second_administrator(
    administrator: User, auditor: User, east: Compartment, client_for: ClientFor
) -> None:
    _edit(_admin(client_for, administrator), auditor, "supervisor", east)
    auditor.refresh_from_db()
    assert auditor.role == Role.AUDITOR
    assert not auditor.compartments.exists()
    change = AccountChange.objects.get(user=auditor)
    assert (change.role, change.decision) == (Role.SUPERVISOR, ChangeDecision.PENDING)
    entry = AuditEntry.objects.get(action="accounts.change_propose")
    assert entry.actor_id == administrator.pk
    assert entry.changes["role"] == ["auditor", "supervisor"]
    assert not AuditEntry.objects.filter(action="accounts.update").exists()


def test_the_proposer_can_never_approve(
    administrator: User, auditor: User, east: Compartment, client_for: ClientFor
) -> None:
    client = _admin(client_for, administrator)
    _edit(client, auditor, "supervisor", east)
    change = AccountChange.objects.get(user=auditor)
    client.post(reverse("accounts:decide_change", kwargs={"pk": change.pk}), {"approve": "on"})
    change.refresh_from_db()
    assert change.decision == ChangeDecision.PENDING
    with pytest.raises(PermissionDenied):
        actions.decide_account_change(change, actor=administrator, approve=True)
    auditor.refresh_from_db()
    assert auditor.role == Role.AUDITOR
    assert not AuditEntry.objects.filter(action="accounts.change_approve").exists()


def test_a_second_administrator_approves_and_the_change_applies(
    administrator: User, deputy: User, auditor: User, east: Compartment, client_for: ClientFor
) -> None:
    _edit(_admin(client_for, administrator), auditor, "supervisor", east)
    change = AccountChange.objects.get(user=auditor)
    second = _admin(client_for, deputy)
    assert 'id="pending-changes"' in second.get(reverse("accounts:list")).content.decode()
    url = reverse("accounts:decide_change", kwargs={"pk": change.pk})
    second.post(url, {"approve": "on"})
    auditor.refresh_from_db()
    assert auditor.role == Role.SUPERVISOR
    assert list(auditor.compartments.values_list("code", flat=True)) == ["east"]
    change.refresh_from_db()
    assert (change.decision, change.decided_by_id) == (ChangeDecision.APPROVED, deputy.pk)
    entry = AuditEntry.objects.get(action="accounts.change_approve")
    assert entry.actor_id == deputy.pk
    assert entry.data["proposed_by"] == administrator.username


def test_adding_a_compartment_to_a_caseworker_waits_for_approval(
    administrator: User, deputy: User, caseworker: User, west: Compartment, east: Compartment,
    client_for: ClientFor,
) -> None:  # fmt: skip
    _edit(_admin(client_for, administrator), caseworker, "caseworker", east, west)
    assert list(caseworker.compartments.values_list("code", flat=True)) == ["east"]
    change = AccountChange.objects.get(user=caseworker)
    actions.decide_account_change(change, actor=deputy, approve=False)
    change.refresh_from_db()
    assert change.decision == ChangeDecision.REFUSED
    assert list(caseworker.compartments.values_list("code", flat=True)) == ["east"]
    assert AuditEntry.objects.filter(action="accounts.change_refuse").exists()


def test_reopening_a_deactivated_caseworker_waits_for_approval(
    administrator: User, caseworker: User, east: Compartment, client_for: ClientFor
) -> None:
    client = _admin(client_for, administrator)
    url = reverse("accounts:edit", kwargs={"pk": caseworker.pk})
    client.post(url, {"role": "caseworker", "compartments": [east.pk]})  # deactivates at once
    caseworker.refresh_from_db()
    assert not caseworker.is_active
    _edit(client, caseworker, "caseworker", east)
    caseworker.refresh_from_db()
    assert not caseworker.is_active
    assert AccountChange.objects.get(user=caseworker).is_active


def test_a_change_that_narrows_applies_at_once(
    administrator: User, supervisor: User, client_for: ClientFor
) -> None:
    _edit(_admin(client_for, administrator), supervisor, "supervisor")
    assert not supervisor.compartments.exists()
    assert not AccountChange.objects.exists()
    assert AuditEntry.objects.filter(action="accounts.update").exists()


def test_a_new_case_reading_account_stays_closed_until_a_second_approval(
    administrator: User, deputy: User, east: Compartment, client_for: ClientFor
) -> None:
    response = _admin(client_for, administrator).post(
        reverse("accounts:create"),
        {
            "username": "nomura",
            "role": "supervisor",
            "compartments": [east.pk],
            "password": PASSWORD,
        },
    )
    # The proposer holds the password, but not the code that enrols a first factor.
    assert response.status_code == 302
    user = User.objects.get(username="nomura")
    assert not user.is_active
    assert not EnrolmentCode.objects.filter(user=user).exists()
    signed_in = Client().post(
        reverse("accounts:login"), {"username": "nomura", "password": PASSWORD}
    )
    assert signed_in.status_code == 200  # the sign-in form again: not signed in
    change = AccountChange.objects.get(user=user)
    page = _admin(client_for, deputy).post(
        reverse("accounts:decide_change", kwargs={"pk": change.pk}), {"approve": "on"}
    )
    user.refresh_from_db()
    assert user.is_active
    # The approver receives the enrolment code, to hand to the owner.
    assert actions.redeem_enrolment_code(user, page.context["code"])


def test_an_administrator_account_also_waits_for_a_second_administrator(
    administrator: User, auditor: User, client_for: ClientFor
) -> None:
    """Otherwise one administrator could open a second one for themselves and approve
    their own proposals with it."""
    client = _admin(client_for, administrator)
    client.post(
        reverse("accounts:create"),
        {"username": "accomplice", "role": "administrator", "password": PASSWORD},
    )
    assert not User.objects.get(username="accomplice").is_active
    _edit(client, auditor, "administrator")
    auditor.refresh_from_db()
    assert auditor.role == Role.AUDITOR
    assert AccountChange.objects.filter(decision=ChangeDecision.PENDING).count() == 2


def test_resetting_a_waiting_account_gives_no_enrolment_code(
    administrator: User, east: Compartment, client_for: ClientFor
) -> None:
    client = _admin(client_for, administrator)
    client.post(
        reverse("accounts:create"),
        {
            "username": "nomura",
            "role": "supervisor",
            "compartments": [east.pk],
            "password": PASSWORD,
        },
    )
    user = User.objects.get(username="nomura")
    response = client.post(reverse("accounts:reset_factors", kwargs={"pk": user.pk}))
    assert response.status_code == 302
    assert not EnrolmentCode.objects.filter(user=user).exists()


def test_the_password_alone_cannot_enrol_a_first_factor(
    administrator: User, client_for: ClientFor
) -> None:
    page = _admin(client_for, administrator).post(
        reverse("accounts:create"),
        {"username": "okada", "role": "auditor", "password": PASSWORD},
    )
    code = page.context["code"]
    user = User.objects.get(username="okada")
    client = _password_only(user)
    step = client.get(reverse("accounts:enrol"))
    assert "enrolment_code" in step.context["form"].fields
    assert "totp-secret" not in step.content.decode()
    assert not TOTPDevice.objects.filter(user=user).exists()
    refused = client.post(reverse("otp_webauthn:credential-registration-begin"))
    assert refused.status_code == 403
    assert refused.json()["code"] == "enrolment_code_required"

    wrong = client.post(reverse("accounts:enrol"), {"enrolment_code": "aaaaa-bbbbb-ccccc"})
    assert "enrolment_code" in wrong.context["form"].errors
    assert AuditEntry.objects.filter(action="accounts.enrolment_code_failed").count() == 1

    client.post(reverse("accounts:enrol"), {"enrolment_code": code.upper()})
    assert "totp-secret" in client.get(reverse("accounts:enrol")).content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    done = client.post(reverse("accounts:enrol"), {"code": totp_code(device)})
    assert len(done.context["codes"]) == 10
    assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 1
    assert not EnrolmentCode.objects.filter(user=user).exists()


def test_an_enrolment_code_works_once_is_hashed_and_expires(caseworker: User) -> None:
    code, _expires_at = actions.issue_enrolment_code(caseworker, actor=None)
    stored = EnrolmentCode.objects.get(user=caseworker)
    assert code.replace("-", "") not in stored.code_hash
    assert actions.redeem_enrolment_code(caseworker, code)
    assert not actions.redeem_enrolment_code(caseworker, code)

    late, _expires_at = actions.issue_enrolment_code(caseworker, actor=None)
    EnrolmentCode.objects.filter(user=caseworker).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert not actions.redeem_enrolment_code(caseworker, late)


def test_wrong_enrolment_codes_burn_it(caseworker: User) -> None:
    code, _expires_at = actions.issue_enrolment_code(caseworker, actor=None)
    for _attempt in range(actions.ENROLMENT_CODE_TRIES):
        assert not actions.redeem_enrolment_code(caseworker, "wrong-guess-again")
    assert not actions.redeem_enrolment_code(caseworker, code)


def test_a_factor_reset_hands_the_administrator_a_new_enrolment_code(
    administrator: User, caseworker: User, client_for: ClientFor
) -> None:
    client_for(caseworker)
    admin = _admin(client_for, administrator)
    page = admin.post(reverse("accounts:reset_factors", kwargs={"pk": caseworker.pk}))
    assert page.status_code == 200
    code = page.context["code"]
    assert code in page.content.decode()
    assert EnrolmentCode.objects.filter(user=caseworker, used_at__isnull=True).count() == 1
    assert actions.redeem_enrolment_code(caseworker, code)


def test_createuser_prints_the_enrolment_code(east: Compartment, tmp_path: object) -> None:
    out = io.StringIO()
    password_file = io.StringIO(PASSWORD + "\n")
    call_command(
        "createuser",
        "tanaka",
        "--role",
        "supervisor",
        "--compartment",
        "east",
        "--password-file",
        "-",
        stdin=password_file,
        stdout=out,
    )
    line = next(x for x in out.getvalue().splitlines() if x.startswith("enrolment code: "))
    code = line.removeprefix("enrolment code: ").split(" ")[0]
    user = User.objects.get(username="tanaka")
    # The operator on the host acts as the system: no second administrator is asked.
    assert user.is_active
    assert actions.redeem_enrolment_code(user, code)
