"""The requester learns from the notification itself whether the request was approved or refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import Compartment, User
from hogo.approvals import actions
from hogo.approvals.models import Notification, NotificationKind, Request
from hogo.cases.models import Case

REASON = "Family member of a person in our case HG-1"
SAYS = {
    "en": {"approved": "Your request was approved", "refused": "Your request was refused"},
    "ja": {"approved": "申請が承認されました", "refused": "申請が却下されました"},
    "ko": {"approved": "신청이 승인되었습니다", "refused": "신청이 거부되었습니다"},
}


def _decide(request_id: int, *, approve: bool, supervisor: User) -> None:
    request = Request.objects.get(pk=request_id)
    if approve:
        actions.approve_request(request, actor=supervisor, reason="ok for one day")
    else:
        actions.refuse_request(request, actor=supervisor, reason="not needed for this case")


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
@pytest.mark.parametrize("approve", [True, False], ids=["approved", "refused"])
def test_the_notification_says_approved_or_refused_in_the_readers_language(
    outsider: User,
    east: Compartment,
    supervisor: User,
    case: Case,
    client_for: Callable[[User | None], Client],
    language: str,
    approve: bool,
) -> None:
    request = actions.request_compartment_access(actor=outsider, compartment=east, reason=REASON)
    _decide(request.pk, approve=approve, supervisor=supervisor)
    told = Notification.objects.get(recipient=outsider)
    way = "approved" if approve else "refused"
    assert told.kind == (NotificationKind.APPROVED if approve else NotificationKind.REFUSED)

    client = client_for(outsider)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(reverse("approvals:notifications"), HTTP_ACCEPT_LANGUAGE=language)
    text = page.content.decode()
    assert SAYS[language][way] in text
    other = "refused" if approve else "approved"
    assert SAYS[language][other] not in text
