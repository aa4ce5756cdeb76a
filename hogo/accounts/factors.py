"""Second factors: an authenticator app (TOTP), passkeys (WebAuthn) and recovery codes.

Every user signs in with a password and then one of these. There is no switch
that turns this off: the only way past the second step is a factor the user
holds. The functions here that change factors are the actions for them: each
checks who acts, runs in one transaction and audits itself (enrolment, removal,
reset and every check).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import segno
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts import actions
from hogo.accounts.models import (
    LOOKUP_LENGTH,
    RecoveryCode,
    RecoveryCodeDevice,
    Role,
    User,
    new_recovery_code,
    normalize_recovery_code,
)
from hogo.audit.log import record

RECOVERY_CODE_COUNT = 10
TOTP_ISSUER = "hogo"


@dataclass(frozen=True)
class Factors:
    """What a user holds, as the security page shows it."""

    totp: list[TOTPDevice]
    passkeys: list[WebAuthnCredential]
    recovery: RecoveryCodeDevice | None

    @property
    def count(self) -> int:
        """Factors that sign in on their own: recovery codes are a fallback, not counted."""
        return len(self.totp) + len(self.passkeys)

    @property
    def recovery_left(self) -> int:
        return self.recovery.remaining() if self.recovery is not None else 0


def factors_of(user: User) -> Factors:
    return Factors(
        totp=list(TOTPDevice.objects.filter(user=user, confirmed=True).order_by("id")),
        passkeys=list(WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("id")),
        recovery=RecoveryCodeDevice.objects.filter(user=user, confirmed=True).first(),
    )


def has_factor(user: User) -> bool:
    return bool(
        TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        or WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    )


def is_verified(request: HttpRequest) -> bool:
    """Whether this session passed a second factor (set by django-otp's middleware)."""
    check = getattr(request.user, "is_verified", None)
    return check is not None and bool(check())


def _kind(device: Device) -> str:
    if isinstance(device, TOTPDevice):
        return "totp"
    if isinstance(device, WebAuthnCredential):
        return "passkey"
    return "recovery_codes"


# Enrolment -----------------------------------------------------------------------------


def pending_totp(user: User) -> TOTPDevice:
    """The unconfirmed authenticator the user is setting up (one at a time).

    It signs nobody in until `confirm_totp` confirms it with a code it shows."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    return device


def totp_secret(device: TOTPDevice) -> str:
    """The key as base32, the form authenticator apps accept typed in."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def totp_uri(device: TOTPDevice) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    url: str = device.config_url
    return url


def qr_svg(text: str) -> str:
    """The QR code as inline SVG, drawn here: no request leaves the server."""
    qr = segno.make(text, error="m")
    svg: str = qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=False)
    return svg


def confirm_totp(device: TOTPDevice, code: str, *, actor: User) -> TOTPDevice | None:
    """Confirm a new authenticator with a code it shows: the confirmed device, or None.

    The page then marks its session as verified with it (`mark_verified`)."""
    if device.user_id != actor.pk or device.confirmed:
        raise PermissionDenied
    with transaction.atomic():
        locked = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not locked.verify_token(code.strip()):
            record(
                "accounts.second_factor_failed",
                actor=actor,
                obj=actor,
                data={"factor": "totp", "during": "enrolment"},
            )
            return None
        locked.confirmed = True
        locked.save(update_fields=["confirmed"])
        actions.discard_enrolment_codes(actor)
        record("accounts.factor_enrol", actor=actor, obj=actor, data={"factor": "totp"})
    return locked


def enrol_totp(user: User, *, actor: None, name: str, via: str) -> TOTPDevice:
    """An authenticator app enrolled for the user by the system, confirmed at once.

    Only the demo loader does this, for its demo accounts, whose keys it prints:
    no person (an administrator included) ever enrols a factor for someone else.
    """
    if actor is not None:
        raise PermissionDenied
    with transaction.atomic():
        device = TOTPDevice.objects.create(user=user, name=name, confirmed=True)
        actions.discard_enrolment_codes(user)
        record("accounts.factor_enrol", actor=None, obj=user, data={"factor": "totp", "via": via})
    return device


def mark_verified(request: HttpRequest, device: Device) -> None:
    """The session passed a second factor: a new session key for the raised privilege."""
    request.session.cycle_key()
    otp_login(request, device)


def record_passkey_enrolled(credential: WebAuthnCredential, *, actor: User) -> None:
    actions.discard_enrolment_codes(actor)
    record(
        "accounts.factor_enrol",
        actor=actor,
        obj=actor,
        data={"factor": "passkey", "device": credential.pk},
    )


