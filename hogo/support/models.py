"""Resettlement support: programmes and their rules as data, entitlements, instalments,
payment batches and the ledger that money moves through.

Every amount is a whole number of yen in an integer column: never a float, never
a decimal fraction.
"""

from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import TwoPersonDecision, TwoPersonRecord
from hogo.cases.models import Case
from hogo.keys.fields import SealedCharField
from hogo.people.models import Person
from hogo.registries.models import EligibilityEvidence


class ProgrammeStatus(models.TextChoices):
    ENACTED = "enacted", _("enacted")
    DRAFT = "draft", _("draft")
    FUND = "fund", _("private fund")


class Programme(models.Model):
    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_ja = models.CharField(max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=ProgrammeStatus.choices)
    citation = models.TextField(_("legal basis"), blank=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class BenefitKind(models.TextChoices):
    MONTHLY = "monthly", _("monthly benefit")
    ONE_OFF = "one_off", _("one-off grant")


class Benefit(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="benefits")
    code = models.SlugField(max_length=40)
    name = models.CharField(_("name"), max_length=200)
    name_ja = models.CharField(max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=BenefitKind.choices)
    # Benefits a household may not receive at the same time as this one (the old-age
    # benefit excludes the monthly benefit); checked both ways.
    excludes = models.ManyToManyField("self", blank=True, symmetrical=True)

    class Meta:
        ordering = ["programme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="benefit_code_unique")
        ]

    def __str__(self) -> str:
        return f"{self.programme.code}/{self.code}"


class RuleVersion(models.Model):
    """The terms of a benefit from a date: a new law or ordinance is a new version."""

    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="versions")
    version = models.PositiveSmallIntegerField()
    effective_from = models.DateField(_("effective from"))
    effective_to = models.DateField(_("effective until"), null=True, blank=True)
    citation = models.TextField(_("legal basis"))
    # Monthly amount in yen by household size: [one person, two persons, ...].
    amounts = models.JSONField(default=list)
    each_further = models.PositiveIntegerField(default=0)
    first_multiplier = models.PositiveSmallIntegerField(default=1)
    duration_months = models.PositiveSmallIntegerField(default=0)
    extension_max_months = models.PositiveSmallIntegerField(default=0)
    income_threshold = models.PositiveIntegerField(default=0)
    deduction_per_person = models.PositiveIntegerField(default=0)
    one_off_per_person = models.PositiveIntegerField(default=0)
    one_off_per_minor = models.PositiveIntegerField(default=0)
    pay_day = models.PositiveSmallIntegerField(default=10)
    # An annual status report is due by this month and day; instalments due after it wait for it.
    report_month = models.PositiveSmallIntegerField(null=True, blank=True)
    report_day = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["benefit", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["benefit", "version"], name="rule_version_unique"),
            models.CheckConstraint(
                condition=models.Q(effective_to__isnull=True)
                | models.Q(effective_to__gt=models.F("effective_from")),
                name="rule_version_dates_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.benefit} v{self.version}"

    @property
    def unverified(self) -> bool:
        """Amounts not checked against the law in force (see `programmes.UNVERIFIED`)."""
        return "UNVERIFIED" in self.citation or "to be checked against the" in self.citation


class Household(models.Model):
    """The persons of one case who are supported together, and who is paid."""

    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="household")
    payee = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    arrived_on = models.DateField(_("arrival date"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"household of {self.case.reference}"


class HouseholdMember(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    minor = models.BooleanField(_("under 18"), default=False)

    class Meta:
        ordering = ["household", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["household", "person"], name="household_member_unique")
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.household}"


# An override's decisions: those of every two-person record.
OverrideDecision = TwoPersonDecision


class EligibilityOverride(TwoPersonRecord):
    """A supervisor's documented decision that a person is eligible without registry evidence.

    It counts only once a second supervisor has approved it; `proposed_by` is the
    supervisor who asked.
    """

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("reason"))
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"override {self.pk} ({self.decision})"


class EntitlementStatus(models.TextChoices):
    ACTIVE = "active", _("active")
    SUSPENDED = "suspended", _("suspended")
    ENDED = "ended", _("ended")


class Entitlement(models.Model):
    household = models.ForeignKey(Household, on_delete=models.PROTECT, related_name="entitlements")
    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="+")
    rule = models.ForeignKey(RuleVersion, on_delete=models.PROTECT, related_name="+")
    decided_on = models.DateField(_("decision date"))
    extension_months = models.PositiveSmallIntegerField(default=0)
    size = models.PositiveSmallIntegerField()
    minors = models.PositiveSmallIntegerField(default=0)
    # What made the payee eligible: confirmed registry evidence or an approved override.
    evidence = models.ForeignKey(
        EligibilityEvidence, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    override = models.ForeignKey(
        EligibilityOverride, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=EntitlementStatus.choices, default=EntitlementStatus.ACTIVE
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["household", "benefit"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(evidence__isnull=False) | models.Q(override__isnull=False),
                name="entitlement_is_earned",
            ),
            models.UniqueConstraint(
                fields=["household", "benefit"],
                condition=models.Q(status="active"),
                name="one_active_entitlement_per_benefit",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.benefit} for {self.household.case.reference}"


class IncomeDeclaration(models.Model):
    """How many of a household's persons earned at least the threshold in a year."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="incomes")
    year = models.PositiveSmallIntegerField()
    persons_over_threshold = models.PositiveSmallIntegerField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["household", "year"], name="income_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.persons_over_threshold} over the threshold"


class StatusReport(models.Model):
    """The annual status report, received for a year."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="reports")
    year = models.PositiveSmallIntegerField()
    received_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["household", "year"], name="status_report_unique")
        ]

    def __str__(self) -> str:
        return f"status report {self.year}"


class InstalmentStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    HELD = "held", _("held")
    IN_BATCH = "in_batch", _("in a batch")
    PAID = "paid", _("paid")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")


class HoldReason(models.TextChoices):
    NONE = "", _("none")
    STATUS_REPORT = "status_report", _("the annual status report has not been received")
    EVIDENCE_REVOKED = "evidence_revoked", _("the identity evidence was revoked")
    SUSPENDED = "suspended", _("the entitlement is suspended")


class Instalment(models.Model):
    entitlement = models.ForeignKey(
        Entitlement, on_delete=models.PROTECT, related_name="instalments"
    )
    # Copied from the entitlement so the database itself can refuse a second
    # instalment for one person, benefit and period.
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="+")
    period = models.DateField()  # first day of the (first) month paid for
    months = models.PositiveSmallIntegerField(default=1)
    due_date = models.DateField()
    amount = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=InstalmentStatus.choices, default=InstalmentStatus.SCHEDULED
    )
    hold_reason = models.CharField(max_length=20, choices=HoldReason.choices, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "benefit", "period"], name="one_instalment_per_period"
            )
        ]
        indexes = [models.Index(fields=["status", "due_date"], name="instalment_due_idx")]

    def __str__(self) -> str:
        return f"{self.benefit} {self.period:%Y-%m}: ¥{self.amount:,}"


class BankAccount(models.Model):
    """Where a household is paid. The account number is sealed; its keyed index finds
    two households paid into one account without revealing the number."""

    household = models.OneToOneField(Household, on_delete=models.PROTECT, related_name="account")
    bank_code = models.CharField(_("bank code"), max_length=4)
    branch_code = models.CharField(_("branch code"), max_length=3)
    account_type = models.CharField(
        _("account type"), max_length=1, choices=[("1", _("ordinary")), ("2", _("current"))]
    )
    number = SealedCharField(_("account number"), max_length=7, blind_index="number_index")
    number_index = models.CharField(max_length=64, db_index=True, editable=False, default="")
    holder_kana = SealedCharField(_("account holder (kana)"), max_length=30)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    def __str__(self) -> str:
        return f"account at {self.bank_code}-{self.branch_code}"


class BatchStatus(models.TextChoices):
    AWAITING_APPROVAL = "awaiting_approval", _("waiting for approval")
    APPROVED = "approved", _("approved")
    EXPORTED = "exported", _("sent to the bank")
    RECONCILED = "reconciled", _("reconciled")


class Batch(models.Model):
    month = models.DateField()  # first day of the month the run was for
    status = models.CharField(
        max_length=20, choices=BatchStatus.choices, default=BatchStatus.AWAITING_APPROVAL
    )
    total = models.PositiveBigIntegerField(default=0)
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    prepared_at = models.DateTimeField(auto_now_add=True)
    approvals_needed = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["-month", "-pk"]
        verbose_name_plural = "batches"

    def __str__(self) -> str:
        return f"batch {self.pk} ({self.month:%Y-%m})"


class BatchApproval(models.Model):
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, related_name="approvals")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["batch", "approver"], name="one_approval_per_approver")
        ]

    def __str__(self) -> str:
        return f"approval of batch {self.batch_id} by {self.approver_id}"


class PaymentStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    PAID = "paid", _("paid")
    FAILED = "failed", _("failed")
    RETURNED = "returned", _("returned")


