"""Every change to a case goes through these functions.

Each runs in one transaction, writes its audit entry there, and is what the
pages, the API, the commands and the demo generator all call. Callers have
already fetched the case through `hogo.access`; these functions check
what the actor may do to it, because a permission is part of the verb.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import IO, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import Compartment, Role, User
from hogo.audit.conflicts import conflict_since
from hogo.audit.log import diff, record
from hogo.cases import documents
from hogo.cases.models import (
    Case,
    CaseMember,
    CaseShare,
    Event,
    EventKind,
    SecurityScreening,
)
from hogo.cases.workflow import Status, allowed_targets, is_allowed
from hogo.keys.fields import seal_values, sealed_fields
from hogo.lib.dates import PartialDate
from hogo.people.models import Person

CASE_FIELDS = ("category", "priority", "officer", "summary")

# Which event fields each kind of timeline entry may carry, and which it must.
EVENT_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    EventKind.LOCATION: (("country", "region", "custodian", "text"), ("country", "custodian")),
    EventKind.CONTACT: (("contact_with", "channel", "text"), ("contact_with",)),
    EventKind.NOTE: (("text",), ("text",)),
    EventKind.DIPLOMATIC_REQUEST: (
        ("addressee", "request", "outcome", "follow_up_on", "text"),
        ("addressee", "request"),
    ),
    EventKind.BROKER: (
        ("organisation", "demand_amount", "demand_currency", "decision", "text"),
        ("organisation", "decision"),
    ),
}


def _require(condition: bool) -> None:
    if not condition:
        raise PermissionDenied


# Stands in for an encrypted value in the audit log, which auditors read and nothing
# ever re-encrypts or erases: it says that the value changed, never what it says.
ENCRYPTED = "(encrypted)"


def _redacted(model: type[Any], changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    sealed = {field.name for field in sealed_fields(model)}
    return {
        name: [None if old in (None, "") else ENCRYPTED, None if new in (None, "") else ENCRYPTED]
        if name in sealed
        else [old, new]
        for name, (old, new) in changes.items()
    }


def _bump(case: Case, expected_version: int, **values: Any) -> Case:
    updated = Case.objects.filter(pk=case.pk, version=expected_version).update(
        **seal_values(case, values), version=F("version") + 1, updated_at=timezone.now()
    )
    if not updated:
        raise conflict_since(case, expected_version)
    case.refresh_from_db()
    return case


def create_case(
    *,
    actor: User,
    person: Person,
    category: str,
    compartment: Compartment,
    priority: int = 2,
    officer: User | None = None,
    summary: str = "",
    opened_on: date | None = None,
) -> Case:
    """Open a case; `opened_on` dates the first report when it is recorded after the fact."""
    _require(access.can_create_case(actor))
    # Only a person of the actor's own cases, never one read through a grant: a case
    # opened on them would keep them visible and editable after the grant ends.
    _require(access.can_edit_person(actor, person))
    if opened_on is not None and opened_on > timezone.localdate():
        raise ValidationError({"opened_on": _("The date cannot be in the future.")})
    if not access.compartments_for_new_case(actor).filter(pk=compartment.pk).exists():
        raise ValidationError({"compartment": _("You cannot open cases in this compartment.")})
    if actor.role == Role.CASEWORKER:
        officer = actor
    with transaction.atomic():
        case = Case(
            reference=f"new-{secrets.token_hex(6)}",
            person=person,
            category=category,
            priority=priority,
            compartment=compartment,
            officer=officer,
            summary=summary.strip(),
        )
        case.full_clean(exclude=["reference"])
        case.save()
        case.reference = f"HG-{case.opened_at:%Y}-{case.pk:05d}"
        case.save(update_fields=["reference"])
        Event.objects.create(
            case=case,
            kind=EventKind.TRANSITION,
            occurred_on=opened_on or timezone.localdate(),
            recorded_by=actor,
            to_status=Status.REPORTED,
        )
        record(
            "cases.create",
            actor=actor,
            obj=case,
            changes={
                "person": person.pk,
                "category": category,
                "priority": priority,
                "compartment": compartment.code,
                "officer": officer.pk if officer else None,
            },
            data={"version": case.version},
        )
    return case


def update_case(case: Case, *, actor: User, expected_version: int, changes: dict[str, Any]) -> Case:
    _require(access.can_edit_case(actor, case))
    unknown = set(changes) - set(CASE_FIELDS)
    if unknown:
        raise ValidationError({field: _("This field cannot be changed here.") for field in unknown})
    if "officer" in changes:
        _require(access.can_manage_case(actor, case))
        officer = changes["officer"]
        if officer is not None and not (
            officer.has_role(Role.CASEWORKER, Role.SUPERVISOR)
            and officer.compartments.filter(pk=case.compartment_id).exists()
        ):
            raise ValidationError(
                {
                    "officer": _(
                        "The officer must be an active caseworker of the case's compartment."
                    )
                }
            )
    before = {name: getattr(case, name) for name in changes}
    for name, value in changes.items():
        setattr(case, name, value)
    case.full_clean()
    with transaction.atomic():
        _bump(case, expected_version, **changes)
        record(
            "cases.update",
            actor=actor,
            obj=case,
            changes=_redacted(Case, _plain_diff(before, changes)),
            data={"version": case.version},
        )
    return case


def _plain_diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    def plain(value: Any) -> Any:
        return value.pk if hasattr(value, "pk") else value

    return diff({k: plain(v) for k, v in before.items()}, {k: plain(v) for k, v in after.items()})


def transition_case(
    case: Case,
    *,
    to: str,
    actor: User,
    reason: str,
    expected_version: int,
    occurred_on: date | None = None,
) -> Case:
    """Move the case along its workflow; `occurred_on` dates a change recorded after the fact."""
    _require(access.can_edit_case(actor, case))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the case changes status.")})
    # The reason is kept, encrypted, on the timeline entry, not copied into the log.
    data: dict[str, Any] = {}
    if occurred_on is not None:
        if occurred_on > timezone.localdate():
            raise ValidationError({"occurred_on": _("The date cannot be in the future.")})
        data["occurred_on"] = occurred_on
    occurred_on = occurred_on or timezone.localdate()
    if not is_allowed(case.status, to, held_from=case.held_from):
        allowed = ", ".join(
            str(s.label) for s in allowed_targets(case.status, held_from=case.held_from)
        )
        raise ValidationError(
            {
                "to": _("A case cannot go from %(current)s to %(target)s. Allowed: %(allowed)s.")
                % {"current": case.status, "target": to, "allowed": allowed or "—"}
            }
        )
    source = case.status
    held_from = source if to == Status.ON_HOLD else ""
    with transaction.atomic():
        _bump(case, expected_version, status=to, held_from=held_from)
        Event.objects.create(
            case=case,
            kind=EventKind.TRANSITION,
            occurred_on=occurred_on,
            recorded_by=actor,
            from_status=source,
            to_status=to,
            text=reason,
        )
        record(
            "cases.transition",
            actor=actor,
            obj=case,
            changes={"status": [source, to]},
            data={"version": case.version, **data},
        )
    return case


def share_case(case: Case, *, user: User, actor: User) -> CaseShare:
    _require(access.can_manage_case(actor, case))
    if not access.colleagues_to_share_with(case).filter(pk=user.pk).exists():
        raise ValidationError(
            {
                "user": _(
                    "A case is shared only with a caseworker of its own compartment; "
                    "anyone else asks for access, which a supervisor approves."
                )
            }
        )
    with transaction.atomic():
        share, created = CaseShare.objects.get_or_create(
            case=case, user=user, defaults={"shared_by": actor}
        )
        if created:
            record("cases.share", actor=actor, obj=case, changes={"shared_with": [None, user.pk]})
    return share


def unshare_case(case: Case, *, user: User, actor: User) -> None:
    _require(access.can_manage_case(actor, case))
    with transaction.atomic():
        deleted, _rows = CaseShare.objects.filter(case=case, user=user).delete()
        if deleted:
            record("cases.unshare", actor=actor, obj=case, changes={"shared_with": [user.pk, None]})


def add_family_member(case: Case, *, person: Person, relation: str, actor: User) -> CaseMember:
    _require(access.can_edit_case(actor, case))
    # As for a new case: a person of the actor's own cases only, never one seen by grant.
    _require(access.can_edit_person(actor, person))
    relation = relation.strip()
    if not relation:
        raise ValidationError({"relation": _("Say how this person is related.")})
    if person.pk == case.person_id:
        raise ValidationError({"person": _("This is the protected person of the case.")})
    with transaction.atomic():
        member, created = CaseMember.objects.get_or_create(
            case=case, person=person, defaults={"relation": relation}
        )
        if not created:
            raise ValidationError({"person": _("This person is already on the case.")})
        record(
            "cases.add_member",
            actor=actor,
            obj=case,
            changes={"member": [None, person.pk], "relation": [None, relation]},
        )
    return member


# Nobody a case is about was born before this: an earlier date is a slip of the keyboard.
EARLIEST_EVENT_YEAR = 1900


def check_event_date(case: Case, when: PartialDate) -> str | None:
    """Why the date cannot be on this case's timeline, or None when it can."""
    if when.earliest() > timezone.localdate():
        return _("The date cannot be in the future.")
    if when.year < EARLIEST_EVENT_YEAR:
        return _("The date is before %(year)d: check the year.") % {"year": EARLIEST_EVENT_YEAR}
    birth = case.person.birth_date
    if birth is not None and when.latest() < birth:
        return _("The date is before the person's birth (%(birth)s): check the year.") % {
            "birth": case.person.birth_date_display
        }
    return None


