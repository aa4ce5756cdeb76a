"""The press feeds page: supervisors and security officers list, add, change, pause and
fetch feeds; caseworkers never reach it. Adding needs sudo mode; every write is a POST
with its CSRF token, through an action, audited."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.accounts.sudo import SUDO_UNTIL
from hogo.audit.models import AuditEntry
from hogo.monitor import actions, sources
from hogo.monitor.models import Article, Feed

from .local_https import LocalHttps, serve

pytestmark = pytest.mark.django_db

ClientFor = Callable[[User | None], Client]
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Held in Jilin</title><link>https://news.test/1</link>
<description>A woman was detained in Jilin by Chinese authorities.</description></item>
</channel></rss>"""


def in_sudo_mode(client: Client) -> Client:
    session = client.session
    session[SUDO_UNTIL] = time.time() + 300
    session.save()
    return client


@pytest.fixture
def feed() -> Feed:
    return Feed.objects.create(name="Kyodo wire", url="https://news.example/rss.xml")


@pytest.fixture
def https(tmp_path: Path) -> Iterator[LocalHttps]:
    yield from serve(tmp_path)


def test_the_page_lists_each_feed_with_its_state_and_last_fetch(
    client_for: ClientFor, supervisor: User, feed: Feed
) -> None:
    Feed.objects.filter(pk=feed.pk).update(last_error="https://news.example/rss.xml: HTTP 503")
    Feed.objects.create(name="Paused wire", url="https://paused.example/", active=False)
    Article.objects.create(
        source="s", origin="feed", text="t", language="en", sha256="1" * 64, feed=feed
    )
    page = client_for(supervisor).get(reverse("monitor:feeds")).content.decode()
    assert "Kyodo wire" in page
    assert "https://news.example/rss.xml" in page
    assert "HTTP 503" in page
    assert "Paused wire" in page
    assert "Not polled while paused" in page
    assert "Never fetched" in page
    assert page.count('method="post"') >= 4  # pause or resume and fetch, per feed


def test_caseworkers_and_others_never_reach_it(
    client_for: ClientFor, caseworker: User, auditor: User, administrator: User, feed: Feed
) -> None:
    for user in (caseworker, auditor, administrator):
        client = in_sudo_mode(client_for(user))
        assert client.get(reverse("monitor:feeds")).status_code == 404
        assert client.get(reverse("monitor:feed_add")).status_code == 404
        url = reverse("monitor:feed_pause", kwargs={"feed_pk": feed.pk})
        assert client.post(url).status_code == 404
        fetch = reverse("monitor:feed_fetch", kwargs={"feed_pk": feed.pk})
        assert client.post(fetch).status_code == 404
    assert Feed.objects.get(pk=feed.pk).active is True
    assert Feed.objects.get(pk=feed.pk).last_polled_at is None


def test_the_nav_link_is_shown_only_to_those_who_manage_feeds(
    client_for: ClientFor, caseworker: User, supervisor: User, security_officer: User
) -> None:
    link = f'href="{reverse("monitor:feeds")}"'
    assert link not in client_for(caseworker).get(reverse("monitor:inbox")).content.decode()
    assert link in client_for(supervisor).get(reverse("monitor:inbox")).content.decode()
    assert link in client_for(security_officer).get(reverse("monitor:inbox")).content.decode()


