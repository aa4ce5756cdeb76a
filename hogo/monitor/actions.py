"""Every change the monitor makes: one function per verb, each audited in its transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.access import get_case_for_user
from hogo.accounts import notices
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.monitor import dedup, extract, scoring, selectors, sources
from hogo.monitor.models import Alert, AlertStatus, Article, Feed


@dataclass
class Ingested:
    article: Article
    new: bool
    alerts: list[Alert] = field(default_factory=list)


def _find_duplicate(text: str, language: str, signature: list[int]) -> Article | None:
    exact = Article.objects.filter(sha256=dedup.sha256(text)).first()
    if exact is not None:
        return exact
    candidates = Article.objects.filter(language=language).only("pk", "minhash")
    for candidate in candidates.iterator(chunk_size=500):
        if dedup.similarity(signature, candidate.minhash) >= dedup.SIMILAR:
            return candidate
    return None


def ingest_article(
    raw: sources.RawArticle, *, actor: User | None, feed: Feed | None = None
) -> Ingested:
    """Store an article once, then score it against every open case as the system.

    Storing commits first; scoring follows outside that transaction, so the
    audit chain's lock (taken by the ingest entry) is not held while every
    open case is weighed. An article stored but not yet scored keeps
    `scored_at` empty.
    """
    text = raw.text.strip()
    if not text:
        raise ValidationError(_("The article has no text."))
    language = extract.detect_language(text)
    signature = dedup.signature(text, language=language)
    with transaction.atomic():
        duplicate = _find_duplicate(text, language, signature)
        if duplicate is not None:
            Article.objects.filter(pk=duplicate.pk).update(times_seen=duplicate.times_seen + 1)
            record("monitor.duplicate", actor=actor, obj=duplicate, data={"source": raw.source})
            return Ingested(duplicate, new=False)
        article = Article.objects.create(
            source=raw.source[:500],
            origin=raw.origin,
            url=raw.url[:1000],
            title=raw.title[:500],
            text=text,
            language=language,
            published_on=raw.published_on,
            ingested_by=actor,
            feed=feed,
            sha256=dedup.sha256(text),
            minhash=signature,
        )
        record(
            "monitor.ingest",
            actor=actor,
            obj=article,
            data={"source": article.source, "origin": article.origin, "language": language},
        )
    alerts = score_article(article)
    return Ingested(article, new=True, alerts=alerts)


def score_article(article: Article) -> list[Alert]:
    """Weigh the article against every open case, as the system; raise alerts above threshold.

    The weighing reads and computes outside any transaction of its own; only
    the alerts and their audit entries are written in one short transaction.
    """
    facts = extract.extract(article.text)
    matches = [
        scoring.score(case, facts, published=article.published_on)
        for case in selectors.open_case_facts()
    ]
    alerting = [match for match in matches if match.alerts]
    with transaction.atomic():
        alerts = [_raise_alert(article, match) for match in alerting]
        Article.objects.filter(pk=article.pk).update(scored_at=timezone.now())
        record(
            "monitor.score",
            actor=None,
            obj=article,
            data={"cases": len(matches), "alerts": [a.case_id for a in alerts]},
        )
    return alerts


def _raise_alert(article: Article, match: scoring.Match) -> Alert:
    alert, created = Alert.objects.get_or_create(
        article=article,
        case_id=match.case_id,
        defaults={
            "score": match.score,
            "threshold": scoring.THRESHOLD,
            "evidence": [
                {
                    "rule": item.rule,
                    "points": item.points,
                    "detail": item.detail,
                    "sentences": list(item.sentences),
                    "params": item.params,
                }
                for item in match.evidence
            ],
            "sentences": match.sentences,
        },
    )
    if created:
        alert.recipients.set(selectors.recipients_for(alert.case))
        officer = alert.case.officer
        if officer is not None and officer.is_active:
            # The officer hears of it where they look first, not only in the alert inbox.
            notices.notify(
                [officer],
                kind="alert",
                text=f"{alert.case.reference}: {article.title or article.source}",
                link=reverse("monitor:article", kwargs={"article_pk": article.pk}),
            )
        record(
            "monitor.alert",
            actor=None,
            obj=alert,
            data={"case": match.case_id, "article": article.pk, "score": match.score},
        )
    return alert


def _decide(alert: Alert, *, actor: User, status: str, reason: str, action: str) -> Alert:
    # Deciding on an alert is a change to the case's work: it needs the right to change
    # the case, never a grant's reading; else the alert does not exist for the actor.
    get_case_for_user(actor, alert.case_id, write=True)
    reason = reason.strip()
    if status == AlertStatus.DISMISSED and not reason:
        raise ValidationError({"reason": _("Say why the article is not about this case.")})
    with transaction.atomic():
        updated = Alert.objects.filter(pk=alert.pk, status=AlertStatus.OPEN).update(
            status=status, reason=reason, decided_by=actor, decided_at=timezone.now()
        )
        if not updated:
            raise ValidationError(_("This alert was already decided."))
        record(
            action,
            actor=actor,
            obj=alert,
            changes={"status": [AlertStatus.OPEN, status]},
            data={"case": alert.case_id, "reason": reason},
        )
    alert.refresh_from_db()
    return alert


def acknowledge_alert(alert: Alert, *, actor: User, reason: str = "") -> Alert:
    return _decide(
        alert,
        actor=actor,
        status=AlertStatus.ACKNOWLEDGED,
        reason=reason,
        action="monitor.acknowledge",
    )


def dismiss_alert(alert: Alert, *, actor: User, reason: str) -> Alert:
    return _decide(
        alert, actor=actor, status=AlertStatus.DISMISSED, reason=reason, action="monitor.dismiss"
    )


def add_feed(*, name: str, url: str, every_minutes: int = 60, actor: User | None) -> Feed:
    if every_minutes < 1:
        raise ValidationError(_("Poll at most once a minute."))
    with transaction.atomic():
        feed = Feed.objects.create(name=name, url=url, every_minutes=every_minutes)
        record("monitor.add_feed", actor=actor, obj=feed, data={"url": url})
    return feed


def claim_feed(worker: str, *, lease: timedelta = timedelta(minutes=10)) -> Feed | None:
    """Claim one due feed with a conditional UPDATE that only one worker can win."""
    now = timezone.now()
    due = (
        Feed.objects.filter(active=True)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .order_by("next_poll_at", "pk")
    )
    for feed in due[:20]:
        won = Feed.objects.filter(pk=feed.pk, claimed_until=feed.claimed_until).update(
            claimed_by=worker, claimed_until=now + lease
        )
        if won:
            feed.refresh_from_db()
            return feed
    return None


@dataclass
class Polled:
    feed: Feed
    stored: int = 0
    duplicates: int = 0
    alerts: int = 0
    error: str = ""


def poll_feed(feed: Feed) -> Polled:
    """Fetch a claimed feed, store its new entries, release it; an error is kept, not raised."""
    result = Polled(feed)
    try:
        raws = sources.read_feed(feed.url)
    except sources.SourceError as error:
        result.error = str(error)
        raws = []
    for raw in raws:
        try:
            ingested = ingest_article(raw, actor=None, feed=feed)
        except ValidationError as error:
            result.error = "; ".join(error.messages)
            continue
        result.stored += ingested.new
        result.duplicates += not ingested.new
        result.alerts += len(ingested.alerts)
    now = timezone.now()
    with transaction.atomic():
        Feed.objects.filter(pk=feed.pk).update(
            claimed_by="",
            claimed_until=None,
            last_polled_at=now,
            next_poll_at=now + timedelta(minutes=feed.every_minutes),
            last_error=result.error,
        )
        record(
            "monitor.poll",
            actor=None,
            obj=feed,
            data={"stored": result.stored, "duplicates": result.duplicates, "error": result.error},
        )
    return result
