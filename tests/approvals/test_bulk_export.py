"""A bulk export takes two supervisors of the compartment, and downloads once."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from hogo.accounts.models import Compartment, User
from hogo.approvals import actions
from hogo.approvals.models import Request
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case

REASON = "Quarterly hand-over to the ministry"


def _ask(supervisor: User, east: Compartment, export_format: str = "csv") -> Request:
    return actions.request_bulk_export(
        actor=supervisor, compartment=east, reason=REASON, export_format=export_format
    )


def test_a_download_without_approval_is_refused(
    supervisor: User, east: Compartment, case: Case
) -> None:
    request = _ask(supervisor, east)
    with pytest.raises(PermissionDenied):
        actions.download_export(request, actor=supervisor)
    assert not AuditEntry.objects.filter(action="approvals.export").exists()


def test_the_supervisor_cannot_approve_their_own_export(
    supervisor: User, east: Compartment, case: Case
) -> None:
    request = _ask(supervisor, east)
    with pytest.raises(PermissionDenied):
        actions.approve_request(request, actor=supervisor)
    with pytest.raises(PermissionDenied):
        actions.download_export(request, actor=supervisor)


def test_a_supervisor_of_another_compartment_cannot_approve(
    supervisor: User, east: Compartment, other_supervisor: User, case: Case
) -> None:
    request = _ask(supervisor, east)
    with pytest.raises(PermissionDenied):
        actions.approve_request(request, actor=other_supervisor)


def test_after_a_second_supervisor_approves_it_downloads_once_and_is_audited(
    supervisor: User, deputy: User, east: Compartment, case: Case
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    export = actions.download_export(request, actor=supervisor)
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0] == actions.export_header()
    assert rows[0][1] == "status"
    assert rows[1][0] == case.reference
    assert "金 正一" in rows[1][-1]
    assert export.rows == 1
    entry = AuditEntry.objects.get(action="approvals.export")
    assert entry.data["rows"] == 1
    assert entry.data["cases"] == [case.pk]
    assert entry.data["approved_by"] == deputy.pk
    with pytest.raises(PermissionDenied):
        actions.download_export(request, actor=supervisor)
    assert AuditEntry.objects.filter(action="approvals.export").count() == 1


def test_only_the_requester_downloads(
    supervisor: User, deputy: User, east: Compartment, case: Case
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    with pytest.raises(PermissionDenied):
        actions.download_export(request, actor=deputy)


def test_an_expired_approval_is_refused(
    supervisor: User,
    deputy: User,
    east: Compartment,
    case: Case,
    travel: Callable[[timedelta], object],
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    travel(timedelta(hours=24, seconds=1))
    with pytest.raises(PermissionDenied):
        actions.download_export(request, actor=supervisor)


def test_xlsx_holds_the_same_rows_and_formulas_stay_text(
    supervisor: User, deputy: User, east: Compartment, case: Case
) -> None:
    Case.objects.filter(pk=case.pk).update(reference="=HYPERLINK(1)")
    request = _ask(supervisor, east, "xlsx")
    actions.approve_request(request, actor=deputy)
    export = actions.download_export(request, actor=supervisor)
    sheet = load_workbook(io.BytesIO(export.content)).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == actions.export_header()
    assert values[1][0] == "'=HYPERLINK(1)"


def test_only_supervisors_ask_and_only_for_their_own_compartment(
    caseworker: User, supervisor: User, west: Compartment, east: Compartment
) -> None:
    with pytest.raises(PermissionDenied):
        _ask(caseworker, east)
    with pytest.raises(ValidationError, match="own compartments"):
        _ask(supervisor, west)


def test_the_download_page_needs_sudo_and_serves_the_file_once(
    supervisor: User,
    deputy: User,
    east: Compartment,
    case: Case,
    client_for: Callable[[User | None], Client],
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    url = reverse("approvals:download", kwargs={"pk": request.pk})
    plain = client_for(supervisor).post(url)
    assert plain.status_code == 302
    assert plain["Location"].startswith(reverse("accounts:reauth"))
    client = sudo_client_for(supervisor)
    first = client.post(url)
    assert first.status_code == 200
    assert first["Content-Disposition"].startswith("attachment;")
    assert case.reference.encode() in first.content
    # A second download is told in words why there is no file, not a bare 404.
    second = client.post(url)
    assert second.status_code == 410
    page = second.content.decode()
    assert "This export was already downloaded" in page
    assert "ask for a new export" in page
    assert case.reference not in page
    assert client.get(url).status_code == 410


def test_an_export_not_downloaded_in_time_says_so(
    supervisor: User,
    deputy: User,
    east: Compartment,
    case: Case,
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    Request.objects.filter(pk=request.pk).update(expires_at=request.created_at)
    url = reverse("approvals:download", kwargs={"pk": request.pk})
    response = sudo_client_for(supervisor).get(url)
    assert response.status_code == 410
    assert "The time to download this export ended" in response.content.decode()


def test_someone_else_still_gets_404_for_a_downloaded_export(
    supervisor: User,
    deputy: User,
    east: Compartment,
    case: Case,
    sudo_client_for: Callable[[User], Client],
) -> None:
    request = _ask(supervisor, east)
    actions.approve_request(request, actor=deputy)
    actions.download_export(request, actor=supervisor)
    url = reverse("approvals:download", kwargs={"pk": request.pk})
    assert sudo_client_for(deputy).post(url).status_code == 404