def test_adding_a_feed_asks_for_the_password_first(client_for: ClientFor, supervisor: User) -> None:
    response = client_for(supervisor).post(
        reverse("monitor:feed_add"),
        {"name": "w", "url": "https://news.example/", "every_minutes": 60},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    assert Feed.objects.count() == 0


def test_writes_need_a_post_and_its_csrf_token(supervisor: User, feed: Feed) -> None:
    from tests.conftest import sign_in_verified

    client = Client(enforce_csrf_checks=True)
    sign_in_verified(client, supervisor)
    pause = reverse("monitor:feed_pause", kwargs={"feed_pk": feed.pk})
    assert client.get(pause).status_code == 405
    assert client.post(pause).status_code == 403
    assert Feed.objects.get(pk=feed.pk).active is True


def test_a_refused_address_is_shown_in_words_and_nothing_is_saved(
    client_for: ClientFor, supervisor: User
) -> None:
    client = in_sudo_mode(client_for(supervisor))
    for address, words in [
        ("http://news.example/rss.xml", "https://"),
        ("https://169.254.169.254/latest/meta-data/", "private, local or reserved"),
        ("https://reader:hunter2@news.example/", "user name or password"),
    ]:
        response = client.post(
            reverse("monitor:feed_add"), {"name": "w", "url": address, "every_minutes": 60}
        )
        assert response.status_code == 200
        assert words in response.content.decode()
    assert Feed.objects.count() == 0
    assert not AuditEntry.objects.filter(action="monitor.add_feed").exists()


def test_a_refusal_is_shown_in_japanese(client_for: ClientFor, supervisor: User) -> None:
    client = in_sudo_mode(client_for(supervisor))
    client.cookies["hogo-language"] = "ja"
    response = client.post(
        reverse("monitor:feed_add"),
        {"name": "w", "url": "https://10.0.0.8/rss", "every_minutes": 60},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    page = response.content.decode()
    assert '<html lang="ja">' in page
    assert "10.0.0.8" in page
    assert "公開" in page


def test_a_supervisor_adds_a_feed_in_sudo_mode(
    client_for: ClientFor, supervisor: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page's fetcher, resolving news.example to a public address without DNS.
    def resolve(host: str, port: int) -> list[sources.Address]:
        return [ipaddress.ip_address("93.184.215.14")]

    monkeypatch.setattr(actions, "page_fetcher", lambda: sources.Fetcher(resolve=resolve))
    client = in_sudo_mode(client_for(supervisor))
    response = client.post(
        reverse("monitor:feed_add"),
        {"name": "Kyodo", "url": "https://news.example/rss.xml", "every_minutes": 30},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("monitor:feeds")
    feed = Feed.objects.get()
    assert (feed.name, feed.url, feed.every_minutes) == (
        "Kyodo",
        "https://news.example/rss.xml",
        30,
    )
    assert AuditEntry.objects.get(action="monitor.add_feed").actor == supervisor


def test_pausing_changing_and_resuming_from_the_page(
    client_for: ClientFor, security_officer: User, feed: Feed
) -> None:
    client = client_for(security_officer)
    client.post(reverse("monitor:feed_pause", kwargs={"feed_pk": feed.pk}))
    assert Feed.objects.get(pk=feed.pk).active is False
    edit = reverse("monitor:feed_edit", kwargs={"feed_pk": feed.pk})
    assert 'value="Kyodo wire"' in client.get(edit).content.decode()
    response = client.post(edit, {"name": "Kyodo (English)", "every_minutes": 0})
    assert response.status_code == 200  # refused, shown again
    client.post(edit, {"name": "Kyodo (English)", "every_minutes": 120})
    client.post(reverse("monitor:feed_resume", kwargs={"feed_pk": feed.pk}))
    feed.refresh_from_db()
    assert (feed.active, feed.name, feed.every_minutes) == (True, "Kyodo (English)", 120)
    actions_done = list(
        AuditEntry.objects.filter(
            object_id=str(feed.pk), actor=security_officer, action__startswith="monitor."
        )
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions_done == ["monitor.pause_feed", "monitor.change_feed", "monitor.resume_feed"]


def test_fetch_now_from_the_page_stores_articles_and_reports_them(
    client_for: ClientFor,
    supervisor: User,
    feed: Feed,
    https: LocalHttps,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    https.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, lambda: iter([FEED]))
    Feed.objects.filter(pk=feed.pk).update(url=https.url("/feed.xml"))
    monkeypatch.setattr(actions, "page_fetcher", https.fetcher)
    client = client_for(supervisor)
    response = client.post(reverse("monitor:feed_fetch", kwargs={"feed_pk": feed.pk}), follow=True)
    page = response.content.decode()
    assert "was fetched: new articles 1" in page
    feed.refresh_from_db()
    assert feed.last_polled_at is not None
    assert feed.last_error == ""
    assert Article.objects.filter(feed=feed).count() == 1


def test_fetch_now_with_the_real_fetcher_refuses_this_machine(
    client_for: ClientFor, supervisor: User, feed: Feed
) -> None:
    Feed.objects.filter(pk=feed.pk).update(url="https://127.0.0.1:9/feed.xml")
    response = client_for(supervisor).post(
        reverse("monitor:feed_fetch", kwargs={"feed_pk": feed.pk}), follow=True
    )
    page = response.content.decode()
    assert "could not be fetched" in page
    assert "private, local or reserved" in page
    assert "private, local or reserved" in Feed.objects.get(pk=feed.pk).last_error