def add_event(
    case: Case,
    *,
    actor: User,
    kind: str,
    occurred_on: date | PartialDate,
    fields: dict[str, Any],
) -> Event:
    """Add an entry to the timeline. A PartialDate ("2002-11") is kept as known: to the
    month or the year, never as the first day of it."""
    _require(access.can_edit_case(actor, case))
    if isinstance(occurred_on, PartialDate):
        when = occurred_on
    else:
        when = PartialDate(occurred_on.year, occurred_on.month, occurred_on.day)
    if kind not in EVENT_FIELDS:
        raise ValidationError({"kind": _("%(kind)s events cannot be added here.") % {"kind": kind}})
    allowed, required = EVENT_FIELDS[kind]
    errors: dict[str, str] = {}
    for name in set(fields) - set(allowed):
        errors[name] = _("This field does not belong to this kind of event.")
    for name in required:
        if fields.get(name) in (None, ""):
            errors[name] = _("This field is required.")
    if (problem := check_event_date(case, when)) is not None:
        errors["occurred_on"] = problem
    follow_up = fields.get("follow_up_on")
    if follow_up is not None and follow_up < when.earliest():
        errors["follow_up_on"] = _("The follow-up date cannot be before the request.")
    if errors:
        raise ValidationError(errors)
    if fields.get("demand_amount") is not None and not fields.get("demand_currency"):
        raise ValidationError({"demand_currency": _("Give the currency of the amount.")})
    event = Event(
        case=case,
        kind=kind,
        occurred_on=when.earliest(),
        occurred_precision=when.precision,
        recorded_by=actor,
        **fields,
    )
    event.full_clean(exclude=["document"])
    with transaction.atomic():
        event.save()
        record(
            "cases.add_event",
            actor=actor,
            obj=case,
            changes=_redacted(
                Event,
                {name: [None, value] for name, value in fields.items() if value not in ("", None)},
            ),
            data={"event": event.pk, "kind": kind},
        )
    return event


