"""Historical registries (for example the 1959-1984 repatriation manifests)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Registry(models.Model):
    """A named registry: the valid rows of the last file imported under its name."""

    name = models.SlugField(_("name"), max_length=60, unique=True)
    source_filename = models.CharField(max_length=255)
    source_sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField(default=0)
    rejected_count = models.PositiveIntegerField(default=0)
    fill_rates = models.JSONField(default=dict)
    # The trained Splink model (its settings as JSON), kept with the rows it was trained on.
    model_json = models.TextField(blank=True)
    imported_at = models.DateTimeField()
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "registries"

    def __str__(self) -> str:
        return self.name


class RegistryRecord(models.Model):
    registry = models.ForeignKey(Registry, on_delete=models.CASCADE, related_name="records")
    record_id = models.CharField(max_length=100)
    line = models.PositiveIntegerField()
    family_name = models.CharField(max_length=500, blank=True)
    given_name = models.CharField(max_length=500, blank=True)
    family_name_reading = models.CharField(max_length=500, blank=True)
    given_name_reading = models.CharField(max_length=500, blank=True)
    other_names = models.CharField(max_length=500, blank=True)
    sex = models.CharField(max_length=1, blank=True)
    birth_date = models.CharField(max_length=500, blank=True)
    birth_place = models.CharField(max_length=500, blank=True)
    nationality = models.CharField(max_length=500, blank=True)
    spouse_name = models.CharField(max_length=500, blank=True)
    departure_year = models.PositiveSmallIntegerField(null=True, blank=True)
    extra = models.JSONField(default=dict)
    # What the linkage model compares (hogo.linkage.features), derived once at import:
    # a lookup scores candidates without reading kanji again. Empty for rows imported
    # before features were kept.
    features = models.JSONField(default=dict)

    class Meta:
        ordering = ["registry", "line"]
        constraints = [
            models.UniqueConstraint(fields=["registry", "record_id"], name="registry_record_unique")
        ]

    def __str__(self) -> str:
        return f"{self.registry.name}:{self.record_id}"


class RecordKey(models.Model):
    """One comparable name key of a registry record: how a person's names find it."""

    # No constraint in the database for either foreign key, and no index of the registry's
    # own (registry_key_year_idx starts with it). An import writes two dozen keys a record,
    # tens of millions for a large registry, and on PostgreSQL each constraint was a check
    # per key row at commit: about half the server's time. The keys' integrity is kept by
    # hogo.registries.actions instead, the only code that writes or deletes them: a
    # registry's keys are written with its records, for records it has just written or
    # read, and deleted before them, in one transaction under a lock on the registry's row;
    # deleting a registry or a record through the ORM still deletes their keys
    # (on_delete). tests/registries/test_keys_have_no_orphans.py checks it.
    registry = models.ForeignKey(
        Registry, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False
    )
    record = models.ForeignKey(
        RegistryRecord,
        on_delete=models.CASCADE,
        related_name="keys",
        db_index=False,
        db_constraint=False,
    )
    key = models.CharField(max_length=100)
    # The record's birth year, copied here so a key held by a hundred thousand records
    # can be read for the few years around a person's own (None: not known).
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        # Both indexes hold every column a lookup reads, so it never visits the table:
        # (registry, key, birth_year, record) finds the records holding a key, in a band
        # of years or all of them; (record, key) the keys of a record (and serves the
        # foreign key).
        indexes = [
            models.Index(
                fields=["registry", "key", "birth_year", "record"], name="registry_key_year_idx"
            ),
            models.Index(fields=["record", "key"], name="record_key_idx"),
        ]

    def __str__(self) -> str:
        return self.key


class KeyCount(models.Model):
    """How many records of a registry hold a name key, counted at import.

    A lookup reads these to tell rare keys from common ones without counting a common
    key (Kim, Lee) over its hundreds of thousands of index entries.
    """

    registry = models.ForeignKey(Registry, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=100)
    records = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registry", "key"], name="registry_key_count_unique")
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.records}"


class Decision(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    REJECTED = "rejected", _("rejected")


class EligibilityEvidence(models.Model):
    """A caseworker's decision that a registry record is (or is not) this person.

    The record is copied as it was decided on: removing or replacing the registry
    later does not change what the decision was based on.
    """

    person = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="registry_decisions"
    )
    registry = models.ForeignKey(Registry, null=True, on_delete=models.SET_NULL, related_name="+")
    registry_name = models.CharField(max_length=60)
    record_id = models.CharField(max_length=100)
    record = models.JSONField(default=dict)
    probability = models.FloatField()
    # What the decision teaches the model (hogo.linkage.labels): the level each field's
    # comparison reached, the Bayes factor, the odds of the claim's other outcomes.
    comparison = models.JSONField(default=dict, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    reason = models.TextField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()
    # Evidence found wrong later is revoked, never deleted: what was paid on it stays explained.
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revoke_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.decision} {self.registry_name}:{self.record_id}"