class Payment(models.Model):
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, related_name="payments")
    instalment = models.ForeignKey(Instalment, on_delete=models.PROTECT, related_name="payments")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="+")
    period = models.DateField()
    amount = models.PositiveIntegerField()
    status = models.CharField(
        max_length=10, choices=PaymentStatus.choices, default=PaymentStatus.PENDING
    )
    # A failed or returned payment stays as it was; its instalment may be paid again,
    # so only the live payment of a period is unique.
    live = models.BooleanField(default=True)

    class Meta:
        ordering = ["batch", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "benefit", "period"],
                condition=models.Q(live=True),
                name="one_payment_per_person_benefit_period",
            )
        ]

    def __str__(self) -> str:
        return f"payment {self.pk}: ¥{self.amount:,}"


class OverpaymentReview(models.Model):
    """Opened when the evidence an entitlement rested on is revoked."""

    entitlement = models.ForeignKey(Entitlement, on_delete=models.PROTECT, related_name="reviews")
    evidence = models.ForeignKey(EligibilityEvidence, on_delete=models.PROTECT, related_name="+")
    opened_at = models.DateTimeField(auto_now_add=True)
    # What was paid on the entitlement, as it stood when the review opened.
    paid = models.JSONField(default=list)
    paid_total = models.PositiveBigIntegerField(default=0)
    closed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"overpayment review {self.pk}"


class ClosedMonth(models.Model):
    month = models.DateField(unique=True)
    closed_at = models.DateTimeField(auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} closed"


class LedgerAccount(models.TextChoices):
    BENEFIT_EXPENSE = "benefit_expense", _("benefits granted")
    PAYABLE = "payable", _("benefits payable")
    BANK = "bank", _("bank")
    RECEIVABLE = "receivable", _("overpayments receivable")


class LedgerEntry(models.Model):
    """One leg of a balanced journal: append-only and hash-chained.

    A correction is a new journal, never an edit; `hogo support ledger verify`
    recomputes every hash and every balance.
    """

    seq = models.PositiveBigIntegerField(unique=True)
    journal = models.UUIDField()
    month = models.DateField()  # the accounting month the entry belongs to
    account = models.CharField(max_length=20, choices=LedgerAccount.choices)
    debit = models.PositiveBigIntegerField(default=0)
    credit = models.PositiveBigIntegerField(default=0)
    batch = models.ForeignKey(Batch, null=True, blank=True, on_delete=models.PROTECT)
    payment = models.ForeignKey(Payment, null=True, blank=True, on_delete=models.PROTECT)
    memo = models.CharField(max_length=200)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(debit=0) & models.Q(credit__gt=0))
                | (models.Q(credit=0) & models.Q(debit__gt=0)),
                name="ledger_entry_one_side",
            )
        ]

    def __str__(self) -> str:
        return f"entry {self.seq}"


def month_start(day: date) -> date:
    return day.replace(day=1)


class TaskKind(models.TextChoices):
    HOUSING = "housing", _("housing")
    HEALTH_INSURANCE = "health_insurance", _("health insurance enrolment")
    PENSION = "pension", _("pension enrolment")
    INTERPRETER = "interpreter", _("interpreter for medical and welfare visits")
    JAPANESE = "japanese", _("Japanese classes")
    WORK = "work", _("work")
    COUNSELLING = "counselling", _("counselling")
    REVIEW = "review", _("review of the plan")


class ServiceTask(models.Model):
    """One step of a household's service plan, due a number of days after arrival."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(_("kind"), max_length=20, choices=TaskKind.choices)
    offset_days = models.PositiveIntegerField()
    due_on = models.DateField(_("due"))
    done_on = models.DateField(_("done"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["household", "due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["household", "kind", "offset_days"], name="service_task_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.due_on}"


class Supporter(models.Model):
    """Someone assigned to help the household, for a time (support workers: up to 3 years)."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="supporters")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(_("role"), max_length=100)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))

    class Meta:
        ordering = ["household", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="supporter_dates_in_order",
            )
        ]

    def __str__(self) -> str:
        return f"{self.role} until {self.ends_on}"


class Referral(models.Model):
    """A referral to an outside organisation, only with the person's recorded consent
    to exactly what is shared; consent can be withdrawn, and then nothing more is."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="referrals")
    organisation = SealedCharField(_("organisation"), max_length=200)
    purpose = models.CharField(_("purpose"), max_length=200)
    shared = SealedCharField(_("what is shared"), max_length=500)
    consent_on = models.DateField(_("consent given on"))
    consent_withdrawn_on = models.DateField(_("consent withdrawn on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        ordering = ["household", "consent_on", "pk"]

    def __str__(self) -> str:
        return f"referral {self.pk} ({self.purpose})"
