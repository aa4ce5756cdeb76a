"""The audit log: append-only, hash-chained entries."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    # The place in the chain: empty from the moment the entry is written (in its
    # transaction) until the sequencer chains it (hogo.audit.log.sequence).
    seq = models.PositiveBigIntegerField(unique=True, null=True, blank=True)
    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Kept beside the key so the entry still says who acted if the account is renamed.
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=64, db_index=True)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    changes = models.JSONField(default=dict, blank=True)
    data = models.JSONField(default=dict, blank=True)
    request_id = models.CharField(max_length=36, blank=True, db_index=True)
    prev_hash = models.CharField(max_length=64, blank=True, default="")
    hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # 1: hashed only (written before the audit key); 2: sealed; 3: sealed on its
    # own when written, then chained by the sequencer (hogo.audit.chain).
    version = models.PositiveSmallIntegerField(default=1)
    # The master key the seals were made under (its id in hex), and the seal.
    key_id = models.CharField(max_length=16, blank=True, default="")
    mac = models.CharField(max_length=64, blank=True, default="")
    # Version 3: the seal of the entry's contents alone, made when it is written.
    entry_mac = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "audit entries"
        indexes = [
            # The sequencer's queue: only the few entries not chained yet.
            models.Index(
                fields=["id"], condition=models.Q(seq__isnull=True), name="audit_entry_unchained"
            ),
        ]

    def __str__(self) -> str:
        where = f"#{self.seq}" if self.seq is not None else "(not chained yet)"
        return f"{where} {self.action} {self.object_type}:{self.object_id}"


class HeldCount(models.Model):
    """Repeats of one event, counted here before they go into the chain as one entry.

    Some events come in floods nobody controls (sign-ins refused while an
    account is paused): appending each would make every attacker's request
    take the chain's lock. They are counted here instead, by a short update
    that takes no chain lock, and `hogo.audit.log.flush_held` appends one entry
    per count with its number and period (at most once a minute per count,
    and at every `hogo audit publish`). The count itself is never lost: it is
    in the database until its entry is written.
    """

    action = models.CharField(max_length=64)
    key = models.CharField(max_length=300)
    data = models.JSONField(default=dict)
    count = models.PositiveIntegerField(default=0)
    first_at = models.DateTimeField()
    last_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["action", "key"], name="held_count_once")]

    def __str__(self) -> str:
        return f"{self.action} x {self.count}"
