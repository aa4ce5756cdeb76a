"""A feed added from a page is checked by the fetcher's own rules before anything is saved.

https:// only, no user name or password, a host that resolves and only to public
addresses; each refusal says why in words, saves nothing and writes no audit
entry. Nothing here uses the internet: names are resolved by the test, and
address literals need no resolving.
"""

from __future__ import annotations

import ipaddress

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.monitor import actions, sources
from hogo.monitor.models import Feed

PUBLIC = "93.184.215.14"


def resolver(table: dict[str, list[str]]) -> sources.Fetcher:
    """A fetcher that resolves names from `table` only, with the real address rule."""

    def resolve(host: str, port: int) -> list[sources.Address]:
        if host in table:
            return [ipaddress.ip_address(a) for a in table[host]]
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            raise sources.SourceError(f"{host}: the name does not resolve") from None

    return sources.Fetcher(resolve=resolve)


FETCHER = resolver({"news.example": [PUBLIC], "intranet.example": [PUBLIC, "10.0.0.5"]})


def refusal(actor: User, url: str, **extra: object) -> str:
    with pytest.raises(ValidationError) as caught:
        actions.add_feed(name="wire", url=url, actor=actor, fetcher=FETCHER, **extra)  # type: ignore[arg-type]
    assert Feed.objects.count() == 0
    assert not AuditEntry.objects.filter(action="monitor.add_feed").exists()
    return " ".join(caught.value.message_dict["url"])


@pytest.mark.django_db
def test_a_supervisor_adds_a_public_https_feed_and_it_is_audited(supervisor: User) -> None:
    feed = actions.add_feed(
        name="  Kyodo wire ",
        url=" https://news.example/rss.xml ",
        every_minutes=30,
        actor=supervisor,
        fetcher=FETCHER,
    )
    assert (feed.name, feed.url, feed.every_minutes, feed.active) == (
        "Kyodo wire",
        "https://news.example/rss.xml",
        30,
        True,
    )
    entry = AuditEntry.objects.get(action="monitor.add_feed")
    assert entry.actor == supervisor
    assert entry.object_id == str(feed.pk)
    assert entry.data == {"url": "https://news.example/rss.xml"}


@pytest.mark.django_db
def test_a_security_officer_may_add_a_feed(security_officer: User) -> None:
    actions.add_feed(
        name="wire", url="https://news.example/a.xml", actor=security_officer, fetcher=FETCHER
    )
    assert Feed.objects.count() == 1


@pytest.mark.django_db
def test_a_caseworker_may_not_add_pause_or_fetch_a_feed(caseworker: User) -> None:
    with pytest.raises(PermissionDenied):
        actions.add_feed(name="w", url="https://news.example/a", actor=caseworker, fetcher=FETCHER)
    assert Feed.objects.count() == 0
    feed = Feed.objects.create(name="wire", url="https://news.example/b")
    with pytest.raises(PermissionDenied):
        actions.pause_feed(feed, actor=caseworker)
    with pytest.raises(PermissionDenied):
        actions.change_feed(feed, name="x", every_minutes=5, actor=caseworker)
    with pytest.raises(PermissionDenied):
        actions.fetch_feed_now(feed, actor=caseworker, fetcher=FETCHER)
    feed.refresh_from_db()
    assert (feed.active, feed.name, feed.last_polled_at) == (True, "wire", None)


@pytest.mark.django_db
def test_it_refuses_plain_http(supervisor: User) -> None:
    assert "https://" in refusal(supervisor, "http://news.example/rss.xml")


@pytest.mark.django_db
def test_it_refuses_an_address_without_a_scheme(supervisor: User) -> None:
    assert "https://" in refusal(supervisor, "news.example/rss.xml")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "address",
    [
        "https://127.0.0.1/feed.xml",
        "https://10.1.2.3/feed.xml",
        "https://169.254.169.254/latest/meta-data/",
        "https://192.168.0.10/feed.xml",
        "https://[::1]/feed.xml",
        "https://[::ffff:10.0.0.1]/feed.xml",
    ],
)
def test_it_refuses_a_private_loopback_or_metadata_address(supervisor: User, address: str) -> None:
    told = refusal(supervisor, address)
    assert "private, local or reserved address" in told
    assert "public internet" in told


@pytest.mark.django_db
def test_it_refuses_a_name_that_also_resolves_inside(supervisor: User) -> None:
    told = refusal(supervisor, "https://intranet.example/feed.xml")
    assert "(10.0.0.5)" in told


@pytest.mark.django_db
def test_it_refuses_a_name_that_does_not_resolve(supervisor: User) -> None:
    assert "does not resolve" in refusal(supervisor, "https://nowhere.example/feed.xml")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "address",
    ["https://reader:s3cret@news.example/feed.xml", "https://reader@news.example/feed.xml"],
)
def test_it_refuses_a_user_name_or_password_in_the_address(supervisor: User, address: str) -> None:
    told = refusal(supervisor, address)
    assert "user name or password" in told
    assert "s3cret" not in told


def test_the_fetcher_itself_refuses_credentials_without_echoing_them() -> None:
    with pytest.raises(sources.AddressRefused) as caught:
        FETCHER.get("https://reader:s3cret@news.example/feed.xml")
    assert caught.value.reason == "credentials"
    assert "s3cret" not in str(caught.value)


@pytest.mark.django_db
def test_it_refuses_an_address_already_watched(supervisor: User) -> None:
    actions.add_feed(
        name="first", url="https://news.example/rss.xml", actor=supervisor, fetcher=FETCHER
    )
    with pytest.raises(ValidationError) as caught:
        actions.add_feed(
            name="again", url="https://news.example/rss.xml ", actor=supervisor, fetcher=FETCHER
        )
    assert "already watched" in " ".join(caught.value.message_dict["url"])
    assert "first" in " ".join(caught.value.message_dict["url"])
    assert Feed.objects.count() == 1


@pytest.mark.django_db
def test_a_page_may_not_name_a_file_on_the_server(supervisor: User) -> None:
    assert "https://" in refusal(supervisor, "/etc/passwd")
    assert "https://" in refusal(supervisor, "file:///etc/passwd")


@pytest.mark.django_db
def test_the_name_and_interval_are_checked_with_the_address(supervisor: User) -> None:
    with pytest.raises(ValidationError) as caught:
        actions.add_feed(
            name=" ", url="http://news.example/", every_minutes=0, actor=supervisor, fetcher=FETCHER
        )
    assert set(caught.value.message_dict) == {"name", "url", "every_minutes"}
    assert Feed.objects.count() == 0


@pytest.mark.django_db
def test_refusals_are_told_in_japanese_and_korean(supervisor: User) -> None:
    with translation.override("ja"):
        assert "https://" in refusal(supervisor, "http://news.example/")
        assert "公開" in refusal(supervisor, "https://169.254.169.254/")
    with translation.override("ko"):
        assert "https://" in refusal(supervisor, "http://news.example/")
        assert "비밀번호" in refusal(supervisor, "https://a:b@news.example/")
