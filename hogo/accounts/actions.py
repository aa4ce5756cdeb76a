"""Account changes: made by administrators, each audited."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.accounts.models import ApiToken, Compartment, Role, User
from hogo.audit.log import diff, record


def create_account(
    *,
    actor: User | None,
    username: str,
    role: str,
    password: str,
    compartments: Iterable[Compartment] = (),
    full_name: str = "",
) -> User:
    """`actor` is None only when run from the command line by the operator."""
    if actor is not None and not actor.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role %(role)s.") % {"role": role}})
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": _("This username is taken.")})
    user = User(username=username, role=role, first_name=full_name.strip())
    validate_password(password, user)
    user.full_clean(exclude=["password"])
    with transaction.atomic():
        user.set_password(password)
        user.save()
        user.compartments.set(list(compartments))
        record(
            "accounts.create",
            actor=actor,
            obj=user,
            changes={
                "username": [None, username],
                "role": [None, role],
                "compartments": [None, sorted(c.code for c in user.compartments.all())],
            },
        )
    return user


def update_account(
    user: User,
    *,
    actor: User,
    role: str,
    is_active: bool,
    compartments: Iterable[Compartment],
) -> User:
    if not actor.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied
    if user.pk == actor.pk and (role != user.role or not is_active):
        raise ValidationError(
            {"role": _("You cannot change your own role or deactivate yourself.")}
        )
    codes = sorted(c.code for c in compartments)
    before = {
        "role": user.role,
        "is_active": user.is_active,
        "compartments": sorted(c.code for c in user.compartments.all()),
    }
    with transaction.atomic():
        user.role = role
        user.is_active = is_active
        user.full_clean(exclude=["password"])
        user.save(update_fields=["role", "is_active"])
        user.compartments.set(Compartment.objects.filter(code__in=codes))
        record(
            "accounts.update",
            actor=actor,
            obj=user,
            changes=diff(before, {"role": role, "is_active": is_active, "compartments": codes}),
        )
    return user


def issue_token(*, actor: User, label: str, days: int | None = None) -> tuple[ApiToken, str]:
    """A new bearer token for the actor's own use; the secret is returned once, never stored."""
    label = label.strip()
    if not label:
        raise ValidationError({"label": _("Name the token, e.g. after the program that uses it.")})
    with transaction.atomic():
        token, secret = ApiToken.issue(actor, label=label, days=days)
        record(
            "accounts.issue_token",
            actor=actor,
            obj=actor,
            data={"token": token.key_id, "label": label, "expires_at": token.expires_at},
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


def change_password(*, actor: User, old_password: str, new_password: str) -> None:
    """A user changes their own password, giving the current one; never an administrator's."""
    if not actor.check_password(old_password):
        raise ValidationError({"old_password": _("Your current password was entered wrongly.")})
    validate_password(new_password, actor)
    with transaction.atomic():
        actor.set_password(new_password)
        actor.save(update_fields=["password"])
        # Neither password is kept, only that it changed.
        record("accounts.password_change", actor=actor, obj=actor)
