"""Every change the monitor makes: one function per verb, each audited in its transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.access import can_manage_feeds, get_case_for_user
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
    # An article about one person alerts on the case it describes best (scoring.alerting).
    alerting = scoring.alerting(matches, facts)
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


# A feed is polled at most once a minute and at least once a week.
MIN_EVERY_MINUTES = 1
MAX_EVERY_MINUTES = 7 * 24 * 60
# "Fetch now" runs inside a page request: it ends within this long, however slow the server.
FETCH_NOW_SECONDS = 30


def page_fetcher() -> sources.Fetcher:
    """The fetcher a page's "fetch now" uses: the worker's protections, a shorter deadline."""
    return sources.Fetcher(total_seconds=FETCH_NOW_SECONDS)


def _require_manager(actor: User | None) -> None:
    # None is the system (a command run on the host); a person must manage feeds.
    if actor is not None and not can_manage_feeds(actor):
        raise PermissionDenied


def _refusal(error: sources.AddressRefused) -> str:
    """Why an address is refused, in the reader's language."""
    if error.reason == "scheme":
        return _("Only https:// addresses are fetched: give the address that begins with https://.")
    if error.reason == "credentials":
        return _(
            "The address contains a user name or password. hogo never sends them and would "
            "show them on this page: give the address without them."
        )
    if error.reason == "host":
        return _("The address has no host name.")
    if error.reason == "port":
        return _("The address has a port that is not a valid number.")
    if error.reason == "unresolved":
        return _("The host name does not resolve to any address: check how it is spelled.")
    return _(
        "The host name leads to a private, local or reserved address (%(address)s): hogo "
        "fetches feeds only from the public internet."
    ) % {"address": error.address}


def _clean_settings(name: str, every_minutes: int) -> str:
    name = name.strip()
    problems: dict[str, str] = {}
    if not name:
        problems["name"] = _("Give the feed a name.")
    elif len(name) > 200:
        problems["name"] = _("Keep the name under 200 characters.")
    if every_minutes < MIN_EVERY_MINUTES:
        problems["every_minutes"] = _("Poll at most once a minute.")
    elif every_minutes > MAX_EVERY_MINUTES:
        problems["every_minutes"] = _("Poll at least once a week (10080 minutes).")
    if problems:
        raise ValidationError(problems)
    return name


def check_feed_address(url: str, *, fetcher: sources.Fetcher | None = None) -> str:
    """The address, stripped, if the worker would fetch it; else a ValidationError in words.

    The same rules as the fetch itself (`sources.Fetcher`): https:// only, no user
    name or password, and a host name that resolves, only to public addresses. The
    worker checks again at every fetch and every redirect: a name that resolves
    inside later is refused then.
    """
    url = url.strip()
    if not url:
        raise ValidationError({"url": _("Give the feed's address.")})
    if len(url) > 1000:
        raise ValidationError({"url": _("The address is too long (1000 characters at most).")})
    try:
        (fetcher or sources.Fetcher()).check(url)
    except sources.AddressRefused as error:
        raise ValidationError({"url": _refusal(error)}) from None
    return url


def add_feed(
    *,
    name: str,
    url: str,
    every_minutes: int = 60,
    actor: User | None,
    fetcher: sources.Fetcher | None = None,
    local_file: bool = False,
) -> Feed:
    """Add a feed to poll, refusing an address the fetcher would refuse; nothing is saved then.

    `local_file` lets the host's operator (the `feed-add` command) name a feed file
    on disk; a page never does, or a user could read the server's files.
    """
    _require_manager(actor)
    problems: dict[str, list[str]] = {}
    try:
        name = _clean_settings(name, every_minutes)
    except ValidationError as error:
        problems.update(error.message_dict)
    if local_file and sources.is_local_path(url.strip()):
        url = url.strip()
    else:
        try:
            url = check_feed_address(url, fetcher=fetcher)
        except ValidationError as error:
            problems.update(error.message_dict)
    if not problems.get("url"):
        existing = Feed.objects.filter(url=url).first()
        if existing is not None:
            problems["url"] = [
                _("This address is already watched, as the feed “%(name)s”.")
                % {"name": existing.name}
            ]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        feed = Feed.objects.create(name=name, url=url, every_minutes=every_minutes)
        record("monitor.add_feed", actor=actor, obj=feed, data={"url": url})
    return feed