def issue_recovery_codes(*, actor: User) -> list[str]:
    """A fresh set of codes, replacing any earlier ones. Shown once; only hashes are kept."""
    codes: list[str] = []
    for _index in range(RECOVERY_CODE_COUNT):
        codes.append(new_recovery_code(taken={code[:LOOKUP_LENGTH] for code in codes}))
    with transaction.atomic():
        device, _created = RecoveryCodeDevice.objects.get_or_create(
            user=actor, defaults={"name": "recovery codes", "confirmed": True}
        )
        device.codes.all().delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(
                device=device,
                lookup=normalize_recovery_code(code)[:LOOKUP_LENGTH],
                code_hash=make_password(normalize_recovery_code(code)[LOOKUP_LENGTH:]),
            )
            for code in codes
        )
        record(
            "accounts.recovery_codes_issue",
            actor=actor,
            obj=actor,
            data={"count": len(codes)},
        )
    return codes


# The second step ---------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    device: Device | None
    throttled: bool = False


def check_code(request: HttpRequest, user: User, code: str, *, purpose: str) -> Check:
    """Try a typed code: six digits against the authenticator apps, anything else as a
    recovery code. Audited either way; the session is marked verified on success."""
    typed = code.strip().replace(" ", "")
    throttled = False
    matched: Device | None = None
    with transaction.atomic():
        if typed.isdigit() and len(typed) <= 8:
            candidates: list[Any] = list(
                TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True)
            )
            factor = "totp"
        else:
            candidates = list(
                RecoveryCodeDevice.objects.select_for_update().filter(user=user, confirmed=True)
            )
            factor = "recovery_code"
        for device in candidates:
            if not device.verify_is_allowed()[0]:
                throttled = True
                continue
            if device.verify_token(typed):
                matched = device
                break
        if matched is None:
            record(
                "accounts.second_factor_failed",
                actor=user,
                obj=user,
                data={"factor": factor, "during": purpose, "throttled": throttled},
            )
            return Check(device=None, throttled=throttled)
        data: dict[str, Any] = {"factor": factor, "during": purpose}
        if isinstance(matched, RecoveryCodeDevice):
            data["recovery_codes_left"] = matched.remaining()
        record("accounts.second_factor", actor=user, obj=user, data=data)
    mark_verified(request, matched)
    return Check(device=matched)


def record_passkey_check(user: User, *, purpose: str, ok: bool, detail: str = "") -> None:
    if ok:
        record(
            "accounts.second_factor",
            actor=user,
            obj=user,
            data={"factor": "passkey", "during": purpose},
        )
    else:
        record(
            "accounts.second_factor_failed",
            actor=user,
            obj=user,
            data={"factor": "passkey", "during": purpose, "reason": detail[:100]},
        )


# Removal and reset -------------------------------------------------------------------


def device_by_id(user: User, persistent_id: str) -> Device | None:
    device = Device.from_persistent_id(persistent_id)
    if device is None or device.user_id != user.pk:
        return None
    if not isinstance(device, TOTPDevice | WebAuthnCredential):
        return None
    return device


def remove_factor(device: Device, *, actor: User) -> None:
    """Remove one of the actor's own factors; never the last one that signs in."""
    if device.user_id != actor.pk:
        raise PermissionDenied
    with transaction.atomic():
        # Lock the user's row so two removals at once cannot leave zero factors.
        User.objects.select_for_update().filter(pk=actor.pk).first()
        if factors_of(actor).count <= 1:
            raise ValidationError(
                _("This is your only way to sign in: add another before removing it.")
            )
        kind = _kind(device)
        device.delete()
        record("accounts.factor_remove", actor=actor, obj=actor, data={"factor": kind})


def end_sessions(user: User) -> int:
    """Sign the user out everywhere: delete every session that belongs to them."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get(SESSION_KEY)) == str(user.pk):
            session.delete()
            ended += 1
    return ended


@dataclass(frozen=True)
class Reset:
    removed: int
    # Shown once, to be handed to the owner. None for an inactive account: its code
    # comes when it is opened again (to the second administrator, for one that needs one).
    enrolment_code: str | None
    enrolment_code_expires_at: datetime | None


def reset_factors(user: User, *, actor: User) -> Reset:
    """An administrator clears a user's factors (a lost phone): the user enrols again,
    with a new one-time enrolment code that the administrator hands to them.

    The user is signed out everywhere and their API tokens are revoked, so that
    nobody holding one of their old sessions or tokens carries on, or enrols a factor
    of their own in the gap."""
    if not actor.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied
    if user.pk == actor.pk:
        raise ValidationError(_("Ask another administrator to reset your own factors."))
    with transaction.atomic():
        removed = 0
        for model in (TOTPDevice, WebAuthnCredential, RecoveryCodeDevice):
            removed += model.objects.filter(user=user).delete()[0]
        ended = end_sessions(user)
        revoked = actions.revoke_all_tokens(user)
        record(
            "accounts.factors_reset",
            actor=actor,
            obj=user,
            data={"removed": removed, "sessions_ended": ended, "tokens_revoked": revoked},
        )
        if not user.is_active:
            return Reset(removed, None, None)
        code, expires_at = actions.issue_enrolment_code(user, actor=actor)
    return Reset(removed, code, expires_at)


def session_device_id(request: HttpRequest) -> str:
    return str(request.session.get(DEVICE_ID_SESSION_KEY, ""))
