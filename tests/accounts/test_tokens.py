"""API tokens: issued to their owner once, hashed at rest, listed, revocable, role-bound."""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from hogo.accounts.models import ApiToken, User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from tests.accounts.steps import enter_sudo

ClientFor = Callable[[User | None], Client]


def _issue(client: Client, label: str = "sync script") -> str:
    page = client.post(reverse("accounts:tokens"), {"label": label, "days": 7})
    return str(page.context["secret"])


def client_in_sudo(client_for: ClientFor, user: User) -> Client:
    client = client_for(user)
    enter_sudo(client, user)
    return client


def test_a_token_is_shown_once_and_stored_only_as_a_hash(
    caseworker: User, client_for: ClientFor
) -> None:
    client = client_in_sudo(client_for, caseworker)
    secret = _issue(client)
    token = ApiToken.objects.get(user=caseworker)
    assert secret.startswith("hogo_")
    assert secret.split("_")[-1] not in (token.key_hash, token.key_id)
    listing = client.get(reverse("accounts:tokens")).content.decode()
    assert "sync script" in listing
    assert secret not in listing
    assert AuditEntry.objects.filter(action="accounts.issue_token").exists()


def test_a_token_works_until_it_is_revoked(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    client = client_in_sudo(client_for, caseworker)
    secret = _issue(client)
    api = Client()
    headers = {"Authorization": f"Bearer {secret}"}
    assert api.get(f"/api/v1/cases/{case.pk}", headers=headers).status_code == 200
    token = ApiToken.objects.get(user=caseworker)
    client.post(reverse("accounts:revoke_token", kwargs={"pk": token.pk}))
    assert api.get(f"/api/v1/cases/{case.pk}", headers=headers).status_code == 401
    assert AuditEntry.objects.filter(action="accounts.revoke_token").exists()


def test_a_role_change_voids_the_token(case: Case, caseworker: User, client_for: ClientFor) -> None:
    secret = _issue(client_in_sudo(client_for, caseworker))
    User.objects.filter(pk=caseworker.pk).update(role="supervisor")
    response = Client().get(
        f"/api/v1/cases/{case.pk}", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 401


def test_nobody_else_lists_or_revokes_a_token(
    caseworker: User, teammate: User, client_for: ClientFor
) -> None:
    _issue(client_in_sudo(client_for, caseworker))
    token = ApiToken.objects.get(user=caseworker)
    other = client_for(teammate)
    assert "sync script" not in other.get(reverse("accounts:tokens")).content.decode()
    response = other.post(reverse("accounts:revoke_token", kwargs={"pk": token.pk}))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_token_needs_a_name(caseworker: User, client_for: ClientFor) -> None:
    client = client_in_sudo(client_for, caseworker)
    page = client.post(reverse("accounts:tokens"), {"label": " ", "days": 7})
    assert "label" in page.context["form"].errors
    assert not ApiToken.objects.exists()
