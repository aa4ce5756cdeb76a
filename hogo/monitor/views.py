"""Monitor pages: the alert inbox, an article with its matched sentences, pasting an article,
and the feeds the worker polls."""

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

from hogo.access import CASE_READERS, CASE_WRITERS, FEED_MANAGERS
from hogo.accounts.sudo import reauthenticate
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors
from hogo.monitor import actions, selectors
from hogo.monitor.explain import explained
from hogo.monitor.extract import split_sentences
from hogo.monitor.forms import FeedForm, FeedSettingsForm
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


@role_required(*FEED_MANAGERS)
def feeds(request: AuthedRequest) -> HttpResponse:
    context = {"feeds": selectors.feeds(), "now": timezone.now()}
    return render(request, "monitor/feeds.html", context)


@role_required(*FEED_MANAGERS)
def feed_add(request: AuthedRequest) -> HttpResponse:
    # A new feed makes hogo fetch a new address from inside its network: the
    # password and a second factor again first, as for other such changes.
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    form = FeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            feed = actions.add_feed(
                **form.cleaned_data, actor=request.user, fetcher=actions.page_fetcher()
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The feed “%(name)s” was added.") % {"name": feed.name})
            return redirect("monitor:feeds")
    return render(request, "monitor/feed_form.html", {"form": form, "feed": None})


@role_required(*FEED_MANAGERS)
def feed_edit(request: AuthedRequest, feed_pk: int) -> HttpResponse:
    feed = selectors.get_feed(feed_pk)
    initial = {"name": feed.name, "every_minutes": feed.every_minutes}
    form = FeedSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.change_feed(feed, **form.cleaned_data, actor=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The feed “%(name)s” was saved.") % {"name": feed.name})
            return redirect("monitor:feeds")
    return render(request, "monitor/feed_form.html", {"form": form, "feed": feed})


@require_POST
@role_required(*FEED_MANAGERS)
def feed_pause(request: AuthedRequest, feed_pk: int) -> HttpResponse:
    feed = selectors.get_feed(feed_pk)
    try:
        actions.pause_feed(feed, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("“%(name)s” is paused.") % {"name": feed.name})
    return redirect("monitor:feeds")


@require_POST
@role_required(*FEED_MANAGERS)
def feed_resume(request: AuthedRequest, feed_pk: int) -> HttpResponse:
    feed = selectors.get_feed(feed_pk)
    try:
        actions.resume_feed(feed, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("“%(name)s” is polled again.") % {"name": feed.name})
    return redirect("monitor:feeds")


# Articles are stored, then scored, outside any transaction of the request (as on
# the paste page), so the audit chain's lock is not held during the fetch.
@transaction.non_atomic_requests
@require_POST
@role_required(*FEED_MANAGERS)
def feed_fetch(request: AuthedRequest, feed_pk: int) -> HttpResponse:
    feed = selectors.get_feed(feed_pk)
    try:
        polled = actions.fetch_feed_now(feed, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("monitor:feeds")
    counts = {"stored": polled.stored, "duplicates": polled.duplicates, "alerts": polled.alerts}
    if polled.error:
        messages.error(
            request,
            _("“%(name)s” could not be fetched: %(error)s")
            % {"name": feed.name, "error": polled.error},
        )
    else:
        messages.success(
            request,
            _(
                "“%(name)s” was fetched: new articles %(stored)s, already stored "
                "%(duplicates)s, alerts %(alerts)s."
            )
            % {"name": feed.name, **counts},
        )
    return redirect("monitor:feeds")
