"""Cases, their timeline, documents and security screening."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import Compartment
from hogo.cases.workflow import Status
from hogo.keys.fields import (
    SealedCharField,
    SealedDecimalField,
    SealedTextField,
    WrappedKeyField,
)
from hogo.lib import countries
from hogo.lib.choices import choice_label
from hogo.people.models import DatePrecision, Person


class Category(models.TextChoices):
    JAPANESE_NATIONAL = "japanese_national", _("Japanese national")
    JAPANESE_SPOUSE = "japanese_spouse", _("Japanese spouse")
    FORMER_RESIDENT = "former_resident", _("former resident of Japan")
    DESCENDANT = "descendant", _("descendant")
    OTHER = "other", _("other")


class Priority(models.IntegerChoices):
    LOW = 1, _("low")
    NORMAL = 2, _("normal")
    HIGH = 3, _("high")
    URGENT = 4, _("urgent")


class Case(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="cases", verbose_name=_("protected person")
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_cases",
        verbose_name=_("assigned officer"),
    )
    compartment = models.ForeignKey(
        Compartment, on_delete=models.PROTECT, related_name="cases", verbose_name=_("compartment")
    )
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.REPORTED
    )
    held_from = models.CharField(max_length=24, choices=Status.choices, blank=True)
    summary = SealedTextField(_("summary"), blank=True, max_length=4000)
    opened_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    # Binds this row's encrypted values to it (hogo.keys.fields): known before the insert.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    family = models.ManyToManyField(Person, through="CaseMember", related_name="family_cases")
    shared_with = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CaseShare",
        through_fields=("case", "user"),
        related_name="shared_cases",
    )

    class Meta:
        ordering = ["-priority", "reference"]

    def __str__(self) -> str:
        return self.reference

    # Shown in every row of the case list: read from the enumerations (choice_label).
    # They replace the methods Django (and django-stubs) would generate.
    def get_status_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Status, self.status)

    def get_category_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Category, self.category)

    def get_priority_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Priority, self.priority)


class CaseMember(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="case_memberships")
    relation = models.CharField(_("relation to the protected person"), max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "person"], name="unique_case_member")
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.relation})"


class CaseShare(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    shared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="unique_case_share")]

    def __str__(self) -> str:
        return f"{self.case} → {self.user}"


class EventKind(models.TextChoices):
    TRANSITION = "transition", _("status change")
    LOCATION = "location", _("location or custody change")
    CONTACT = "contact", _("contact")
    NOTE = "note", _("note")
    DIPLOMATIC_REQUEST = "diplomatic_request", _("diplomatic request")
    BROKER = "broker", _("intermediary or broker")
    DOCUMENT = "document", _("document")


class Custodian(models.TextChoices):
    SELF = "self", _("self (at large)")
    NGO_SAFE_HOUSE = "ngo_safe_house", _("NGO safe house")
    HOST_SECURITY = "host_security", _("host-state security authority")
    HOST_POLICE = "host_police", _("host-state police")
    DIPLOMATIC_MISSION = "diplomatic_mission", _("diplomatic mission")
    BROKER = "broker", _("intermediary or broker")
    ORIGIN_STATE = "origin_state", _("authorities of the state fled")
    UNKNOWN = "unknown", _("unknown")


class BrokerDecision(models.TextChoices):
    REFUSED = "refused", _("refused to negotiate")
    UNDER_REVIEW = "under_review", _("under review")
    REFERRED = "referred", _("referred to the host authorities")
    OTHER = "other", _("other")


currency_code = RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code, e.g. USD."))
country_code = RegexValidator(r"^[A-Z]{2}$", _("Use a two-letter ISO 3166 code, e.g. CN."))


class Document(models.Model):
    """An uploaded file: bytes live on disk under a random name, never in the database."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="documents")
    storage_name = models.CharField(max_length=64, unique=True)
    original_name = SealedCharField(_("file name"), max_length=255, scope="case")
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    # HMAC-SHA256 of the plaintext under the document's own data key: it identifies
    # the bytes to whoever can open them, and says nothing to anyone else.
    digest = models.CharField(max_length=64)
    # The document's data key, wrapped by a master key (the file itself is sealed with it).
    sealed_key = WrappedKeyField(purpose="file", scope="case")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # Binds this row's encrypted values to it (hogo.keys.fields): known before the insert.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    def __str__(self) -> str:
        return str(self.original_name)


