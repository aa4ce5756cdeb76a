"""Every change to a request, a grant or a notification goes through these functions.

Each checks what the actor may do, runs in one transaction and writes its audit
entry there. The rule they exist for: nobody completes a bulk export or opens
another compartment alone. The person who asks never decides, and only a
supervisor of the compartment concerned may decide.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hogo import access
from hogo.accounts.models import Compartment, Role, User
from hogo.accounts.twoperson import Audit, decide
from hogo.approvals.models import (
    Decision,
    ExportFormat,
    Grant,
    GrantKind,
    Kind,
    Notification,
    NotificationKind,
    Request,
)
from hogo.audit.log import record
from hogo.cases.models import Case
from hogo.lib.spreadsheets import safe_cell

logger = logging.getLogger(__name__)

REQUEST_REASON_MIN = 10
REQUESTERS = access.CASE_WRITERS
EMERGENCY_ROLES = access.CASE_READERS


def _active(user: User, *roles: Role) -> bool:
    return user.is_active and user.role in roles


def _reason(text: str, minimum: int, field: str = "reason") -> str:
    text = text.strip()
    if len(text) < minimum:
        raise ValidationError(
            {field: _("Give a reason of at least %(n)d characters.") % {"n": minimum}}
        )
    return text


def _supervisors_of(compartment: Compartment) -> QuerySet[User]:
    return User.objects.filter(
        role=Role.SUPERVISOR, is_active=True, compartments=compartment
    ).distinct()


def notify(recipients: Any, *, kind: str, text: str, link: str) -> None:
    Notification.objects.bulk_create(
        [Notification(recipient=user, kind=kind, text=text[:500], link=link) for user in recipients]
    )


def _notify_approvers(request: Request) -> None:
    approvers = _supervisors_of(request.compartment).exclude(pk=request.proposed_by_id)
    # Facts only, in no one's language: the kind of notification says what it is.
    who = request.proposed_by.get_username()
    text = f"#{request.pk} · {who} · {request.compartment.name}"
    if request.case_reference:
        text += f" · {request.case_reference}"
    link = reverse("approvals:detail", kwargs={"pk": request.pk})
    notify(approvers, kind=NotificationKind.REQUEST, text=text, link=link)


# Asking


def _file_request(
    *,
    actor: User,
    kind: str,
    compartment: Compartment,
    reason: str,
    fields: dict[str, str],
    shown: dict[str, str],
) -> Request:
    """Record a request, audit it and tell those who may decide it, in one transaction."""
    with transaction.atomic():
        request = Request.objects.create(
            kind=kind, proposed_by=actor, compartment=compartment, reason=reason, **fields
        )
        data = {"kind": request.kind, "compartment": compartment.code, **shown, "reason": reason}
        record("approvals.request", actor=actor, obj=request, data=data)
        _notify_approvers(request)
    return request


def request_compartment_access(
    *, actor: User, compartment: Compartment, reason: str, case_reference: str = ""
) -> Request:
    """Ask to read a compartment one is not in, or one case of it."""
    if not _active(actor, *REQUESTERS):
        raise PermissionDenied
    if actor.compartments.filter(pk=compartment.pk).exists():
        raise ValidationError({"compartment": _("You already work in this compartment.")})
    reference = case_reference.strip()
    if reference and not access.reference_is_in_compartment(actor, compartment.pk, reference):
        raise ValidationError(
            {
                "case_reference": _(
                    "No case of %(compartment)s has the reference %(ref)s. Check the reference "
                    "and the compartment, or leave the reference empty to ask for the whole "
                    "compartment."
                )
                % {"compartment": compartment.name, "ref": reference}
            }
        )
    return _file_request(
        actor=actor,
        kind=Kind.COMPARTMENT_ACCESS,
        compartment=compartment,
        reason=_reason(reason, REQUEST_REASON_MIN),
        fields={"case_reference": reference},
        shown={"case_reference": reference},
    )


def request_bulk_export(
    *, actor: User, compartment: Compartment, reason: str, export_format: str
) -> Request:
    """A supervisor asks to export the cases of their compartment; another one decides."""
    if not _active(actor, Role.SUPERVISOR):
        raise PermissionDenied
    if not actor.compartments.filter(pk=compartment.pk).exists():
        raise ValidationError({"compartment": _("You can only export your own compartments.")})
    if export_format not in ExportFormat.values:
        raise ValidationError({"export_format": _("Choose CSV or XLSX.")})
    return _file_request(
        actor=actor,
        kind=Kind.BULK_EXPORT,
        compartment=compartment,
        reason=_reason(reason, REQUEST_REASON_MIN),
        fields={"export_format": export_format},
        shown={"format": export_format},
    )


# Deciding


def can_decide(user: Any, request: Request) -> bool:
    """A supervisor of the request's compartment who is not the one asking."""
    return (
        isinstance(user, User)
        and _active(user, Role.SUPERVISOR)
        and request.decision == Decision.PENDING
        and user.pk != request.proposed_by_id
        and user.compartments.filter(pk=request.compartment_id).exists()
    )


