"""Monitor pages: the alert inbox, an article with its matched sentences, pasting an article."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo.access import CASE_READERS, CASE_WRITERS
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.monitor import actions, selectors
from hogo.monitor.explain import explained
from hogo.monitor.extract import split_sentences
from hogo.monitor.models import Alert, AlertStatus, Article
from hogo.monitor.sources import RawArticle, clean_text


@role_required(*CASE_READERS)
def inbox(request: AuthedRequest) -> HttpResponse:
    status = request.GET.get("status", AlertStatus.OPEN)
    if status not in AlertStatus.values:
        status = AlertStatus.OPEN
    alerts = list(selectors.inbox(request.user, status=status)[:200])
    record("monitor.inbox", actor=request.user, data={"alerts": [a.pk for a in alerts]})
    mine = set(
        Alert.recipients.through.objects.filter(user=request.user).values_list(
            "alert_id", flat=True
        )
    )
    context = {"alerts": alerts, "mine": mine, "status": status, "statuses": AlertStatus.choices}
    return render(request, "monitor/inbox.html", context)


def _sentences(article: Article, alerts: list[Alert]) -> list[dict[str, Any]]:
    marked = {index for alert in alerts for index in alert.sentences}
    return [
        {"index": index, "text": text, "marked": index in marked}
        for index, text in enumerate(split_sentences(clean_text(article.text)))
    ]


@role_required(*CASE_READERS)
def article(request: AuthedRequest, article_pk: int) -> HttpResponse:
    found = Article.objects.filter(pk=article_pk).first()
    if found is None:
        raise Http404
    alerts = list(selectors.alerts_visible_to(request.user).filter(article=found))
    record(
        "monitor.view_article",
        actor=request.user,
        obj=found,
        data={"alerts": [a.pk for a in alerts]},
    )
    for alert in alerts:
        alert.explained = explained(alert.evidence)  # type: ignore[attr-defined]
    context = {"article": found, "alerts": alerts, "sentences": _sentences(found, alerts)}
    return render(request, "monitor/article.html", context)


@require_POST
@role_required(*CASE_WRITERS)
def decide(request: AuthedRequest, alert_pk: int) -> HttpResponse:
    alert = selectors.alerts_visible_to(request.user).filter(pk=alert_pk).first()
    if alert is None:
        raise Http404
    verb = request.POST.get("decision", "")
    reason = request.POST.get("reason", "")
    try:
        if verb == "dismiss":
            actions.dismiss_alert(alert, actor=request.user, reason=reason)
        elif verb == "acknowledge":
            actions.acknowledge_alert(alert, actor=request.user, reason=reason)
        else:
            raise ValidationError(_("Choose to acknowledge or to dismiss."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        decided = AlertStatus.DISMISSED if verb == "dismiss" else AlertStatus.ACKNOWLEDGED
        label = AlertStatus(decided).label
        messages.success(request, _("The alert was recorded as %(status)s.") % {"status": label})
    return redirect("monitor:article", article_pk=alert.article_id)


def _published_on(text: str) -> date | None:
    """The pasted article's publication date; none given is allowed, and said on its page."""
    if not text:
        return None
    try:
        published = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            _("Give the publication date as a date, for example 2003-01-28.")
        ) from None
    if published > timezone.localdate():
        raise ValidationError(_("The publication date is in the future."))
    return published


# Not one transaction for the whole request: the article is stored, then scored
# outside any transaction, so the audit chain's lock is not held while scoring.
@transaction.non_atomic_requests
@role_required(*CASE_WRITERS)
def paste(request: AuthedRequest) -> HttpResponse:
    text = request.POST.get("text", "") if request.method == "POST" else ""
    title = request.POST.get("title", "") if request.method == "POST" else ""
    published = request.POST.get("published", "").strip() if request.method == "POST" else ""
    error = ""
    if request.method == "POST":
        source = title.strip()[:200] or _("pasted article")
        try:
            published_on = _published_on(published)
            raw = RawArticle(
                source=source,
                origin="paste",
                text=clean_text(text),
                title=title[:500],
                published_on=published_on,
            )
            result = actions.ingest_article(raw, actor=request.user)
        except ValidationError as problem:
            error = " ".join(problem.messages)
        else:
            if not result.new:
                messages.info(request, _("This article was already stored."))
            return redirect("monitor:article", article_pk=result.article.pk)
    context = {"text": text, "title": title, "published": published, "error": error}
    return render(request, "monitor/paste.html", context)
