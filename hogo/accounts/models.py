"""Who may do what: users with one role each, compartments, API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin

from hogo.lib.choices import choice_label


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Caseworker")
    SUPERVISOR = "supervisor", _("Supervisor")
    SECURITY_OFFICER = "security_officer", _("Security officer")
    AUDITOR = "auditor", _("Auditor")
    ADMINISTRATOR = "administrator", _("Administrator")
    STATISTICIAN = "statistician", _("Statistician")
    PAYMENT_OFFICER = "payment_officer", _("Payment officer")


class Compartment(models.Model):
    """A need-to-know boundary: supervisors see the cases of their compartments."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


def display_name(first_name: str, last_name: str, username: str) -> str:
    """How a user is named on pages: their full name, or their user name if they have none
    (lists that read these columns as values show users as their objects would)."""
    return f"{first_name} {last_name}".strip() or username


class User(AbstractUser):  # type: ignore[django-manager-missing]
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    compartments = models.ManyToManyField(Compartment, blank=True, related_name="members")

    class Meta:
        ordering = ["username"]

    def __str__(self) -> str:
        return display_name(self.first_name, self.last_name, self.username)

    # Shown on every page (base.html): read from the enumeration (choice_label).
    def get_role_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Role, self.role)

    def has_role(self, *roles: Role) -> bool:
        return self.is_active and self.role in roles


class ApiToken(models.Model):
    """A bearer token: shown once, stored only as a hash, expiring and revocable."""

    PREFIX = "hogo_"
    # How stale `last_used_at` may be (it is shown to the minute).
    LAST_USED_EVERY = timedelta(minutes=1)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tokens"
    )
    label = models.CharField(max_length=100, blank=True)
    key_id = models.CharField(max_length=16, unique=True)
    key_hash = models.CharField(max_length=64)
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.PREFIX}{self.key_id}_… ({self.label or self.user})"

    @staticmethod
    def hash_secret(secret: str) -> str:
        return hashlib.sha256(secret.encode()).hexdigest()

    @classmethod
    def new(cls, user: User, *, label: str = "", days: int) -> tuple[ApiToken, str]:
        """An unsaved token and its secret; `accounts.actions.issue_token` saves and audits it."""
        key_id = secrets.token_hex(8)
        secret = secrets.token_urlsafe(32)
        token = cls(
            user=user,
            label=label,
            key_id=key_id,
            key_hash=cls.hash_secret(secret),
            role=user.role,
            expires_at=timezone.now() + timedelta(days=days),
        )
        return token, f"{cls.PREFIX}{key_id}_{secret}"

    @classmethod
    def authenticate(cls, raw: str) -> User | None:
        if not raw.startswith(cls.PREFIX):
            return None
        key_id, _sep, secret = raw.removeprefix(cls.PREFIX).partition("_")
        token = cls.objects.select_related("user").filter(key_id=key_id).first()
        if token is None or not secrets.compare_digest(token.key_hash, cls.hash_secret(secret)):
            return None
        now = timezone.now()
        user = token.user
        # A token carries the role it was issued for: a role change voids it.
        if token.revoked_at or token.expires_at <= now or not user.is_active:
            return None
        if token.role != user.role:
            return None
        # Shown to the minute: written at most once a minute, so that a program
        # calling many times a second does not queue its requests on this row.
        last = token.last_used_at
        if last is None or now - last >= cls.LAST_USED_EVERY:
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return user