def change_feed(feed: Feed, *, name: str, every_minutes: int, actor: User | None) -> Feed:
    """A new name or polling interval; the next poll moves with the interval."""
    _require_manager(actor)
    name = _clean_settings(name, every_minutes)
    changes: dict[str, list[object]] = {}
    if name != feed.name:
        changes["name"] = [feed.name, name]
    if every_minutes != feed.every_minutes:
        changes["every_minutes"] = [feed.every_minutes, every_minutes]
    if not changes:
        return feed
    fields: dict[str, object] = {"name": name, "every_minutes": every_minutes}
    if "every_minutes" in changes and feed.last_polled_at is not None:
        fields["next_poll_at"] = feed.last_polled_at + timedelta(minutes=every_minutes)
    with transaction.atomic():
        Feed.objects.filter(pk=feed.pk).update(**fields)
        record("monitor.change_feed", actor=actor, obj=feed, changes=changes)
    feed.refresh_from_db()
    return feed


def _set_active(feed: Feed, *, active: bool, actor: User | None) -> Feed:
    _require_manager(actor)
    with transaction.atomic():
        # Conditional, so two people pausing at once leave one entry, not two.
        changed = Feed.objects.filter(pk=feed.pk, active=not active).update(active=active)
        if not changed:
            if active:
                raise ValidationError(_("This feed is already being polled."))
            raise ValidationError(_("This feed is already paused."))
        record(
            "monitor.resume_feed" if active else "monitor.pause_feed",
            actor=actor,
            obj=feed,
            changes={"active": [not active, active]},
        )
    feed.refresh_from_db()
    return feed


def pause_feed(feed: Feed, *, actor: User | None) -> Feed:
    """The worker stops polling the feed until it is resumed; its articles stay."""
    return _set_active(feed, active=False, actor=actor)


def resume_feed(feed: Feed, *, actor: User | None) -> Feed:
    """The worker polls the feed again, at once if its next poll is past."""
    return _set_active(feed, active=True, actor=actor)


def fetch_feed_now(
    feed: Feed, *, actor: User | None, fetcher: sources.Fetcher | None = None
) -> Polled:
    """Poll one feed now, as the worker would, with the same protections and a deadline.

    The feed is claimed as a worker claims it, so a worker polling it at this
    moment and this fetch never both run; a paused feed may be fetched (to try
    it before resuming) and stays paused.
    """
    _require_manager(actor)
    now = timezone.now()
    won = (
        Feed.objects.filter(pk=feed.pk)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(
            claimed_by=f"page:{actor.pk if actor else 'system'}",
            claimed_until=now + timedelta(seconds=FETCH_NOW_SECONDS * 2),
        )
    )
    if not won:
        raise ValidationError(_("This feed is being fetched right now: look again in a minute."))
    feed.refresh_from_db()
    return poll_feed(feed, actor=actor, fetcher=fetcher or page_fetcher())


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


def poll_feed(
    feed: Feed, *, actor: User | None = None, fetcher: sources.Fetcher | None = None
) -> Polled:
    """Fetch a claimed feed, store its new entries, release it; an error is kept, not raised.

    `actor` is who asked for this poll from a page ("fetch now"); the worker is None.
    """
    result = Polled(feed)
    try:
        raws = sources.read_feed(feed.url, fetcher=fetcher)
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
            actor=actor,
            obj=feed,
            data={"stored": result.stored, "duplicates": result.duplicates, "error": result.error},
        )
    return result
