"""An alert about a case is visible only to those who may see the case; decisions are audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.cases.models import Case
from hogo.monitor import actions
from hogo.monitor.models import Alert, AlertStatus, Article
from hogo.monitor.sources import RawArticle

ARTICLE = (
    "元在日朝鮮人の金正一さんは新潟県出身。"
    "支援団体によると、金正一さんは中国の安全な場所に滞在している。"
)
READERS = ("caseworker", "supervisor", "security_officer")
OTHERS = ("teammate", "outsider", "other_supervisor", "auditor", "administrator", "statistician")


@pytest.fixture
def alert(case: Case, supervisor: User) -> Alert:
    result = actions.ingest_article(RawArticle("wire.txt", "file", ARTICLE), actor=None)
    [raised] = result.alerts
    return raised


def test_the_article_alerts_the_case_and_notifies_officer_and_supervisor(
    alert: Alert, case: Case, caseworker: User, supervisor: User
) -> None:
    assert alert.case == case
    assert set(alert.recipients.all()) == {caseworker, supervisor}
    assert AuditEntry.objects.filter(action="monitor.alert", actor_id=None).exists()


@pytest.mark.parametrize("who", READERS)
def test_readers_of_the_case_see_the_alert(
    who: str, alert: Alert, request: pytest.FixtureRequest, client_for: Callable[..., Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    inbox = client.get(reverse("monitor:inbox"))
    assert inbox.status_code == 200
    assert alert.case.reference in inbox.content.decode()
    page = client.get(reverse("monitor:article", kwargs={"article_pk": alert.article_id}))
    assert "<mark" in page.content.decode()
    assert "正一" in page.content.decode()


@pytest.mark.parametrize("who", ["teammate", "outsider", "other_supervisor"])
def test_other_case_readers_see_neither_the_alert_nor_the_highlights(
    who: str, alert: Alert, request: pytest.FixtureRequest, client_for: Callable[..., Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    inbox = client.get(reverse("monitor:inbox")).content.decode()
    assert alert.case.reference not in inbox
    page = client.get(reverse("monitor:article", kwargs={"article_pk": alert.article_id}))
    assert page.status_code == 200
    assert "<mark" not in page.content.decode()
    assert alert.case.reference not in page.content.decode()


@pytest.mark.parametrize("who", ["auditor", "administrator", "statistician"])
def test_roles_without_case_access_get_404(
    who: str, alert: Alert, request: pytest.FixtureRequest, client_for: Callable[..., Client]
) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get(reverse("monitor:inbox")).status_code == 404
    url = reverse("monitor:article", kwargs={"article_pk": alert.article_id})
    assert client.get(url).status_code == 404


def test_an_outsider_cannot_decide_on_the_alert(
    alert: Alert, outsider: User, client_for: Callable[..., Client]
) -> None:
    url = reverse("monitor:decide", kwargs={"alert_pk": alert.pk})
    response = client_for(outsider).post(url, {"decision": "dismiss", "reason": "not her"})
    assert response.status_code == 404
    alert.refresh_from_db()
    assert alert.status == AlertStatus.OPEN


def test_dismissing_needs_a_reason_and_is_audited(
    alert: Alert, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    url = reverse("monitor:decide", kwargs={"alert_pk": alert.pk})
    client.post(url, {"decision": "dismiss", "reason": "  "})
    alert.refresh_from_db()
    assert alert.status == AlertStatus.OPEN
    client.post(url, {"decision": "dismiss", "reason": "Another man of the same name."})
    alert.refresh_from_db()
    assert alert.status == AlertStatus.DISMISSED
    entry = AuditEntry.objects.get(action="monitor.dismiss")
    assert entry.actor_id == caseworker.pk
    assert entry.data["reason"] == "Another man of the same name."


def test_acknowledging_is_audited(alert: Alert, supervisor: User) -> None:
    actions.acknowledge_alert(alert, actor=supervisor)
    assert Alert.objects.get().status == AlertStatus.ACKNOWLEDGED
    assert AuditEntry.objects.filter(action="monitor.acknowledge").count() == 1


def test_pasting_an_article_stores_and_scores_it(
    case: Case, caseworker: User, client_for: Callable[..., Client]
) -> None:
    response = client_for(caseworker).post(
        reverse("monitor:paste"), {"title": "clipping", "text": ARTICLE}
    )
    assert response.status_code == 302
    assert Alert.objects.filter(case=case, article__origin="paste").exists()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_pages_speak_both_languages(
    language: str, alert: Alert, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    client.cookies["django_language"] = language
    body = client.get(reverse("monitor:inbox"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f'lang="{language}"' in body


def test_a_pasted_article_keeps_the_publication_date_given(
    case: Case, caseworker: User, client_for: Callable[..., Client]
) -> None:
    response = client_for(caseworker).post(
        reverse("monitor:paste"), {"title": "clipping", "text": ARTICLE, "published": "2003-01-28"}
    )
    assert response.status_code == 302
    article = Article.objects.get(origin="paste")
    assert article.published_on == date(2003, 1, 28)


@pytest.mark.parametrize(
    ("published", "says"), [("28/01/2003", "2003-01-28"), ("2999-01-01", "future")]
)
def test_a_pasted_article_with_a_wrong_date_is_not_stored(
    published: str, says: str, caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    client.cookies["django_language"] = "en"
    response = client.post(
        reverse("monitor:paste"), {"title": "clipping", "text": ARTICLE, "published": published}
    )
    assert response.status_code == 200
    assert says in response.content.decode()
    assert not Article.objects.exists()


def test_an_undated_article_says_so_on_its_page(
    caseworker: User, client_for: Callable[..., Client]
) -> None:
    client = client_for(caseworker)
    client.post(reverse("monitor:paste"), {"title": "clipping", "text": ARTICLE})
    article = Article.objects.get(origin="paste")
    for language, says in (("en", "No publication date"), ("ja", "掲載日なし")):
        client.cookies["django_language"] = language
        url = reverse("monitor:article", args=[article.pk])
        body = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert says in body
