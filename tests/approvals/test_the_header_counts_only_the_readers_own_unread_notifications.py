"""Every page's header counts the reader's own unread notifications, and nobody else's.

The count is one statement written once (`approvals.templatetags.approvals`) rather
than built by the ORM on every page; the reader is its only parameter.
"""

from __future__ import annotations

from collections.abc import Callable

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hogo.accounts.models import User
from hogo.approvals.models import Notification, NotificationKind

ClientFor = Callable[[User | None], Client]


def _notify(user: User, *, read: bool = False) -> None:
    Notification.objects.create(
        recipient=user,
        kind=NotificationKind.BREAK_GLASS,
        text="A case was opened in an emergency",
        read_at=timezone.now() if read else None,
    )


def _header(client: Client) -> str:
    page = client.get(reverse("cases:list")).content.decode()
    start = page.index('<div class="session">')
    return page[start : page.index("</header>", start)]


def test_each_reader_sees_only_their_own_unread_count(
    caseworker: User, supervisor: User, client_for: ClientFor
) -> None:
    for _ in range(3):
        _notify(supervisor)
    _notify(supervisor, read=True)
    _notify(caseworker, read=True)
    assert "Notifications (3)</a>" in _header(client_for(supervisor))
    header = _header(client_for(caseworker))
    assert "Notifications</a>" in header
    assert 'class="unread"' not in header


def test_a_reader_with_nothing_unread_sees_no_count(
    caseworker: User, client_for: ClientFor
) -> None:
    header = _header(client_for(caseworker))
    assert "Notifications</a>" in header
    assert "(0)" not in header
