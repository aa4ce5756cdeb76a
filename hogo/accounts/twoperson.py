"""The two-person rule, decided in one place.

An account change, an approval request and an eligibility override are each
proposed by one person and decided by a second (`TwoPersonRecord`). `decide` is
how any of them is decided: in one transaction it locks the record, refuses a
decision already taken, refuses the proposer and anyone the kind's own rule
(`may_decide`, from the access layer or the app) does not allow, claims the
decision with a conditional update that only one decider can win, runs what
the decision sets off, and writes the audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypedDict, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.accounts.models import TwoPersonDecision, TwoPersonRecord, User
from hogo.audit.log import record

P = TypeVar("P", bound=TwoPersonRecord)


class AlreadyDecided(ValidationError):
    """Someone decided first: nothing was changed."""


class NotAllowedToDecide(PermissionDenied):
    """The proposer, or someone without the role: nothing was changed."""


class Audit(TypedDict, total=False):
    data: dict[str, Any]
    changes: dict[str, Any]


def decide(
    item: P,
    *,
    actor: User,
    approve: bool,
    may_decide: Callable[[User, P], bool],
    action: str,
    audit_obj: models.Model | None = None,
    data: dict[str, Any] | None = None,
    fields: dict[str, Any] | None = None,
    then: Callable[[P], Audit | None] | None = None,
) -> P:
    """Approve or refuse `item` as `actor`, the second person.

    `fields` are set with the decision (a reason, an expiry); `then` runs in
    the same transaction once the decision is claimed and may add to the audit
    entry (what the approval opened, what it changed).
    """
    model = type(item)
    with transaction.atomic():
        locked = model._default_manager.select_for_update().get(pk=item.pk)
        if locked.decision != TwoPersonDecision.PENDING:
            raise AlreadyDecided(_("This was already decided."))
        if locked.proposed_by_id == actor.pk:
            raise NotAllowedToDecide(_("A second person must decide what you proposed."))
        if not actor.is_active or not may_decide(actor, locked):
            raise NotAllowedToDecide(_("You may not decide this."))
        decision = TwoPersonDecision.APPROVED if approve else TwoPersonDecision.REFUSED
        values = {
            "decision": decision,
            "decided_by": actor,
            "decided_at": timezone.now(),
            **(fields or {}),
        }
        # Only one decider wins, even where the row lock is not available (SQLite).
        claimed = model._default_manager.filter(
            pk=locked.pk, decision=TwoPersonDecision.PENDING
        ).update(**values)
        if not claimed:
            raise AlreadyDecided(_("This was already decided."))
        locked.refresh_from_db()
        extra: Audit = (then(locked) if then else None) or {}
        record(
            action,
            actor=actor,
            obj=audit_obj if audit_obj is not None else locked,
            changes=extra.get("changes"),
            data={
                "decision": decision,
                "proposed_by": locked.proposed_by_id,
                **(data or {}),
                **extra.get("data", {}),
            },
        )
    return locked
