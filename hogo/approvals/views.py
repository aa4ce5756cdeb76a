"""Requests, decisions, the one-time export download, break-glass and notifications."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo import access
from hogo.access import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import Role
from hogo.accounts.sudo import reauthenticate
from hogo.approvals import actions, selectors
from hogo.approvals.forms import (
    AccessRequestForm,
    BreakGlassForm,
    DecisionForm,
    ExportRequestForm,
    RevokeEmergencyForm,
)
from hogo.approvals.models import Decision, Notification, Request
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors

EVERYONE = tuple(Role)


@role_required(*CASE_READERS)
def request_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "approvals/list.html",
        {
            "awaiting": selectors.awaiting_decision_by(user),
            "mine": selectors.requests_visible_to(user).filter(requester=user)[:100],
            "grants": access.active_grants(user),
            "is_supervisor": user.role == Role.SUPERVISOR,
            "emergencies": selectors.emergencies_supervised_by(user),
            "can_request": user.role in CASE_WRITERS,
        },
    )


@role_required(*CASE_WRITERS)
def access_request(request: AuthedRequest) -> HttpResponse:
    form = AccessRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            made = actions.request_compartment_access(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Request sent to the compartment's supervisors."))
            return redirect("approvals:detail", pk=made.pk)
    title = _("Ask for access to another compartment")
    return render(request, "approvals/form.html", {"form": form, "title": title})


@role_required(Role.SUPERVISOR)
def export_request(request: AuthedRequest) -> HttpResponse:
    form = ExportRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            made = actions.request_bulk_export(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Request sent to the compartment's other supervisors."))
            return redirect("approvals:detail", pk=made.pk)
    title = _("Ask to export the cases of a compartment")
    return render(request, "approvals/form.html", {"form": form, "title": title})


@role_required(*CASE_READERS)
def request_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    item = selectors.get_request_for_user(request.user, pk)
    return render(
        request,
        "approvals/detail.html",
        {
            "item": item,
            "can_decide": actions.can_decide(request.user, item),
            "can_download": actions.can_download(request.user, item),
            "can_withdraw": item.requester_id == request.user.pk
            and item.decision == Decision.PENDING,
        },
    )


@role_required(Role.SUPERVISOR)
def request_decide(request: AuthedRequest, pk: int) -> HttpResponse:
    item = selectors.get_request_for_user(request.user, pk)
    if not actions.can_decide(request.user, item):
        raise Http404
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        try:
            if form.cleaned_data["decision"] == "approve":
                actions.approve_request(item, actor=request.user, reason=reason)
            else:
                actions.refuse_request(item, actor=request.user, reason=reason)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("approvals:detail", pk=item.pk)
    return render(request, "approvals/decide.html", {"form": form, "item": item})


@require_POST
@role_required(*CASE_WRITERS)
def request_withdraw(request: AuthedRequest, pk: int) -> HttpResponse:
    item = selectors.get_request_for_user(request.user, pk)
    try:
        actions.withdraw_request(item, actor=request.user)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("approvals:detail", pk=item.pk)


@role_required(Role.SUPERVISOR)
def export_download(request: AuthedRequest, pk: int) -> HttpResponse:
    item = selectors.get_request_for_user(request.user, pk)
    if not actions.can_download(request.user, item):
        return _export_gone(request, item)
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    if request.method != "POST":
        return render(request, "approvals/download.html", {"item": item})
    try:
        export = actions.download_export(item, actor=request.user)
    except PermissionDenied:
        item.refresh_from_db()
        return _export_gone(request, item)
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


def _export_gone(request: AuthedRequest, item: Request) -> HttpResponse:
    """Its requester is told in words why the file is no longer there; anyone else gets 404."""
    reason = actions.export_gone(request.user, item)
    if reason is None:
        raise Http404
    context = {"item": item, "reason": reason}
    return render(request, "approvals/download_gone.html", context, status=410)


@role_required(*CASE_READERS)
def break_glass(request: AuthedRequest) -> HttpResponse:
    # The password and a second factor again: a session left open is not enough.
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    form = BreakGlassForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case, grant = actions.break_glass(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if grant is not None:
                until = timezone.localtime(grant.expires_at)
                messages.warning(
                    request,
                    _("Emergency access until %(until)s. Supervisors have been notified.")
                    % {"until": f"{until:%Y-%m-%d %H:%M}"},
                )
            return redirect("cases:detail", pk=case.pk)
    return render(
        request,
        "approvals/break_glass.html",
        {"form": form, "minutes": settings.BREAK_GLASS_MINUTES},
    )


@require_POST
@role_required(Role.SUPERVISOR)
def emergency_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    grant = selectors.get_emergency_for_supervisor(request.user, pk)
    form = RevokeEmergencyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for ending the emergency access."))
        return redirect("approvals:list")
    try:
        actions.revoke_emergency(grant, actor=request.user, reason=form.cleaned_data["reason"])
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Emergency access ended. Its holder has been told."))
    return redirect("approvals:list")


@role_required(*EVERYONE)
def notifications(request: AuthedRequest) -> HttpResponse:
    items = list(Notification.objects.filter(recipient=request.user)[:100])
    unread = {n.pk for n in items if n.read_at is None}
    actions.mark_read(request.user, items)
    return render(request, "approvals/notifications.html", {"items": items, "unread_ids": unread})
