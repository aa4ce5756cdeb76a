"""Press articles, the feeds they come from, and the exposure alerts they raise."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hogo.cases.models import Case


class Feed(models.Model):
    """An RSS or Atom feed polled by `hogo monitor run`."""

    name = models.CharField(_("name"), max_length=200)
    url = models.CharField(_("address"), max_length=1000, unique=True)
    every_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=60)
    active = models.BooleanField(default=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    # A worker claims a feed by setting these in one conditional UPDATE.
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Origin(models.TextChoices):
    FILE = "file", _("file")
    FEED = "feed", _("feed")
    URL = "url", _("web page")
    PASTE = "paste", _("pasted")


class Article(models.Model):
    """One article, stored once however often it arrives."""

    source = models.CharField(_("source"), max_length=500)
    origin = models.CharField(max_length=10, choices=Origin.choices)
    url = models.CharField(_("address"), max_length=1000, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=5)
    published_on = models.DateField(_("published"), null=True, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL)
    sha256 = models.CharField(max_length=64, unique=True)
    # datasketch MinHash hash values, for near-duplicate detection.
    minhash = models.JSONField(default=list)
    times_seen = models.PositiveIntegerField(default=1)
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-ingested_at", "-pk"]

    def __str__(self) -> str:
        return self.title or self.source


class AlertStatus(models.TextChoices):
    OPEN = "open", _("open")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    DISMISSED = "dismissed", _("dismissed as unrelated")


class Alert(models.Model):
    """An article that describes a case closely enough for its officer to know."""

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="alerts")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="exposure_alerts")
    score = models.FloatField(_("score"))
    threshold = models.FloatField()
    # [{"rule", "points", "detail", "sentences": [index, …]}, …]
    evidence = models.JSONField(default=list)
    sentences = models.JSONField(default=list)
    status = models.CharField(
        _("status"), max_length=12, choices=AlertStatus.choices, default=AlertStatus.OPEN
    )
    reason = models.TextField(_("reason"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="exposure_alerts", blank=True
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "case"], name="one_alert_per_article_case")
        ]

    def __str__(self) -> str:
        return f"article {self.article_id} → case {self.case_id} ({self.score})"