def _notify_requester(request: Request) -> None:
    text = f"#{request.pk} · {request.compartment.name}"
    link = reverse("approvals:detail", kwargs={"pk": request.pk})
    notify([request.proposed_by], kind=NotificationKind.DECISION, text=text, link=link)


def approve_request(request: Request, *, actor: User, reason: str = "") -> Request:
    if not can_decide(actor, request):
        raise PermissionDenied
    case: Case | None = None
    if request.kind == Kind.COMPARTMENT_ACCESS and request.case_reference:
        # The approver resolves the reference with their own sight of the compartment.
        case = (
            access.cases_visible_to(actor)
            .filter(compartment=request.compartment, reference=request.case_reference)
            .first()
        )
        if case is None:
            raise ValidationError(
                _("No case of this compartment has the reference %(ref)s.")
                % {"ref": request.case_reference}
            )
    now = timezone.now()
    if request.kind == Kind.BULK_EXPORT:
        until = now + timedelta(hours=settings.EXPORT_DOWNLOAD_HOURS)
    else:
        until = now + timedelta(hours=settings.ACCESS_GRANT_HOURS)

    def opened(decided: Request) -> Audit:
        data: dict[str, Any] = {"kind": decided.kind, "until": until, "reason": reason.strip()}
        if decided.kind == Kind.COMPARTMENT_ACCESS:
            grant = Grant.objects.create(
                kind=GrantKind.APPROVED,
                user=decided.proposed_by,
                compartment=decided.compartment,
                case=case,
                request=decided,
                reason=decided.reason,
                expires_at=until,
            )
            data |= {"grant": grant.pk, "case": case.pk if case else None}
        return {"data": data}

    with transaction.atomic():
        decide(
            request,
            actor=actor,
            approve=True,
            may_decide=can_decide,
            action="approvals.approve",
            fields={"decision_reason": reason.strip(), "expires_at": until, "case": case},
            then=opened,
        )
        request.refresh_from_db()
        _notify_requester(request)
    return request


def refuse_request(request: Request, *, actor: User, reason: str) -> Request:
    if not can_decide(actor, request):
        raise PermissionDenied
    reason = _reason(reason, REQUEST_REASON_MIN)
    with transaction.atomic():
        decide(
            request,
            actor=actor,
            approve=False,
            may_decide=can_decide,
            action="approvals.refuse",
            data={"kind": request.kind, "reason": reason},
            fields={"decision_reason": reason},
        )
        request.refresh_from_db()
        _notify_requester(request)
    return request


def withdraw_request(request: Request, *, actor: User) -> Request:
    if request.proposed_by_id != actor.pk or request.decision != Decision.PENDING:
        raise PermissionDenied
    with transaction.atomic():
        updated = Request.objects.filter(pk=request.pk, decision=Decision.PENDING).update(
            decision=Decision.WITHDRAWN
        )
        if not updated:
            raise ValidationError(_("This request has already been decided."))
        request.refresh_from_db()
        record("approvals.withdraw", actor=actor, obj=request, data={"kind": request.kind})
    return request


# Exporting


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content_type: str
    content: bytes
    rows: int


# Column headings and values in the words of the page the supervisor downloads from
# (their language), as a reader of the file needs them: no internal codes.
EXPORT_COLUMNS = (
    gettext_lazy("reference"),
    gettext_lazy("status"),
    gettext_lazy("category"),
    gettext_lazy("priority"),
    gettext_lazy("opened"),
    gettext_lazy("last changed"),
    gettext_lazy("officer"),
    gettext_lazy("names of the person"),
)


