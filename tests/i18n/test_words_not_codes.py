"""Where hogo used to show an internal code, a reader meets its label, in their language."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from hogo.accounts.models import Compartment, Role, User
from hogo.approvals import actions as approvals
from hogo.approvals.models import Notification
from hogo.audit.conflicts import Conflict
from hogo.cases import actions as cases
from hogo.cases.models import Case
from hogo.monitor.explain import explain
from hogo.stats.models import Method, Release

ClientFor = Callable[[User | None], Client]
REASON = "Quarterly review of every open case, as agreed."


def _japanese(client: Client) -> Client:
    client.cookies["hogo-language"] = "ja"
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ja"
    return client


def test_an_alert_explains_its_evidence_with_labels() -> None:
    custodian = {"rule": "custodian", "points": 1.0, "params": {"custodian": "host_security"}}
    age = {"rule": "age_conflict", "points": -4.0, "params": {"age": "70", "born": "1938"}}
    category = {"rule": "category", "points": 1.0, "params": {"category": "japanese_spouse"}}
    with translation.override("en"):
        told = explain(custodian)
        assert explain(age) == "stated age 70 does not fit birth year 1938"
    assert told == "who held the person, as on the timeline: host-state security authority"
    with translation.override("ja"):
        assert "滞在国の治安当局" in explain(custodian)
        assert explain(age) == "記事の年齢 70 歳は生年 1938 年と合わない"
        assert "日本人配偶者" in explain(category)
    # An alert stored before the facts were kept still reads as it did.
    assert explain({"rule": "custodian", "detail": "as stored"}) == "as stored"


@pytest.mark.django_db
def test_a_released_table_shows_its_title_and_categories(
    statistician: User, client_for: ClientFor
) -> None:
    release = Release.objects.create(
        table="arrivals_by_quarter",
        period_from=date(2024, 1, 1),
        period_to=date(2024, 3, 31),
        method=Method.SUPPRESS,
        header=["quarter", "japanese_national", "former_resident", "total"],
        rows=[["2024-Q1", "<10", "12", "15"], ["total", "<10", "12", "15"]],
        released_by_label="statistician",
    )
    client = client_for(statistician)
    body = client.get(reverse("stats:release", args=[release.pk])).content.decode()
    assert "Arrivals by quarter and category" in body
    assert "Japanese national" in body
    assert "japanese_national" not in body
    assert "arrivals_by_quarter" not in body
    overview = client.get(reverse("stats:overview")).content.decode()
    assert "Arrivals by quarter and category</a>" in overview
    japanese = _japanese(client).get(reverse("stats:release", args=[release.pk])).content.decode()
    assert "日本国籍者" in japanese
    assert "合計" in japanese


@pytest.mark.django_db
def test_an_export_names_its_columns_and_values(
    supervisor: User, make_user: Callable[..., User], east: Compartment, case: Case
) -> None:
    deputy = make_user("deputy", Role.SUPERVISOR, east)
    request = approvals.request_bulk_export(
        actor=supervisor, compartment=east, reason=REASON, export_format="csv"
    )
    approvals.approve_request(request, actor=deputy)
    with translation.override("ja"):
        export = approvals.download_export(request, actor=supervisor)
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["案件番号", "状況", "類型", "優先度"]
    assert rows[1][1:4] == ["通報受理", "元日本在住者", "高"]
    assert "本名: 金 正一" in rows[1][-1]


@pytest.mark.django_db
def test_a_request_notification_names_the_compartment_not_its_code(
    caseworker: User, supervisor: User, west: Compartment, make_user: Callable[..., User]
) -> None:
    make_user("west_supervisor", Role.SUPERVISOR, west)
    approvals.request_compartment_access(actor=caseworker, compartment=west, reason=REASON)
    notification = Notification.objects.get()
    assert "Other desk" in notification.text
    assert "(west)" not in notification.text
    assert "access to a compartment" not in notification.text  # the kind says it, translated


@pytest.mark.django_db
def test_a_conflict_with_ones_own_other_tab_says_so_in_words(
    case: Case, caseworker: User, supervisor: User, client_for: ClientFor
) -> None:
    cases.update_case(case, actor=caseworker, expected_version=1, changes={"priority": 4})
    with pytest.raises(Conflict) as raised:
        cases.update_case(case, actor=caseworker, expected_version=1, changes={"priority": 1})
    with translation.override("en"):
        own = raised.value.message_for(caseworker)
        other = raised.value.message_for(supervisor)
    assert "you, in another tab or window" in own
    assert "priority: high → urgent" in own
    assert "Someone else" not in own
    assert "Someone else" in other
    assert "caseworker (" in other
    with translation.override("ja"):
        japanese = raised.value.message_for(caseworker)
    assert "あなた自身" in japanese
    assert "優先度: 高 → 緊急" in japanese


@pytest.mark.django_db
def test_a_refused_status_says_why_without_a_code(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    url = reverse("cases:transition", args=[case.pk])
    response = client_for(caseworker).post(url, {"version": 1, "to": "arrived", "reason": "x"})
    assert response.status_code == 400
    errors = " ".join(response.context["transition_form"].errors["to"])
    assert "cannot move to that status" in errors
    assert "arrived" not in errors


@pytest.mark.django_db
def test_the_case_filter_shows_no_label_for_its_hidden_field(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    body = client_for(caseworker).get(reverse("cases:list")).content.decode()
    assert "Ids" not in body
    assert 'type="hidden" name="ids"' in body


@pytest.mark.django_db
def test_a_document_shows_no_empty_checksum(case: Case, caseworker: User) -> None:
    from django.template.loader import get_template

    source = get_template("cases/detail.html").template.source
    assert "SHA-256" not in source
    assert "sha256" not in source


@pytest.mark.django_db
def test_the_audit_log_names_actions_in_the_readers_language(
    case: Case, auditor: User, client_for: ClientFor
) -> None:
    client = client_for(auditor)
    body = client.get(reverse("audit:log")).content.decode()
    assert "a case was opened" in body
    assert ">cases.create<" not in body
    japanese = _japanese(client).get(reverse("audit:log")).content.decode()
    assert "案件を作成" in japanese
