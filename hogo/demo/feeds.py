"""The demo's press feeds: two example addresses, paused, so the feeds page shows something.

They are added and paused through the monitor's actions, as a supervisor would.
Their addresses are on example.com and example.org (domains reserved for
documentation): nothing is ever fetched from them while they stay paused, and a
"fetch now" on the page fails with the publisher's answer as its error. The
check that an address resolves only to public addresses is made here against
example.com's published address, so the demo loads without a network.
"""

from __future__ import annotations

import ipaddress

from hogo.monitor.actions import add_feed, pause_feed
from hogo.monitor.models import Feed
from hogo.monitor.sources import Address, Fetcher, resolve_host

FEEDS = (
    ("Example wire (English)", "https://www.example.com/press/asia.rss", 60),
    ("Example news (Japanese)", "https://www.example.org/feeds/kokusai.xml", 120),
)
# example.com's address, as IANA publishes it: public, so the ordinary rule accepts it.
EXAMPLE_ADDRESS = ipaddress.ip_address("93.184.215.14")
EXAMPLE_HOSTS = frozenset({"www.example.com", "www.example.org"})


def _resolve(host: str, port: int) -> list[Address]:
    if host in EXAMPLE_HOSTS:
        return [EXAMPLE_ADDRESS]
    return resolve_host(host, port)


def load_demo_feeds() -> int:
    """Add and pause the demo feeds once; returns how many were added."""
    if Feed.objects.filter(url__in=[url for _name, url, _every in FEEDS]).exists():
        return 0
    fetcher = Fetcher(resolve=_resolve)
    for name, url, every in FEEDS:
        feed = add_feed(name=name, url=url, every_minutes=every, actor=None, fetcher=fetcher)
        pause_feed(feed, actor=None)
    return len(FEEDS)
