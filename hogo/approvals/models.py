"""Requests that need a second person's approval, the grants they open, and notifications.

A grant is the one thing `hogo.access` consults beyond need-to-know: a
read-only window onto one compartment (or one case of it) that ends at its
expiry time, opened either by an approved request or by a declared emergency.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import Compartment, TwoPersonDecision, TwoPersonRecord
from hogo.cases.models import Case


class Kind(models.TextChoices):
    BULK_EXPORT = "bulk_export", _("bulk export of case data")
    COMPARTMENT_ACCESS = "compartment_access", _("access to a compartment")


# A request's decisions: those of every two-person record.
Decision = TwoPersonDecision


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX (Excel)"


class Request(TwoPersonRecord):
    """Something one person may not do alone: a second, authorised person decides.

    The one asking is `proposed_by` (the requester)."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    compartment = models.ForeignKey(
        Compartment, on_delete=models.PROTECT, related_name="+", verbose_name=_("compartment")
    )
    # Access to one case only: the reference as the requester typed it, resolved
    # by the approver, so that asking reveals nothing about which references exist.
    case_reference = models.CharField(_("case reference"), max_length=20, blank=True)
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    export_format = models.CharField(max_length=4, choices=ExportFormat.choices, blank=True)
    reason = models.TextField(_("reason"), max_length=2000)
    decision_reason = models.TextField(_("reason for the decision"), max_length=2000, blank=True)
    # Until when the approved grant lasts, or the approved export may be downloaded.
    expires_at = models.DateTimeField(null=True, blank=True)
    downloaded_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_open(self) -> bool:
        """Approved and not yet expired (for an export: not yet downloaded either)."""
        if self.decision != Decision.APPROVED or self.expires_at is None:
            return False
        if self.kind == Kind.BULK_EXPORT and self.downloaded_at is not None:
            return False
        return self.expires_at > timezone.now()


class GrantKind(models.TextChoices):
    APPROVED = "approved", _("approved request")
    BREAK_GLASS = "break_glass", _("emergency (break-glass)")


class GrantQuerySet(models.QuerySet["Grant"]):
    def active(self) -> QuerySet[Grant]:
        return self.filter(expires_at__gt=timezone.now(), revoked_at__isnull=True)


class Grant(models.Model):
    """Read-only access to a compartment's cases (or one case) until `expires_at`."""

    kind = models.CharField(max_length=12, choices=GrantKind.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    compartment = models.ForeignKey(Compartment, on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    request = models.OneToOneField(
        Request, null=True, blank=True, on_delete=models.PROTECT, related_name="grant"
    )
    reason = models.TextField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    # Ended early by a supervisor of the compartment (emergency access only).
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = GrantQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "expires_at"])]

    def __str__(self) -> str:
        target = self.case or self.compartment
        return f"{self.user} → {target} until {self.expires_at:%Y-%m-%d %H:%M}"


class NotificationKind(models.TextChoices):
    BREAK_GLASS = "break_glass", _("Emergency access to a case of your compartment")
    EMERGENCY_AUDIT = "emergency", _("Emergency access was used")
    EMERGENCY_ENDED = "revoked", _("Your emergency access was ended by a supervisor")
    REQUEST = "request", _("A request awaits your decision")
    # Notifications written before a decision said which way it went.
    DECISION = "decision", _("Your request was decided")
    APPROVED = "approved", _("Your request was approved")
    REFUSED = "refused", _("Your request was refused")
    ALERT = "alert", _("A press article may describe a case you are the officer of")


class Notification(models.Model):
    """A short message to one user, with a link to what it is about.

    The kind is shown in the reader's language; `text` holds only the facts
    (who, which case or request, the reason given), which are not translated.
    """

    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(max_length=500)
    link = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return self.text
