"""Files, pages and feeds: boilerplate removed, and a clear error for what cannot be read."""

from __future__ import annotations

import ipaddress
from datetime import date
from pathlib import Path

import pytest

from hogo.monitor import sources
from tests.monitor.demo import DATA


def test_a_text_file_keeps_its_name_as_source_and_drops_the_subscription_notice() -> None:
    [article] = sources.read_file(DATA / "003_6a36e5572c49a015.txt")
    assert article.source == "003_6a36e5572c49a015.txt"
    assert "subscribing" not in article.text
    assert "64-year-old" in article.text


def test_a_page_loses_navigation_notices_and_footer() -> None:
    [article] = sources.read_file(DATA / "page.html")
    assert "70-year-old" in article.text
    for noise in ("Subscribe", "newsletter", "All rights reserved", "Home"):
        assert noise not in article.text
    assert article.title == "Woman held in Jilin"
    assert article.published_on == date(2003, 1, 28)


def test_a_feed_gives_one_article_per_entry_with_its_date() -> None:
    articles = sources.read_file(DATA / "feed.rss")
    assert [a.title for a in articles] == ["Weather in Niigata", "Port reopens"]
    assert articles[0].published_on == date(2003, 1, 28)
    assert "<p>" not in articles[0].text


def test_a_malformed_feed_is_a_clear_error() -> None:
    with pytest.raises(sources.SourceError, match=r"broken\.rss: a malformed feed"):
        sources.read_file(DATA / "broken.rss")


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(sources.SourceError, match="not a readable RSS or Atom feed"):
        sources.parse_feed(b"\x00\x01 not xml at all <<<", source="junk")


def test_an_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    with pytest.raises(sources.SourceError, match=r"empty\.txt: the file is empty"):
        sources.read_file(empty)


def test_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(sources.SourceError, match="no such file or folder"):
        list(sources.files_in(tmp_path / "nowhere"))


def test_shift_jis_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes("吉林省で拘束された女性".encode("cp932"))
    assert sources.read_file(path)[0].text == "吉林省で拘束された女性"


def test_an_unreachable_url_is_a_clear_error() -> None:
    # Loopback, permitted for this test only, on a port nothing answers: it fails fast.
    fetcher = sources.Fetcher(
        resolve=lambda host, port: [ipaddress.ip_address("127.0.0.1")],
        permit=lambda address: True,
        timeout=2,
    )
    with pytest.raises(sources.SourceError, match="could not be fetched"):
        sources.fetch_url("https://news.example:9/feed.xml", fetcher=fetcher)