def export_header() -> list[str]:
    return [str(label) for label in EXPORT_COLUMNS]


def _export_rows(cases: QuerySet[Case]) -> list[list[str]]:
    rows = []
    for case in cases.select_related("officer", "person").prefetch_related("person__names"):
        names = " | ".join(
            f"{name.get_kind_display()}: {name.full}" for name in case.person.names.all()
        )
        rows.append(
            [
                str(safe_cell(value))
                for value in (
                    case.reference,
                    case.get_status_display(),
                    case.get_category_display(),
                    case.get_priority_display(),
                    case.opened_at.isoformat(),
                    case.updated_at.isoformat(),
                    case.officer.get_username() if case.officer else "",
                    names,
                )
            ]
        )
    return rows


def _render(rows: list[list[str]], export_format: str) -> tuple[bytes, str]:
    if export_format == ExportFormat.XLSX:
        from openpyxl import Workbook  # only for this download: it takes a second to load

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "cases"
        sheet.append(export_header())
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(export_header())
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8"


def can_download(user: Any, request: Request) -> bool:
    return (
        isinstance(user, User)
        and _active(user, Role.SUPERVISOR)
        and request.kind == Kind.BULK_EXPORT
        and request.proposed_by_id == user.pk
        and request.is_open
        and user.compartments.filter(pk=request.compartment_id).exists()
    )


def export_gone(user: Any, request: Request) -> str | None:
    """For the supervisor who asked for an approved export that can no longer be
    downloaded, why: "downloaded" or "expired". None for anyone else, and while it can."""
    if not (
        isinstance(user, User)
        and _active(user, Role.SUPERVISOR)
        and request.kind == Kind.BULK_EXPORT
        and request.proposed_by_id == user.pk
        and request.decision == Decision.APPROVED
    ):
        return None
    if request.downloaded_at is not None:
        return "downloaded"
    if request.expires_at is not None and request.expires_at <= timezone.now():
        return "expired"
    return None


def download_export(request: Request, *, actor: User) -> ExportFile:
    """The approved export, once: a second download, or one after expiry, is refused."""
    if not can_download(actor, request):
        raise PermissionDenied
    now = timezone.now()
    with transaction.atomic():
        # Only one download can win this update.
        claimed = Request.objects.filter(
            pk=request.pk,
            kind=Kind.BULK_EXPORT,
            decision=Decision.APPROVED,
            proposed_by=actor,
            downloaded_at__isnull=True,
            expires_at__gt=now,
        ).update(downloaded_at=now)
        if not claimed:
            raise PermissionDenied
        cases = access.cases_visible_to(actor).filter(compartment=request.compartment)
        cases = cases.order_by("reference")
        rows = _export_rows(cases)
        content, content_type = _render(rows, request.export_format)
        record(
            "approvals.export",
            actor=actor,
            obj=request,
            data={
                "rows": len(rows),
                "format": request.export_format,
                "compartment": request.compartment.code,
                "cases": list(cases.values_list("pk", flat=True)),
                "approved_by": request.decided_by_id,
            },
        )
    request.refresh_from_db()
    filename = f"hogo-{request.compartment.code}-{now:%Y%m%d-%H%M}.{request.export_format}"
    return ExportFile(filename, content_type, content, len(rows))


# Emergencies


def _auditors() -> QuerySet[User]:
    return User.objects.filter(role=Role.AUDITOR, is_active=True)


def live_emergency(user: User) -> Grant | None:
    """The user's emergency access still open, if any (there is at most one)."""
    return (
        Grant.objects.active()
        .filter(user=user, kind=GrantKind.BREAK_GLASS)
        .select_related("case")
        .first()
    )


