"""Account changes, each audited in the transaction that makes it.

Pages, `hogo createuser` and the demo all come here: there is one rule for a
username, one shape of each audit entry. `actor` is None only for the operator
on the host (a command) or the demo loader, who act as the system.

One administrator alone never opens case contents to an account: a new account,
a role or a compartment that would let it read cases is proposed by one
administrator and takes effect when another approves it. The administrator role
is treated alike, since it is the power to approve: otherwise one administrator
could open a second administrator account for themselves and approve their own
proposals with it. And whoever set an account's password cannot enrol its first
second factor without the one-time enrolment code, which goes to the account's
owner; for an account that waits for approval, the approver receives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import user_has_device

from hogo import access
from hogo.accounts.models import (
    AccountChange,
    ApiToken,
    ChangeDecision,
    Compartment,
    EnrolmentCode,
    Role,
    User,
    new_enrolment_code,
)
from hogo.accounts.twoperson import Audit, decide
from hogo.audit.log import diff, record
from hogo.audit.models import AuditEntry

# Wrong tries before an enrolment code is burnt and a new one must be issued.
ENROLMENT_CODE_TRIES = 5


def _require_administrator(actor: User | None) -> None:
    if actor is not None and not actor.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied


# Accounts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAccount:
    user: User
    # Shown once, to be handed to the owner; None while the account waits for the
    # second administrator, who receives it on approving.
    enrolment_code: str | None
    enrolment_code_expires_at: datetime | None
    pending: AccountChange | None  # the activation a second administrator must approve


@dataclass(frozen=True)
class Decided:
    change: AccountChange
    # For an approved account that has no factor yet: its code, shown to the approver.
    enrolment_code: str | None = None
    enrolment_code_expires_at: datetime | None = None


def clean_username(username: str) -> str:
    """The one rule for a username, wherever an account is opened."""
    username = User.normalize_username(username.strip())
    if not username:
        raise ValidationError({"username": _("The username cannot be empty.")})
    try:
        User.username_validator(username)
    except ValidationError as error:
        raise ValidationError({"username": error.messages}) from None
    # Names differing only in case read as the same person in the audit log.
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(
            {"username": _("A user named %(name)s already exists.") % {"name": username}}
        )
    return username


def needs_second_administrator(
    user: User | None, *, role: str, is_active: bool, compartments: Iterable[Compartment]
) -> bool:
    """Whether this state lets the account read case contents it could not read before,
    or approve such changes (the administrator role) when it could not before."""
    if not is_active or role not in (*access.CASE_READERS, Role.ADMINISTRATOR):
        return False
    if user is None or not user.is_active or user.role != role:
        return True
    if role == Role.ADMINISTRATOR:
        return False  # compartments give an administrator nothing to read
    before = set(user.compartments.values_list("pk", flat=True))
    return bool({c.pk for c in compartments} - before)


def create_account(
    *,
    actor: User | None,
    username: str,
    role: str,
    password: str,
    compartments: Iterable[Compartment] = (),
    first_name: str = "",
    last_name: str = "",
    via: str = "page",
) -> NewAccount:
    """Open an account, with a one-time code for its owner to enrol a second factor.

    An account whose role reads case contents (or administers), opened by an
    administrator, starts inactive: it opens when a second administrator approves,
    who then receives its enrolment code. The operator on the host (actor None)
    opens any account at once.
    """
    _require_administrator(actor)
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role %(role)s.") % {"role": role}})
    chosen = list(compartments)
    username = clean_username(username)
    user = User(
        username=username, role=role, first_name=first_name.strip(), last_name=last_name.strip()
    )
    validate_password(password, user)
    user.full_clean(exclude=["password"])
    needs_approval = actor is not None and needs_second_administrator(
        None, role=role, is_active=True, compartments=chosen
    )
    with transaction.atomic():
        user.is_active = not needs_approval
        user.set_password(password)
        user.save()
        user.compartments.set(chosen)
        record(
            "accounts.create",
            actor=actor,
            obj=user,
            changes={
                "username": [None, username],
                "role": [None, role],
                "compartments": [None, sorted(c.code for c in chosen)],
            },
            data={"via": via, "active": user.is_active},
        )
        if needs_approval:
            assert actor is not None
            pending = _propose(user, actor=actor, role=role, is_active=True, compartments=chosen)
            return NewAccount(user, None, None, pending)
        code, expires_at = _issue_enrolment_code(user, actor=actor)
    return NewAccount(user, code, expires_at, None)


def update_account(
    user: User,
    *,
    actor: User,
    role: str,
    is_active: bool,
    compartments: Iterable[Compartment],
) -> AccountChange | None:
    """Change an account's role, status or compartments.

    A change that narrows what the account reads applies at once. One that opens
    case contents (a case-reading role, a compartment more, reactivation) or makes
    the account an administrator is only proposed, and returned: it waits for a
    second administrator.
    """
    _require_administrator(actor)
    if user.pk == actor.pk and (role != user.role or not is_active):
        raise ValidationError(
            {"role": _("You cannot change your own role or deactivate yourself.")}
        )
    chosen = list(compartments)
    if needs_second_administrator(user, role=role, is_active=is_active, compartments=chosen):
        with transaction.atomic():
            return _propose(user, actor=actor, role=role, is_active=is_active, compartments=chosen)
    codes = sorted(c.code for c in chosen)
    before = {
        "role": user.role,
        "is_active": user.is_active,
        "compartments": sorted(c.code for c in user.compartments.all()),
    }
    with transaction.atomic():
        _withdraw_pending(user, actor=actor)
        user.role = role
        user.is_active = is_active
        user.full_clean(exclude=["password"])
        user.save(update_fields=["role", "is_active"])
        user.compartments.set(chosen)
        record(
            "accounts.update",
            actor=actor,
            obj=user,
            changes=diff(before, {"role": role, "is_active": is_active, "compartments": codes}),
        )
    return None


def _state(change: AccountChange) -> dict[str, object]:
    return {
        "role": change.role,
        "is_active": change.is_active,
        "compartments": change.compartment_codes(),
    }


def _withdraw_pending(user: User, *, actor: User) -> None:
    """A newer change to the account replaces any proposal still waiting for it."""
    for change in AccountChange.objects.select_for_update().filter(
        user=user, decision=ChangeDecision.PENDING
    ):
        change.decision = ChangeDecision.WITHDRAWN
        change.decided_at = timezone.now()
        change.save(update_fields=["decision", "decided_at"])
        record(
            "accounts.change_withdraw",
            actor=actor,
            obj=user,
            data={"change": change.pk, "proposed_by": change.proposed_by.get_username()},
        )


def _propose(
    user: User, *, actor: User, role: str, is_active: bool, compartments: list[Compartment]
) -> AccountChange:
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role %(role)s.") % {"role": role}})
    _withdraw_pending(user, actor=actor)
    change = AccountChange.objects.create(
        user=user, role=role, is_active=is_active, proposed_by=actor
    )
    change.compartments.set(compartments)
    before = {
        "role": user.role,
        "is_active": user.is_active,
        "compartments": sorted(c.code for c in user.compartments.all()),
    }
    record(
        "accounts.change_propose",
        actor=actor,
        obj=user,
        changes=diff(before, _state(change)),
        data={"change": change.pk},
    )
    return change


def decide_account_change(change: AccountChange, *, actor: User, approve: bool) -> Decided:
    """A second administrator approves (the change applies) or refuses a proposed change.

    The proposer may withdraw their own proposal, never approve it. Approving an
    account that has no second factor yet gives the approver its enrolment code.
    """
    _require_administrator(actor)
    own = change.proposed_by_id == actor.pk
    if approve and own:
        raise PermissionDenied(_("Another administrator must approve a change you proposed."))
    if approve and change.user_id == actor.pk:
        raise PermissionDenied(_("Another administrator must approve a change to you."))
    if own:
        return Decided(_withdraw_change(change, actor=actor))
    issued: list[tuple[str, datetime]] = []

    def apply(locked: AccountChange) -> Audit | None:
        if not approve:
            return None
        user = User.objects.select_for_update().get(pk=locked.user_id)
        before = {
            "role": user.role,
            "is_active": user.is_active,
            "compartments": sorted(c.code for c in user.compartments.all()),
        }
        user.role = locked.role
        user.is_active = locked.is_active
        user.save(update_fields=["role", "is_active"])
        user.compartments.set(locked.compartments.all())
        if locked.is_active and not _has_factor(user):
            issued.append(_issue_enrolment_code(user, actor=actor))
        return {"changes": diff(before, _state(locked))}

    decided = decide(
        change,
        actor=actor,
        approve=approve,
        may_decide=lambda user, locked: (
            user.role == Role.ADMINISTRATOR and locked.user_id != user.pk
        ),
        action="accounts.change_approve" if approve else "accounts.change_refuse",
        audit_obj=change.user,
        data={"change": change.pk, "proposed_by": change.proposed_by.get_username()},
        then=apply,
    )
    if issued:
        return Decided(decided, *issued[0])
    return Decided(decided)


def _withdraw_change(change: AccountChange, *, actor: User) -> AccountChange:
    """The proposer takes back their own proposal: recorded without a decider."""
    with transaction.atomic():
        locked = AccountChange.objects.select_for_update().get(pk=change.pk)
        if locked.decision != ChangeDecision.PENDING:
            raise ValidationError(_("This change was already decided."))
        locked.decision = ChangeDecision.WITHDRAWN
        locked.decided_at = timezone.now()
        locked.save(update_fields=["decision", "decided_at"])
        data = {"change": locked.pk, "proposed_by": locked.proposed_by.get_username()}
        record("accounts.change_withdraw", actor=actor, obj=locked.user, data=data)
    return locked


def _has_factor(user: User) -> bool:
    # Any confirmed django-otp device: an authenticator app, a passkey, recovery codes.
    return bool(user_has_device(user, confirmed=True))


def create_compartment(*, actor: User | None, code: str, name: str) -> Compartment:
    _require_administrator(actor)
    compartment = Compartment(code=code.strip(), name=name.strip())
    compartment.full_clean()
    with transaction.atomic():
        compartment.save()
        record(
            "accounts.compartment_create",
            actor=actor,
            obj=compartment,
            changes={"code": [None, compartment.code], "name": [None, compartment.name]},
        )
    return compartment


# Enrolment codes -----------------------------------------------------------------------


def _issue_enrolment_code(user: User, *, actor: User | None) -> tuple[str, datetime]:
    """A fresh code replacing any earlier one; only its hash is kept."""
    code = new_enrolment_code()
    expires_at = timezone.now() + timedelta(hours=settings.ENROLMENT_CODE_HOURS)
    EnrolmentCode.objects.filter(user=user).delete()
    EnrolmentCode.objects.create(
        user=user, code_hash=make_password(_normal(code)), expires_at=expires_at
    )
    record(
        "accounts.enrolment_code_issue",
        actor=actor,
        obj=user,
        data={"expires_at": expires_at},
    )
    return code, expires_at


def issue_enrolment_code(user: User, *, actor: User | None) -> tuple[str, datetime]:
    _require_administrator(actor)
    with transaction.atomic():
        return _issue_enrolment_code(user, actor=actor)


def _normal(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def redeem_enrolment_code(user: User, code: str) -> bool:
    """The owner types their code before enrolling a first factor: True once, then never.

    Wrong tries are counted and audited; the fifth burns the code.
    """
    now = timezone.now()
    with transaction.atomic():
        stored = (
            EnrolmentCode.objects.select_for_update()
            .filter(user=user, used_at__isnull=True, expires_at__gt=now)
            .first()
        )
        usable = stored is not None and stored.failures < ENROLMENT_CODE_TRIES
        if stored is not None and usable and check_password(_normal(code), stored.code_hash):
            # The conditional update makes the use single even when two requests race.
            used = EnrolmentCode.objects.filter(pk=stored.pk, used_at__isnull=True).update(
                used_at=now
            )
            if used == 1:
                record("accounts.enrolment_code_use", actor=user, obj=user)
                return True
        if stored is not None and usable:
            EnrolmentCode.objects.filter(pk=stored.pk).update(failures=stored.failures + 1)
        record(
            "accounts.enrolment_code_failed",
            actor=user,
            obj=user,
            data={"usable": usable},
        )
    return False


def discard_enrolment_codes(user: User) -> None:
    """A first factor is enrolled: no code of the account may enrol another."""
    EnrolmentCode.objects.filter(user=user).delete()


# API tokens ----------------------------------------------------------------------------


def issue_token(
    *, actor: User | None, label: str, days: int | None = None, owner: User | None = None
) -> tuple[ApiToken, str]:
    """A new bearer token for its owner's own use (by default the actor); the secret is
    returned once, never stored. Its life is at most HOGO_API_TOKEN_DAYS."""
    owner = owner if owner is not None else actor
    if owner is None or (actor is not None and owner.pk != actor.pk):
        raise PermissionDenied
    label = label.strip()
    if not label:
        raise ValidationError({"label": _("Name the token, e.g. after the program that uses it.")})
    longest: int = settings.API_TOKEN_DAYS
    if days is None:
        days = longest
    if not 1 <= days <= longest:
        raise ValidationError({"days": _("A token lasts from 1 to %(n)d days.") % {"n": longest}})
    with transaction.atomic():
        token, secret = ApiToken.new(owner, label=label, days=days)
        token.save()
        record(
            "accounts.issue_token",
            actor=actor,
            obj=owner,
            changes={"token": [None, token.key_id]},
            data={"label": label, "role": token.role, "expires_at": token.expires_at},
        )
    return token, secret


def revoke_token(token: ApiToken, *, actor: User) -> None:
    if token.user_id != actor.pk:
        raise PermissionDenied
    if token.revoked_at is not None:
        return
    with transaction.atomic():
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        record("accounts.revoke_token", actor=actor, obj=actor, data={"token": token.key_id})


def revoke_all_tokens(user: User) -> int:
    """Inside the caller's transaction: every live token of the user stops working."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