def upload_document(
    case: Case,
    *,
    actor: User,
    stream: IO[bytes] | documents.SealedUpload,
    filename: str,
    occurred_on: date,
    text: str = "",
) -> Event:
    """Keep a document on the case, sealed in a file under a random name outside the database.

    `stream` is either an upload already sealed as it arrived (the upload page's
    handler) or any stream, sealed here as it is read (`cases.documents`): the
    plaintext never touches a disk. A refused document leaves nothing behind.
    """
    upload = stream if isinstance(stream, documents.SealedUpload) else None
    try:
        _require(access.can_edit_case(actor, case))
        if isinstance(stream, documents.SealedUpload):
            if stream.document.case_id != case.pk:
                raise ValueError("a document sealed for one case is not kept on another")
        else:
            upload = documents.receive(case, stream, filename=filename)
        assert upload is not None
        upload.finish()
        content_type = upload.check()
        document = upload.document
        with transaction.atomic():
            document.original_name = documents.safe_display_name(filename)
            document.content_type = content_type
            document.size = upload.size
            document.digest = upload.digest
            document.uploaded_by = actor
            document.save()
            event = Event(
                case=case,
                kind=EventKind.DOCUMENT,
                occurred_on=occurred_on,
                recorded_by=actor,
                text=text.strip(),
                document=document,
            )
            event.full_clean()
            event.save()
            record(
                "cases.upload_document",
                actor=actor,
                obj=case,
                changes={"document": [None, document.pk]},
                data={"digest": upload.digest, "size": upload.size, "type": content_type},
            )
            upload.keep()
    except BaseException:
        if upload is not None:
            upload.discard()
        raise
    return event


def update_screening(case: Case, *, actor: User, result: str, findings: str) -> SecurityScreening:
    _require(access.can_see_screening(actor, case))
    with transaction.atomic():
        screening, _created = SecurityScreening.objects.get_or_create(case=case)
        before = {"result": screening.result, "findings_length": len(screening.findings)}
        screening.result = result
        screening.findings = findings.strip()
        screening.updated_by = actor
        screening.full_clean()
        screening.save()
        record(
            "cases.update_screening",
            actor=actor,
            obj=case,
            # Findings are not copied into the log: the log is read by auditors.
            changes=diff(before, {"result": result, "findings_length": len(screening.findings)}),
        )
    return screening