def break_glass(*, actor: User, reference: str, reason: str) -> tuple[Case, Grant | None]:
    """Open one case outside one's need-to-know, for a short time, loudly.

    Returns the case and the new grant; no grant when the actor could already
    read the case (nothing to break). One emergency at a time: while the
    actor's last one is open, another is refused, so a stolen session cannot
    sweep through cases one emergency after another. The pages ask for the
    password and a second factor again first (sudo mode). The compartment's
    supervisors and every auditor are told at once, and a WARNING is logged.
    """
    if not _active(actor, *EMERGENCY_ROLES):
        raise PermissionDenied
    reason = _reason(reason, settings.BREAK_GLASS_REASON_MIN)
    try:
        case = access.case_for_emergency(actor, reference)
    except Http404:
        raise ValidationError({"reference": _("No case has this reference.")}) from None
    if access.cases_visible_to(actor).filter(pk=case.pk).exists():
        return case, None
    until = timezone.now() + timedelta(minutes=settings.BREAK_GLASS_MINUTES)
    with transaction.atomic():
        # The actor's row is the lock: two emergencies asked at once queue here,
        # and the second sees the first.
        User.objects.select_for_update().filter(pk=actor.pk).exists()
        live = live_emergency(actor)
        if live is not None:
            until_text = f"{timezone.localtime(live.expires_at):%Y-%m-%d %H:%M}"
            raise ValidationError(
                {
                    "reference": _(
                        "You already have emergency access to %(case)s until %(until)s. "
                        "Another is possible once it ends or a supervisor ends it."
                    )
                    % {"case": live.case.reference if live.case else "", "until": until_text}
                }
            )
        grant = Grant.objects.create(
            kind=GrantKind.BREAK_GLASS,
            user=actor,
            compartment=case.compartment,
            case=case,
            reason=reason,
            expires_at=until,
        )
        record(
            "cases.break_glass",
            actor=actor,
            obj=case,
            data={
                "reason": reason,
                "until": until,
                "grant": grant.pk,
                "compartment": case.compartment.code,
            },
        )
        text = (
            f"{actor.get_username()} → {case.reference} "
            f"({timezone.localtime(until):%Y-%m-%d %H:%M %Z}): {reason}"
        )
        notify(
            _supervisors_of(case.compartment).exclude(pk=actor.pk),
            kind=NotificationKind.BREAK_GLASS,
            text=text,
            link=reverse("cases:detail", kwargs={"pk": case.pk}),
        )
        # Auditors read no case contents: who, which case, until when; not the reason.
        notify(
            _auditors(),
            kind=NotificationKind.EMERGENCY_AUDIT,
            text=(
                f"{actor.get_username()} → {case.reference} ({case.compartment.name}), "
                f"{timezone.localtime(until):%Y-%m-%d %H:%M %Z}"
            ),
            link=reverse("audit:log") + "?break_glass=1",
        )
    # Ids only: the reason may name the person, and logs are not the place for it.
    logger.warning(
        "emergency access: user %s opened case %s (compartment %s) until %s, grant %s",
        actor.pk,
        case.pk,
        case.compartment.code,
        until.isoformat(),
        grant.pk,
    )
    return case, grant


def can_revoke(user: Any, grant: Grant) -> bool:
    """A supervisor of the grant's compartment ends someone else's open emergency access."""
    return (
        isinstance(user, User)
        and _active(user, Role.SUPERVISOR)
        and grant.kind == GrantKind.BREAK_GLASS
        and grant.user_id != user.pk
        and user.compartments.filter(pk=grant.compartment_id).exists()
    )


def revoke_emergency(grant: Grant, *, actor: User, reason: str) -> Grant:
    """End an emergency access before its time, with a reason; its holder is told."""
    if not can_revoke(actor, grant):
        raise PermissionDenied
    reason = _reason(reason, REQUEST_REASON_MIN)
    now = timezone.now()
    with transaction.atomic():
        ended = Grant.objects.filter(
            pk=grant.pk, revoked_at__isnull=True, expires_at__gt=now
        ).update(revoked_at=now, revoked_by=actor)
        if not ended:
            raise ValidationError({"reason": _("This emergency access has already ended.")})
        grant.refresh_from_db()
        record(
            "approvals.revoke_emergency",
            actor=actor,
            obj=grant.case,
            data={"grant": grant.pk, "user": grant.user.get_username(), "reason": reason},
        )
        notify(
            [grant.user],
            kind=NotificationKind.EMERGENCY_ENDED,
            text=f"{actor.get_username()} → {grant.case.reference if grant.case else ''}: {reason}",
            link=reverse("approvals:list"),
        )
    return grant


# Notifications


def mark_read(user: User, notifications: list[Notification]) -> int:
    ids = [n.pk for n in notifications if n.recipient_id == user.pk and n.read_at is None]
    return Notification.objects.filter(pk__in=ids, recipient=user).update(read_at=timezone.now())