# Passwords -----------------------------------------------------------------------------


def _recent_wrong_passwords(user: User) -> int:
    """Wrong current passwords typed since the last change, within the cool-off time."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    entries = AuditEntry.objects.filter(object_type="accounts.user", object_id=str(user.pk))
    last_change = (
        entries.filter(action="accounts.password_change").order_by("-pk").values("pk").first()
    )
    failed = entries.filter(action="accounts.password_change_failed", created_at__gt=since)
    if last_change is not None:
        # In the order written: entries are chained just after their commit.
        failed = failed.filter(pk__gt=last_change["pk"])
    return int(failed.count())


def change_password(*, actor: User, old_password: str, new_password: str) -> int:
    """A user changes their own password, giving the current one; never an administrator's.

    Wrong current passwords are audited and, like sign-ins, paused after
    HOGO_SIGN_IN_ATTEMPTS: a stolen session cannot guess its way to the password.
    A change revokes every API token of the user; the number revoked is returned.
    """
    limit: int = settings.AXES_FAILURE_LIMIT
    with transaction.atomic():
        # One check at a time per user, so that parallel guesses all count.
        User.objects.select_for_update().filter(pk=actor.pk).first()
        throttled = _recent_wrong_passwords(actor) >= limit
        wrong = throttled or not actor.check_password(old_password)
        if wrong:
            record(
                "accounts.password_change_failed",
                actor=actor,
                obj=actor,
                data={"throttled": throttled},
            )
    if throttled:
        minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
        raise ValidationError(
            {
                "old_password": _(
                    "Too many wrong passwords: wait %(minutes)d minutes and try again."
                )
                % {"minutes": minutes}
            }
        )
    if wrong:
        raise ValidationError({"old_password": _("Your current password was entered wrongly.")})
    validate_password(new_password, actor)
    with transaction.atomic():
        actor.set_password(new_password)
        actor.save(update_fields=["password"])
        revoked = revoke_all_tokens(actor)
        # Neither password is kept, only that it changed.
        record("accounts.password_change", actor=actor, obj=actor, data={"tokens_revoked": revoked})
    return revoked
