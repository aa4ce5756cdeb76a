"""Released tables and the privacy budget they spent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Method(models.TextChoices):
    SUPPRESS = "suppress", _("small-cell suppression")
    DP = "dp", _("differential privacy")


class Release(models.Model):
    """One table as it left the unit: kept exactly as released, for reissue."""

    table = models.CharField(_("table"), max_length=60)
    period_from = models.DateField(_("from"))
    period_to = models.DateField(_("to"))
    method = models.CharField(_("protection"), max_length=10, choices=Method.choices)
    epsilon = models.FloatField(_("privacy-loss parameter ε"), null=True, blank=True)
    rounding = models.PositiveSmallIntegerField(default=0)
    # The protection the release was made with, for its legend (empty before they were kept).
    level = models.PositiveSmallIntegerField(null=True, blank=True)
    dominance_p = models.PositiveSmallIntegerField(null=True, blank=True)
    header = models.JSONField()  # ["quarter", column, …, "total"]
    rows = models.JSONField()  # [[row label, released cell, …], …]
    # The counts the suppression was computed from, frozen so that later
    # releases of the same quarters use the same figures. Never shown.
    # An amount table keeps each person's yen: "quarter|column|person" -> yen.
    atoms = models.JSONField(default=dict)
    released_at = models.DateTimeField(auto_now_add=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    released_by_label = models.CharField(max_length=150)

    class Meta:
        ordering = ["-released_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.table} {self.period_from} to {self.period_to} ({self.method})"


class BudgetSpend(models.Model):
    """The privacy-loss budget of one table and quarter: what has been spent."""

    table = models.CharField(max_length=60)
    quarter = models.CharField(max_length=7)
    spent = models.FloatField(default=0.0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["table", "quarter"], name="unique_budget_line")
        ]

    def __str__(self) -> str:
        return f"{self.table} {self.quarter}: ε {self.spent}"
