"""An article is stored once; the worker claims feeds atomically and survives bad ones."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from hogo.audit.models import AuditEntry
from hogo.monitor import actions
from hogo.monitor.models import Article, Feed
from hogo.monitor.sources import RawArticle
from tests.monitor.demo import DATA

pytestmark = pytest.mark.django_db

STORY = (
    "A 70-year-old woman from Akita prefecture was taken into custody by security authorities "
    "in Jilin in December. She went to North Korea in 1961 with her husband and fled to China "
    "last summer, according to her supporters, who asked not to be named."
)


def test_the_same_article_twice_is_stored_once() -> None:
    first = actions.ingest_article(RawArticle("a.txt", "file", STORY), actor=None)
    second = actions.ingest_article(RawArticle("b.txt", "file", STORY), actor=None)
    assert second.new is False
    assert second.article.pk == first.article.pk
    assert Article.objects.get().times_seen == 2
    assert AuditEntry.objects.filter(action="monitor.duplicate").count() == 1


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    actions.ingest_article(RawArticle("a.txt", "file", STORY), actor=None)
    edited = STORY.replace("last summer", "last summer, sources said") + " (Synthetic Wire)"
    result = actions.ingest_article(RawArticle("b.html", "feed", edited), actor=None)
    assert result.new is False
    assert Article.objects.count() == 1


def test_a_different_article_is_stored() -> None:
    actions.ingest_article(RawArticle("a.txt", "file", STORY), actor=None)
    other = "Snow fell across Niigata prefecture on Tuesday, delaying trains and closing roads."
    assert actions.ingest_article(RawArticle("c.txt", "file", other), actor=None).new


def test_ingesting_a_folder_reports_each_failed_file_and_stores_the_rest() -> None:
    out, err = io.StringIO(), io.StringIO()
    call_command("monitor", "ingest", str(DATA), stdout=out, stderr=err)
    assert "broken.rss: a malformed feed" in err.getvalue()
    assert Article.objects.filter(source="003_6a36e5572c49a015.txt").exists()
    assert Article.objects.filter(source="feed.rss").count() == 2
    assert "source(s) failed" in out.getvalue()


def test_a_feed_is_claimed_by_one_worker_only() -> None:
    Feed.objects.create(name="wire", url=str(DATA / "feed.rss"))
    assert actions.claim_feed("worker-a") is not None
    assert actions.claim_feed("worker-b") is None


def test_run_once_polls_due_feeds_and_keeps_the_error_of_a_bad_one() -> None:
    call_command("monitor", "feed-add", "wire", str(DATA / "feed.rss"), stdout=io.StringIO())
    call_command("monitor", "feed-add", "bad", str(DATA / "broken.rss"), stdout=io.StringIO())
    out, err = io.StringIO(), io.StringIO()
    call_command("monitor", "run", "--once", stdout=out, stderr=err)
    assert Article.objects.filter(feed__name="wire").count() == 2
    bad = Feed.objects.get(name="bad")
    assert "malformed feed" in bad.last_error
    assert bad.claimed_until is None
    assert bad.next_poll_at is not None
    assert "error: bad:" in err.getvalue()
    assert "Monitor worker stopped." in out.getvalue()