class RecoveryCodeDevice(ThrottlingMixin, Device):  # type: ignore[misc]
    """The user's single-use recovery codes, kept only as salted password hashes.

    A code works once: using it deletes it. Wrong codes are throttled like
    wrong TOTP codes.
    """

    class Meta(Device.Meta):  # type: ignore[misc]
        verbose_name = "recovery codes"

    def get_throttle_factor(self) -> int:
        return int(getattr(settings, "OTP_RECOVERY_THROTTLE_FACTOR", 1))

    def remaining(self) -> int:
        return int(self.codes.count())

    def verify_token(self, token: Any) -> bool:
        allowed, _details = self.verify_is_allowed()
        if not allowed:
            return False
        typed = normalize_recovery_code(str(token))
        lookup, secret = typed[:LOOKUP_LENGTH], typed[LOOKUP_LENGTH:]
        # One password-hash check per attempt: the code's first characters find it.
        candidate = self.codes.filter(lookup=lookup).first() if secret else None
        matched = None
        if candidate is not None and check_password(secret, candidate.code_hash):
            matched = candidate
        elif candidate is None:
            make_password(secret)  # the same work either way: no hint that the start exists
        # Deleting by primary key and counting the rows makes the use single even
        # when two requests race with the same code.
        if matched is not None and RecoveryCode.objects.filter(pk=matched.pk).delete()[0] == 1:
            self.throttle_reset(commit=True)
            return True
        self.throttle_increment(commit=True)
        return False


class RecoveryCode(models.Model):
    device = models.ForeignKey(RecoveryCodeDevice, on_delete=models.CASCADE, related_name="codes")
    lookup = models.CharField(max_length=8)  # the code's first characters, to find it
    code_hash = models.CharField(max_length=200)  # a password hash of the rest

    def __str__(self) -> str:
        return f"recovery code of {self.device.user_id}"


RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i
LOOKUP_LENGTH = 4
SECRET_LENGTH = 10


def new_recovery_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Fourteen characters from an unambiguous alphabet, shown as xxxx-xxxxx-xxxxx.

    The first four find the code (unique among the user's codes); the other ten
    (about 50 bits) are the secret, stored only as a salted password hash.
    """
    while True:
        lookup = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(LOOKUP_LENGTH))
        if lookup not in taken:
            break
    secret = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(SECRET_LENGTH))
    return f"{lookup}-{secret[:5]}-{secret[5:]}"


def normalize_recovery_code(typed: str) -> str:
    return "".join(ch for ch in typed.lower() if ch.isalnum())


class EnrolmentCode(models.Model):
    """The one-time code with which an account's owner enrols their first second factor.

    Issued when the account is opened and when an administrator resets its factors,
    handed to the owner out of band, kept only as a salted password hash. Holding the
    password alone does not enrol a factor: the code is needed too, once, before it
    expires, and a few wrong tries burn it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolment_codes"
    )
    code_hash = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"enrolment code of {self.user_id}"


def new_enrolment_code() -> str:
    """Fifteen characters from the unambiguous alphabet (about 74 bits), as xxxxx-xxxxx-xxxxx."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(15))
    return f"{raw[:5]}-{raw[5:10]}-{raw[10:]}"


class TwoPersonDecision(models.TextChoices):
    PENDING = "pending", _("pending")
    APPROVED = "approved", _("approved")
    REFUSED = "refused", _("refused")
    WITHDRAWN = "withdrawn", _("withdrawn")


# The decisions of an account change, by their old name.
ChangeDecision = TwoPersonDecision


class TwoPersonRecord(models.Model):
    """Something one person may not do alone: one proposes it, a second decides.

    Account changes, approval requests and eligibility overrides share this
    shape, and `hogo.accounts.twoperson.decide` is the one way any of them is
    decided: the decider is not the proposer (the database refuses it too),
    holds the role the kind asks for, decides once, and is audited.
    """

    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decision = models.CharField(
        _("decision"),
        max_length=10,
        choices=TwoPersonDecision.choices,
        default=TwoPersonDecision.PENDING,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Withdrawing one's own proposal is recorded without a decider.
            models.CheckConstraint(
                condition=~models.Q(decided_by=models.F("proposed_by")),
                name="%(app_label)s_%(class)s_not_decided_by_proposer",
            )
        ]


class AccountChange(TwoPersonRecord):
    """A change to an account that would open case contents to it.

    One administrator proposes it; it takes effect only when another approves.
    It holds the whole state the account is to have (role, active, compartments).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_changes"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    is_active = models.BooleanField(_("active"))
    compartments = models.ManyToManyField(Compartment, blank=True, related_name="+")

    def __str__(self) -> str:
        return f"change of {self.user} #{self.pk}"

    def compartment_codes(self) -> list[str]:
        return sorted(c.code for c in self.compartments.all())