class Event(models.Model):
    """One entry on a case's timeline; the fields used depend on its kind."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    occurred_on = models.DateField(_("date"))
    # A date known only to the month or the year keeps its first day in `occurred_on`
    # (for ordering) and says here how much of it is known, so it is never shown as a day.
    occurred_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    text = SealedTextField(_("text"), blank=True, max_length=10000, scope="case")
    # transition
    from_status = models.CharField(max_length=24, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=24, choices=Status.choices, blank=True)
    # location and custody
    country = models.CharField(_("country"), max_length=2, blank=True, validators=[country_code])
    region = models.CharField(_("region"), max_length=200, blank=True)
    custodian = models.CharField(
        _("custodian"), max_length=20, choices=Custodian.choices, blank=True
    )
    # contact
    contact_with = SealedCharField(_("contact with"), max_length=200, blank=True, scope="case")
    channel = SealedCharField(_("channel"), max_length=100, blank=True, scope="case")
    # diplomatic request
    addressee = models.CharField(_("addressed to"), max_length=200, blank=True)
    request = SealedTextField(_("request"), blank=True, max_length=4000, scope="case")
    outcome = SealedTextField(_("outcome"), blank=True, max_length=4000, scope="case")
    # When to ask again if no answer came: the follow-ups list shows it from then.
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    # intermediary or broker
    organisation = SealedCharField(
        _("organisation"),
        max_length=200,
        blank=True,
        blind_index="organisation_index",
        scope="case",
    )
    # Finds a case's events naming an organisation without decrypting them all; keyed
    # by the case, so it does not tell which cases deal with the same organisation.
    organisation_index = models.CharField(max_length=16, blank=True, db_index=True, editable=False)
    demand_amount = SealedDecimalField(
        _("amount demanded"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        scope="case",
    )
    demand_currency = SealedCharField(
        _("currency"), max_length=3, blank=True, validators=[currency_code], scope="case"
    )
    decision = models.CharField(
        _("decision"), max_length=20, choices=BrokerDecision.choices, blank=True
    )
    document = models.OneToOneField(
        Document, null=True, blank=True, on_delete=models.PROTECT, related_name="event"
    )
    # Binds this row's encrypted values to it (hogo.keys.fields): known before the insert.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        ordering = ["-occurred_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.case} {self.occurred_on} {self.kind}"

    # Shown for every event of a case page: read from the enumerations (choice_label).
    def get_kind_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(EventKind, self.kind)

    def get_from_status_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Status, self.from_status)

    def get_to_status_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Status, self.to_status)

    def get_custodian_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Custodian, self.custodian)

    def get_decision_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(BrokerDecision, self.decision)

    @property
    def country_name(self) -> str:
        """The country in the reader's language, from its stored code."""
        return countries.country_name(self.country, get_language() or "en") if self.country else ""

    @property
    def occurred_display(self) -> str:
        """The date as far as it is known: "November 2002, day not recorded"."""
        if self.occurred_precision == DatePrecision.YEAR:
            return gettext("%(year)s, month and day not recorded") % {"year": self.occurred_on.year}
        if self.occurred_precision == DatePrecision.MONTH:
            month = date_format(self.occurred_on, "YEAR_MONTH_FORMAT")
            return gettext("%(month)s, day not recorded") % {"month": month}
        return self.occurred_on.isoformat()


class ScreeningResult(models.TextChoices):
    PENDING = "pending", _("pending")
    CLEARED = "cleared", _("cleared")
    CONCERN = "concern", _("concern raised")


class SecurityScreening(models.Model):
    """The security-screening part of a case, visible to security officers only."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="screening")
    result = models.CharField(
        _("result"), max_length=10, choices=ScreeningResult.choices, default=ScreeningResult.PENDING
    )
    findings = SealedTextField(_("findings"), blank=True, max_length=10000, scope="case")
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    # Binds this row's encrypted values to it (hogo.keys.fields): known before the insert.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    def __str__(self) -> str:
        return f"{self.case} screening: {self.result}"
