"""Pausing, resuming, renaming and "fetch now": each one action, each audited.

"Fetch now" takes the worker's code path with the worker's protections: it
claims the feed as a worker would, fetches over https from a checked address,
stores the entries and records the last fetch and its error. The server here is
a local HTTPS server with a throwaway certificate; only this test's fetcher
permits the loopback address.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.monitor import actions
from hogo.monitor.models import Article, Feed

from .local_https import LocalHttps, serve

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Held in Jilin</title><link>https://news.test/1</link>
<description>A woman was detained in Jilin by Chinese authorities.</description></item>
<item><title>Festival</title><link>https://news.test/2</link>
<description>A lantern festival drew crowds in Osaka on Saturday.</description></item>
</channel></rss>"""


@pytest.fixture
def https(tmp_path: Path) -> Iterator[LocalHttps]:
    yield from serve(tmp_path)


@pytest.fixture
def feed(db: None) -> Feed:
    return Feed.objects.create(name="wire", url="https://news.test/feed.xml", every_minutes=60)


def test_pausing_and_resuming_are_audited_once_each(feed: Feed, supervisor: User) -> None:
    actions.pause_feed(feed, actor=supervisor)
    assert Feed.objects.get(pk=feed.pk).active is False
    with pytest.raises(ValidationError, match="already paused"):
        actions.pause_feed(feed, actor=supervisor)
    actions.resume_feed(feed, actor=supervisor)
    assert Feed.objects.get(pk=feed.pk).active is True
    entries = AuditEntry.objects.filter(object_id=str(feed.pk)).order_by("pk")
    assert [(e.action, e.changes, e.actor_id) for e in entries] == [
        ("monitor.pause_feed", {"active": [True, False]}, supervisor.pk),
        ("monitor.resume_feed", {"active": [False, True]}, supervisor.pk),
    ]


def test_a_paused_feed_is_not_claimed_by_the_worker(feed: Feed, supervisor: User) -> None:
    actions.pause_feed(feed, actor=supervisor)
    assert actions.claim_feed("worker-1") is None
    actions.resume_feed(feed, actor=supervisor)
    claimed = actions.claim_feed("worker-1")
    assert claimed is not None
    assert claimed.pk == feed.pk


def test_changing_the_interval_moves_the_next_poll(feed: Feed, security_officer: User) -> None:
    polled = timezone.now() - timedelta(minutes=10)
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=polled)
    feed.refresh_from_db()
    actions.change_feed(feed, name="Wire (Japan)", every_minutes=15, actor=security_officer)
    feed.refresh_from_db()
    assert (feed.name, feed.every_minutes) == ("Wire (Japan)", 15)
    assert feed.next_poll_at == polled + timedelta(minutes=15)
    entry = AuditEntry.objects.get(action="monitor.change_feed")
    assert entry.changes == {"name": ["wire", "Wire (Japan)"], "every_minutes": [60, 15]}
    with pytest.raises(ValidationError):
        actions.change_feed(feed, name="x", every_minutes=0, actor=security_officer)


def test_fetch_now_stores_the_entries_and_records_the_fetch(
    feed: Feed, supervisor: User, https: LocalHttps
) -> None:
    feed.url = https.url("/feed.xml")
    feed.save()
    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, lambda: iter([FEED]))
    polled = actions.fetch_feed_now(feed, actor=supervisor, fetcher=https.fetcher())
    assert (polled.stored, polled.duplicates, polled.error) == (2, 0, "")
    feed.refresh_from_db()
    assert feed.last_polled_at is not None
    assert feed.last_error == ""
    assert feed.claimed_until is None
    assert feed.claimed_by == ""
    assert feed.next_poll_at == feed.last_polled_at + timedelta(minutes=60)
    assert Article.objects.filter(feed=feed).count() == 2
    entry = AuditEntry.objects.get(action="monitor.poll")
    assert entry.actor == supervisor
    assert entry.data["stored"] == 2
    # Again: nothing new, both recognised.
    again = actions.fetch_feed_now(feed, actor=supervisor, fetcher=https.fetcher())
    assert (again.stored, again.duplicates) == (0, 2)


def test_fetch_now_keeps_the_fetchers_protections(feed: Feed, supervisor: User) -> None:
    # The real fetcher: this machine's address is refused before any connection.
    Feed.objects.filter(pk=feed.pk).update(url="https://127.0.0.1:9/feed.xml")
    feed.refresh_from_db()
    polled = actions.fetch_feed_now(feed, actor=supervisor)
    assert "private, local or reserved" in polled.error
    feed.refresh_from_db()
    assert "private, local or reserved" in feed.last_error
    assert feed.last_polled_at is not None
    assert Article.objects.count() == 0


def test_fetch_now_records_a_server_error(feed: Feed, supervisor: User, https: LocalHttps) -> None:
    Feed.objects.filter(pk=feed.pk).update(url=https.url("/gone.xml"))
    feed.refresh_from_db()
    polled = actions.fetch_feed_now(feed, actor=supervisor, fetcher=https.fetcher())
    assert "HTTP 404" in polled.error
    assert "HTTP 404" in Feed.objects.get(pk=feed.pk).last_error


def test_fetch_now_waits_for_a_worker_already_polling(feed: Feed, supervisor: User) -> None:
    assert actions.claim_feed("worker-1") is not None
    with pytest.raises(ValidationError, match="being fetched right now"):
        actions.fetch_feed_now(feed, actor=supervisor)
    assert Feed.objects.get(pk=feed.pk).claimed_by == "worker-1"


def test_fetching_a_paused_feed_leaves_it_paused(
    feed: Feed, supervisor: User, https: LocalHttps
) -> None:
    Feed.objects.filter(pk=feed.pk).update(url=https.url("/feed.xml"), active=False)
    feed.refresh_from_db()
    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, lambda: iter([FEED]))
    actions.fetch_feed_now(feed, actor=supervisor, fetcher=https.fetcher())
    assert Feed.objects.get(pk=feed.pk).active is False
