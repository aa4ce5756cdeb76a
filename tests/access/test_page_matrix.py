"""Every page, as every role and as an outsider: who reaches it, and what nobody else sees.

The policy below names every URL of the site. A URL that nobody added here
fails `test_every_url_has_a_policy`, so a new page cannot ship without someone
deciding who may reach it. The JSON API has its own matrix, over its OpenAPI
operations, in `test_api_matrix.py`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from hogo.accounts.actions import issue_token
from hogo.accounts.models import Compartment, Role, User
from hogo.approvals import actions as approval_actions
from hogo.cases import actions as case_actions
from hogo.cases.models import Case
from hogo.monitor.models import Alert, Article, Feed
from hogo.registries.models import Registry
from hogo.support.actions import (
    create_household,
    decide_override,
    request_override,
    start_entitlement,
)
from hogo.support.models import Batch, Benefit, EligibilityOverride, ServiceTask
from hogo.support.payments import set_bank_account
from hogo.support.plans import create_service_plan
from hogo.support.programmes import load_programmes
from hogo.support.runs import run_month
from tests.conftest import sign_in_verified
from tests.registries.conftest import seed_record

ACTORS = (
    "anonymous",
    "caseworker",  # the case's officer
    "teammate",  # a caseworker of the same compartment, not shared
    "outsider",  # a caseworker of another compartment
    "supervisor",
    "other_supervisor",
    "security_officer",
    "auditor",
    "administrator",
    "statistician",
    "payment_officer",  # pays support: sees batches and accounts, never a case
)
SIGNED_IN = frozenset(ACTORS) - {"anonymous"}
CASE_READERS = frozenset({"caseworker", "supervisor", "security_officer"})
CASE_WRITERS = frozenset({"caseworker", "supervisor"})
ALL_CASEWORKERS = frozenset({"caseworker", "teammate", "outsider"})
ALL_WRITER_ROLES = ALL_CASEWORKERS | {"supervisor", "other_supervisor"}
ALL_READER_ROLES = ALL_WRITER_ROLES | {"security_officer"}
# Who manages the press feeds: any supervisor and the security officer, never a caseworker.
FEED_MANAGERS = frozenset({"supervisor", "other_supervisor", "security_officer"})


@dataclass(frozen=True)
class Rule:
    reach: frozenset[str]  # who gets the page (2xx, or a redirect that is not to sign-in)
    method: str = "GET"
    public: bool = False  # anonymous users get it too
    to_sign_in: bool = False  # reaching it sends you to the sign-in page (signing out)
    refused: int = 404  # what a signed-in user outside `reach` gets


POLICY: dict[str, Rule] = {
    "front:home": Rule(SIGNED_IN),
    "accounts:login": Rule(frozenset(ACTORS), public=True),
    # The proxy's health check: no sign-in, and it reveals nothing.
    "ops:health": Rule(frozenset(ACTORS), public=True),
    "accounts:logout": Rule(SIGNED_IN, method="POST", to_sign_in=True),
    "accounts:list": Rule(frozenset({"administrator"})),
    "accounts:create": Rule(frozenset({"administrator"})),
    "accounts:edit": Rule(frozenset({"administrator"})),
    "accounts:tokens": Rule(SIGNED_IN),
    "accounts:reauth": Rule(SIGNED_IN),
    # The second step, enrolment and the security page are everyone's own.
    "accounts:verify": Rule(SIGNED_IN),
    "accounts:enrol": Rule(SIGNED_IN),
    "accounts:security": Rule(SIGNED_IN),
    "accounts:password": Rule(SIGNED_IN),
    "accounts:recovery_codes": Rule(SIGNED_IN, method="POST"),
    # Sudo mode comes first: everyone is sent to confirm it is them.
    "accounts:remove_factor": Rule(SIGNED_IN, method="POST"),
    "accounts:reset_factors": Rule(frozenset({"administrator"}), method="POST"),
    "accounts:decide_change": Rule(frozenset({"administrator"}), method="POST"),
    # The token in this world is the caseworker's: nobody else may revoke it.
    "accounts:revoke_token": Rule(frozenset({"caseworker"}), method="POST"),
    "cases:list": Rule(ALL_READER_ROLES),
    "cases:create": Rule(ALL_WRITER_ROLES),
    "cases:follow_ups": Rule(ALL_READER_ROLES),
    "cases:detail": Rule(CASE_READERS),
    "cases:print": Rule(CASE_READERS),
    "cases:edit": Rule(CASE_WRITERS),
    "cases:transition": Rule(CASE_WRITERS, method="POST"),
    "cases:add_event": Rule(CASE_WRITERS),
    "cases:upload": Rule(CASE_WRITERS),
    "cases:document": Rule(CASE_READERS),
    "cases:add_member": Rule(CASE_WRITERS),
    "cases:share": Rule(frozenset({"supervisor"})),
    # The share in this world is with a colleague of "east" who is none of the actors.
    "cases:unshare": Rule(frozenset({"supervisor"}), method="POST"),
    "cases:screening": Rule(frozenset({"security_officer"})),
    "people:create": Rule(ALL_WRITER_ROLES),
    "people:detail": Rule(CASE_READERS),
    "people:edit": Rule(CASE_WRITERS),
    "people:add_name": Rule(CASE_WRITERS),
    "people:add_relation": Rule(CASE_WRITERS),
    "audit:log": Rule(frozenset({"auditor"})),
    "registries:list": Rule(frozenset({"supervisor", "other_supervisor"})),
    "registries:detail": Rule(frozenset({"supervisor", "other_supervisor"})),
    "registries:verify": Rule(CASE_WRITERS),
    "registries:decide": Rule(CASE_WRITERS, method="POST"),
    "monitor:inbox": Rule(ALL_READER_ROLES),
    "monitor:article": Rule(ALL_READER_ROLES),
    "monitor:decide": Rule(CASE_WRITERS, method="POST"),
    "monitor:paste": Rule(ALL_WRITER_ROLES),
    "monitor:feeds": Rule(FEED_MANAGERS),
    # Reached means sent to re-authenticate first: a new feed needs sudo mode.
    "monitor:feed_add": Rule(FEED_MANAGERS),
    "monitor:feed_edit": Rule(FEED_MANAGERS),
    "monitor:feed_pause": Rule(FEED_MANAGERS, method="POST"),
    # The feed in this world is active: a manager is told so, not refused.
    "monitor:feed_resume": Rule(FEED_MANAGERS, method="POST"),
    # The feed's address is this machine's: the fetch is refused before any connection.
    "monitor:feed_fetch": Rule(FEED_MANAGERS, method="POST"),
    "stats:overview": Rule(frozenset({"statistician"})),
    "stats:publish": Rule(frozenset({"statistician"}), method="POST"),
    # No release exists in this world: these answer 404 to everyone here; the
    # statistician's access to a real release is tested in tests/stats.
    "stats:release": Rule(frozenset()),
    "stats:csv": Rule(frozenset()),
    "stats:xlsx": Rule(frozenset()),
    "stats:dashboard": Rule(frozenset({"supervisor", "other_supervisor"})),
    "set_language": Rule(frozenset(ACTORS), method="POST", public=True),
    "approvals:list": Rule(ALL_READER_ROLES),
    "approvals:request_access": Rule(ALL_WRITER_ROLES),
    "approvals:request_export": Rule(frozenset({"supervisor", "other_supervisor"})),
    # The request in this world: the outsider asks to read "east"; its supervisor decides.
    "approvals:detail": Rule(frozenset({"outsider", "supervisor"})),
    # Reached means sent to re-authenticate first: deciding needs sudo mode.
    "approvals:decide": Rule(frozenset({"supervisor"})),
    "approvals:withdraw": Rule(frozenset({"outsider"}), method="POST"),
    # The supervisor's export, approved by a second supervisor of "east": only they download.
    "approvals:download": Rule(frozenset({"supervisor"})),
    # Sudo mode comes first: every case reader is sent to confirm it is them.
    "approvals:break_glass": Rule(ALL_READER_ROLES),
    # Only a supervisor of the case's compartment ends someone's emergency access.
    "approvals:revoke_emergency": Rule(frozenset({"supervisor"}), method="POST"),
    "approvals:notifications": Rule(SIGNED_IN),
    # Reached means sent to re-authenticate first: merging needs sudo mode.
    "people:merge": Rule(CASE_WRITERS),
    # Passkey ceremonies: registering one more passkey needs sudo mode, so a signed-in
    # session without it is refused (tests/accounts covers the way through sudo mode).
    "otp_webauthn:credential-registration-begin": Rule(frozenset(), method="POST", refused=403),
    "otp_webauthn:credential-registration-complete": Rule(frozenset(), method="POST", refused=403),
    "otp_webauthn:credential-authentication-begin": Rule(SIGNED_IN, method="POST"),
    "otp_webauthn:credential-authentication-complete": Rule(
        frozenset(), method="POST", refused=400
    ),
    "otp_webauthn:js-i18n-catalog": Rule(SIGNED_IN),
    # Support: the case's own readers see its schedule; payment officers see the
    # batches (what paying needs, no narrative); supervisors read the rules.
    "support:case": Rule(CASE_READERS),
    "support:rules": Rule(frozenset({"supervisor", "other_supervisor"})),
    # Data entry on the case's support: whoever may change the case; overrides
    # are asked and decided by supervisors (this one asked it: told so, not refused).
    "support:household": Rule(CASE_WRITERS),
    "support:entitlement": Rule(CASE_WRITERS),
    "support:report": Rule(CASE_WRITERS),
    "support:plan": Rule(CASE_WRITERS, method="POST"),
    "support:task_done": Rule(CASE_WRITERS, method="POST"),
    "support:override": Rule(frozenset({"supervisor"})),
    "support:override_decide": Rule(frozenset({"supervisor"}), method="POST"),
    # Figures over every current case, protected as released statistics are.
    "support:what_if": Rule(frozenset({"supervisor", "other_supervisor"})),
    "support:batches": Rule(frozenset({"payment_officer"})),
    "support:prepare": Rule(frozenset({"payment_officer"}), method="POST"),
    "support:batch": Rule(frozenset({"payment_officer"})),
    # Reached means sent to re-authenticate first; the batch was prepared by another.
    "support:approve": Rule(frozenset({"payment_officer"})),
    # Waiting for approval: the officer is sent back to the batch with the reason.
    "support:export": Rule(frozenset({"payment_officer"}), method="POST"),
}


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry
        elif isinstance(entry, URLPattern):
            yield f"{namespace}<unnamed {entry.pattern}>", entry


def page_urls() -> list[str]:
    return sorted(
        {name for name, _ in _walk(get_resolver().url_patterns) if not name.startswith("api:")}
    )


def test_every_url_has_a_policy() -> None:
    missing = [name for name in page_urls() if name not in POLICY]
    assert not missing, f"URLs without an access policy in {__name__}: {missing}"
    stale = [name for name in POLICY if name not in page_urls()]
    assert not stale, f"policies for URLs that no longer exist: {stale}"


@pytest.fixture
def world(
    case: Case,
    caseworker: User,
    users: dict[str, User],
    today: Any,
    make_user: Callable[..., User],
    east: Compartment,
    west: Compartment,
) -> dict[str, Any]:
    event = case_actions.upload_document(
        case,
        actor=caseworker,
        stream=io.BytesIO("手紙の写し — copy of a letter".encode()),
        filename="letter.txt",
        occurred_on=today,
    )
    assert event.document is not None
    token, _secret = issue_token(actor=caseworker, label="matrix")
    article = Article.objects.create(
        source="wire.txt",
        origin="file",
        text="A synthetic article.",
        language="en",
        sha256="0" * 64,
    )
    alert = Alert.objects.create(article=article, case=case, score=9.0, threshold=7.0)
    feed = Feed.objects.create(name="matrix wire", url="https://127.0.0.1/feed.xml")
    registry = Registry.objects.create(
        name="matrix",
        source_filename="matrix.csv",
        source_sha256="0" * 64,
        imported_at=timezone.now(),
    )
    seed_record(registry, "M1", family_name="金", given_name="正一", sex="M")
    access_request = approval_actions.request_compartment_access(
        actor=users["outsider"], compartment=east, reason="a family member of our case"
    )
    export = approval_actions.request_bulk_export(
        actor=users["supervisor"],
        compartment=east,
        reason="hand-over to the ministry",
        export_format="csv",
    )
    deputy = make_user("deputy", Role.SUPERVISOR, east)
    approval_actions.approve_request(export, actor=deputy)
    colleague = make_user("colleague", Role.CASEWORKER, east)
    case_actions.share_case(case, user=colleague, actor=users["supervisor"])
    wanderer = make_user("wanderer", Role.CASEWORKER, west)
    _case, emergency = approval_actions.break_glass(
        actor=wanderer, reference=case.reference, reason="Detained tonight, custody history needed"
    )
    batch = _support_batch(case, users, deputy, make_user("preparer", Role.PAYMENT_OFFICER))
    return {
        "colleague": colleague,
        "batch": batch,
        "access_request": access_request,
        "export": export,
        "emergency": emergency,
        "case": case,
        "users": users,
        "document": event.document,
        "token": token,
        "article": article,
        "alert": alert,
        "feed": feed,
    }


def _support_batch(case: Case, users: dict[str, User], deputy: User, preparer: User) -> Batch:
    """金 正一's household, eligible by an approved override, and March's batch."""
    load_programmes(actor=None)
    household = create_household(
        case, payee=case.person, members=[], arrived_on=date(2026, 1, 20), actor=users["caseworker"]
    )
    override = request_override(
        case.person, reason="Family register copy seen at the mission.", actor=users["supervisor"]
    )
    decide_override(override, approve=True, actor=deputy)
    set_bank_account(
        household,
        bank_code="0001",
        branch_code="001",
        account_type="1",
        number="1234567",
        holder_kana="キン セイイチ",
        actor=users["caseworker"],
    )
    monthly = Benefit.objects.get(programme__code="abductee-act", code="monthly")
    start_entitlement(household, monthly, decided_on=date(2026, 2, 16), actor=users["caseworker"])
    create_service_plan(household, actor=users["caseworker"])
    batch = run_month(date(2026, 3, 1), actor=preparer).batch
    assert batch is not None
    return batch


def _kwargs(name: str, pattern: URLPattern, world: dict[str, Any]) -> dict[str, Any]:
    case = world["case"]
    values = {
        "pk": world["users"]["teammate"].pk if name.startswith("accounts:") else case.pk,
        "document_pk": world["document"].pk,
        "article_pk": world["article"].pk,
        "alert_pk": world["alert"].pk,
        "feed_pk": world["feed"].pk,
        "kind": "note",
        "name": "matrix",
        "user_pk": world["colleague"].pk,
        "override_pk": EligibilityOverride.objects.get().pk,
        "task_pk": ServiceTask.objects.order_by("pk").first().pk,  # type: ignore[union-attr]
    }
    if name.startswith("people:") or name in ("registries:verify", "registries:decide"):
        values["pk"] = case.person_id
    if name == "accounts:revoke_token":
        values["pk"] = world["token"].pk
    if name.startswith("approvals:"):
        values["pk"] = world["export" if name == "approvals:download" else "access_request"].pk
    if name == "approvals:revoke_emergency":
        values["pk"] = world["emergency"].pk
    if name.startswith("support:batch") or name in ("support:approve", "support:export"):
        values["pk"] = world["batch"].pk
    return {key: values[key] for key in pattern.pattern.converters}


def _post_data(name: str, world: dict[str, Any]) -> dict[str, Any]:
    case = world["case"]
    if name == "cases:transition":
        return {"to": "verifying", "reason": "registry check begins", "version": case.version}
    if name == "registries:decide":
        return {"registry": "matrix", "record_id": "M1", "decision": "reject", "reason": "check"}
    if name == "monitor:decide":
        return {"decision": "acknowledge", "reason": ""}
    if name == "approvals:revoke_emergency":
        return {"reason": "the emergency is over"}
    if name == "support:prepare":
        return {"month": "2026-04"}
    if name == "support:override_decide":
        return {"decision": "approve"}
    if name == "support:task_done":
        return {"done_on": "2026-02-01"}
    if name == "set_language":
        return {"language": "ja", "next": "/"}
    return {}


# Text that only someone allowed to see the case may ever be shown.
SECRETS = ("正一", "セイイチ", "김", "新潟県")


@pytest.mark.parametrize("name", sorted(POLICY))
@pytest.mark.parametrize("actor", ACTORS)
def test_only_the_policy_reaches_each_url(name: str, actor: str, world: dict[str, Any]) -> None:
    rule = POLICY[name]
    pattern = dict(_walk(get_resolver().url_patterns))[name]
    url = reverse(name, kwargs=_kwargs(name, pattern, world))
    client = Client(raise_request_exception=False)
    if actor != "anonymous":
        sign_in_verified(client, world["users"][actor])
    if rule.method == "POST":
        response = client.post(url, _post_data(name, world))
    else:
        response = client.get(url)
    # Every page, whoever asks, is uncacheable and carries the same browser protections.
    assert "no-store" in response["Cache-Control"]
    assert response["X-Frame-Options"] == "DENY"
    assert "unsafe-inline" not in response.get("Content-Security-Policy", "")
    body = b"".join(response) if response.streaming else response.content  # type: ignore[attr-defined]
    text = body.decode("utf-8", "replace")
    login = reverse("accounts:login")
    if actor in rule.reach:
        assert response.status_code < 400, f"{actor} should reach {name}: {response.status_code}"
        assert rule.to_sign_in or not response.get("Location", "").startswith(login)
    elif actor == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(login)
    else:
        assert response.status_code == rule.refused, f"{actor} must get {rule.refused} at {name}"
    may_see_case = actor in CASE_READERS
    if not may_see_case:
        leaked = [secret for secret in SECRETS if secret in text]
        assert not leaked, f"{actor} was shown {leaked} at {name}"


def test_a_missing_and_a_forbidden_case_look_alike(world: dict[str, Any], outsider: User) -> None:
    client = Client()
    sign_in_verified(client, outsider)
    forbidden = client.get(reverse("cases:detail", kwargs={"pk": world["case"].pk}))
    missing = client.get(reverse("cases:detail", kwargs={"pk": 999_999}))
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.content == missing.content
