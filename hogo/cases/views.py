"""Case pages. Every case is fetched through `access`, every change made by `actions`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from hogo import access
from hogo.access import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import Role
from hogo.audit.conflicts import Conflict
from hogo.audit.log import record
from hogo.cases import actions, documents
from hogo.cases.forms import (
    CaseCreateForm,
    CaseEditForm,
    CaseFilterForm,
    DocumentForm,
    MemberForm,
    ScreeningForm,
    ShareForm,
    TransitionForm,
    event_form_class,
)
from hogo.cases.models import Case, EventKind
from hogo.cases.selectors import (
    FOLLOW_UP_DAYS_AHEAD,
    case_rows,
    follow_ups,
    rows_html,
    search_cases,
    with_names,
)
from hogo.cases.uploads import SealDocument
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors
from hogo.people.picker import offer_persons, picker_fragment


@role_required(*CASE_READERS)
def case_list(request: AuthedRequest) -> HttpResponse:
    form = CaseFilterForm(request.GET or None)
    filters: dict[str, Any] = {}
    if form.is_valid():
        data = form.cleaned_data
        officer = data.get("officer")
        filters = {
            "ids": [int(pk) for pk in data["ids"].split(",")] if data.get("ids") else None,
            "query": data.get("q") or "",
            "status": data.get("status") or "",
            "category": data.get("category") or "",
            "officer": officer.pk if officer else None,
            "order": data.get("sort") or "",
        }
    # The search's conditions are evaluated once, for the ids of every match in order
    # (what a count and a page each evaluated before); the page's rows are then read
    # by id, still through what the user may see.
    matches = search_cases(request.user, **filters).select_related(None).prefetch_related(None)
    ids = list(matches.values_list("pk", flat=True))
    page = Paginator(ids, 50).get_page(request.GET.get("page"))
    shown = search_cases(request.user, ids=list(page), order=filters.get("order", ""))
    rows = with_names(case_rows(shown))
    record("cases.list", actor=request.user, data={"ids": [r.pk for r in rows], "via": "page"})
    template = "cases/list.html#results" if request.htmx else "cases/list.html"
    context = {"form": form, "page": page, "rows": rows, "rows_html": rows_html(rows)}
    return render(request, template, context)


@role_required(*CASE_READERS)
def follow_up_list(request: AuthedRequest) -> HttpResponse:
    """Diplomatic requests to follow up: those due, then those of the next two weeks."""
    today = timezone.localdate()
    events = list(follow_ups(request.user, today=today))
    record(
        "cases.list",
        actor=request.user,
        data={"ids": sorted({e.case_id for e in events}), "via": "follow_ups"},
    )
    context = {"events": events, "today": today, "ahead": FOLLOW_UP_DAYS_AHEAD}
    return render(request, "cases/follow_ups.html", context)


@role_required(*CASE_WRITERS)
def case_create(request: AuthedRequest) -> HttpResponse:
    chosen = request.POST.get("person") or request.GET.get("person")
    form = CaseCreateForm(request.POST or None, user=request.user, initial={"person": chosen})
    picker = offer_persons(
        form,
        "person",
        user=request.user,
        query=request.GET.get("q", ""),
        via="case_create",
        chosen=chosen,
    )
    if fragment := picker_fragment(request, form, picker):
        return fragment
    if request.method == "POST" and form.is_valid():
        try:
            case = actions.create_case(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("cases:detail", pk=case.pk)
    context = {"form": form, "title": _("New case"), "picker": picker}
    return render(request, "cases/form.html", context)


def _detail_context(request: AuthedRequest, case: Case) -> dict[str, Any]:
    user = request.user
    rights = access.rights_on_case(user, case)
    can_manage = rights.manage
    members = list(case.members.select_related("person"))
    # The person's names head the page and name the person, and the members' names
    # name them: one query for all of them.
    prefetch_related_objects([case.person, *(member.person for member in members)], "names")
    return {
        "case": case,
        "names": case.person.names.all(),
        "events": case.events.select_related("recorded_by", "document"),
        "members": members,
        "can_edit": rights.edit,
        "granted_only": rights.granted_only,
        "can_manage": can_manage,
        "can_screen": access.can_see_screening(user, case, rights=rights),
        "can_see_support": access.can_see_case_support(user, case, rights=rights),
        "screening": access.get_screening_for_user(user, case, via="page", rights=rights),
        "event_kinds": [(kind, EventKind(kind).label) for kind in actions.EVENT_FIELDS],
        "transition_form": TransitionForm(case=case, initial={"version": case.version}),
        "shares": case.shares.select_related("user") if can_manage else [],
    }


@role_required(*CASE_READERS)
def case_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.view_case(request.user, pk, via="page")
    return render(request, "cases/detail.html", _detail_context(request, case))


@role_required(*CASE_READERS)
def case_print(request: AuthedRequest, pk: int) -> HttpResponse:
    """The case on paper: its summary and whole timeline, marked confidential, with the
    reader and the time on every page. Printing is reading: recorded as a read "via print"."""
    case = access.view_case(request.user, pk, via="print")
    context = {
        "case": case,
        "names": case.person.names.all(),
        "events": case.events.select_related("recorded_by", "document").order_by(
            "occurred_on", "pk"
        ),
        "members": case.members.select_related("person").prefetch_related("person__names"),
        "printed_at": timezone.localtime(),
    }
    return render(request, "cases/print.html", context)


@role_required(*CASE_WRITERS)
def case_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    # The form shows the decrypted summary: a read like any other.
    case = access.view_case(request.user, pk, write=True, via="edit")
    initial = {
        "version": case.version,
        "category": case.category,
        "priority": case.priority,
        "summary": case.summary,
        "officer": case.officer_id,
    }
    form = CaseEditForm(request.POST or None, case=case, user=request.user, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        changes = {name: value for name, value in data.items() if value != getattr(case, name)}
        try:
            actions.update_case(case, actor=request.user, expected_version=version, changes=changes)
        except ValidationError as error:
            apply_errors(form, error)
        except Conflict as conflict:
            form.add_error(None, conflict.message_for(request.user))
            status = 409
        else:
            messages.success(request, _("Case updated."))
            return redirect("cases:detail", pk=case.pk)
    return render(
        request,
        "cases/form.html",
        {"form": form, "title": case.reference, "case": case},
        status=status,
    )


@require_POST
@role_required(*CASE_WRITERS)
def case_transition(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    form = TransitionForm(request.POST, case=case)
    status = 400
    if form.is_valid():
        try:
            actions.transition_case(
                case,
                to=form.cleaned_data["to"],
                actor=request.user,
                reason=form.cleaned_data["reason"],
                expected_version=form.cleaned_data["version"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        except Conflict as conflict:
            form.add_error(None, conflict.message_for(request.user))
            status = 409
        else:
            messages.success(request, _("Status changed."))
            return redirect("cases:detail", pk=case.pk)
    # The refused change shows the whole case again: that is a read, recorded as one.
    access.record_case_view(case, actor=request.user, via="page")
    context = _detail_context(request, case)
    context["transition_form"] = form
    return render(request, "cases/detail.html", context, status=status)


@role_required(*CASE_WRITERS)
def event_add(request: AuthedRequest, pk: int, kind: str) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    if kind not in actions.EVENT_FIELDS:
        raise Http404
    form = event_form_class(kind)(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.fields if name != "occurred_on"}
        try:
            actions.add_event(
                case,
                actor=request.user,
                kind=kind,
                occurred_on=form.cleaned_data["occurred_on"],
                fields=fields,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Added to the timeline."))
            return redirect("cases:detail", pk=case.pk)
    title = EventKind(kind).label
    return render(request, "cases/form.html", {"form": form, "title": title, "case": case})


# What an upload request may carry besides the file itself: the multipart framing,
# the date and the description. A longer body is refused before a byte is read.
UPLOAD_FORM_ALLOWANCE = 64 * 1024


@csrf_exempt  # checked by csrf_protect below, once the sealing handler is in place
@role_required(*CASE_WRITERS)
def document_upload(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    if request.method != "POST":
        return _upload_page(request, case, DocumentForm())
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit() or int(declared) > (
        settings.DOCUMENT_MAX_BYTES + UPLOAD_FORM_ALLOWANCE
    ):
        form = DocumentForm()
        # An unbound form (nothing of the body was read) showing why it was refused.
        form.errors["file"] = form.error_class([documents.too_large_message()])
        return _upload_page(request, case, form, status=413)
    # Installed before the body is read (the CSRF check reads it), so the file goes
    # nowhere but, sealed, into the document store.
    handler = SealDocument(request, case=case)
    request.upload_handlers = [handler]
    try:
        return _receive_document(request, case)
    finally:
        handler.discard()


@csrf_protect
def _receive_document(request: AuthedRequest, case: Case) -> HttpResponse:
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            actions.upload_document(
                case,
                actor=request.user,
                stream=upload.sealed,
                filename=upload.name or "",
                occurred_on=form.cleaned_data["occurred_on"],
                text=form.cleaned_data["text"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Document stored."))
            return redirect("cases:detail", pk=case.pk)
    return _upload_page(request, case, form)


def _upload_page(
    request: AuthedRequest, case: Case, form: DocumentForm, *, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "cases/form.html",
        {"form": form, "title": _("Document"), "case": case, "upload": True},
        status=status,
    )


@role_required(*CASE_READERS)
def document_download(request: AuthedRequest, pk: int, document_pk: int) -> FileResponse:
    case = access.get_case_for_user(request.user, pk)
    document = access.get_document_for_user(request.user, document_pk)
    if document.case_id != case.pk:
        raise Http404
    try:
        chunks = documents.open_document(document)
    except FileNotFoundError:
        raise Http404 from None
    record("cases.view_document", actor=request.user, obj=case, data={"document": document.pk})
    # Given chunks rather than a file, FileResponse leaves the headers to us.
    response = FileResponse(chunks, content_type=document.content_type)
    response["Content-Disposition"] = content_disposition_header(True, document.original_name)
    response["Content-Length"] = str(document.size)
    return response


@role_required(*CASE_WRITERS)
def member_add(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    form = MemberForm(request.POST or None)
    picker = offer_persons(
        form,
        "person",
        user=request.user,
        query=request.GET.get("q", ""),
        via="add_member",
        exclude=[case.person_id],
        chosen=request.POST.get("person") or request.GET.get("person"),
    )
    if fragment := picker_fragment(request, form, picker):
        return fragment
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_family_member(case, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("cases:detail", pk=case.pk)
    context = {"form": form, "title": _("Family member"), "case": case, "picker": picker}
    return render(request, "cases/form.html", context)


@role_required(Role.SUPERVISOR)
def case_share(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    if not access.can_manage_case(request.user, case):
        raise Http404
    form = ShareForm(request.POST or None, case=case)
    if request.method == "POST" and form.is_valid():
        try:
            actions.share_case(case, user=form.cleaned_data["user"], actor=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("cases:detail", pk=case.pk)
    return render(
        request, "cases/form.html", {"form": form, "title": _("Share case"), "case": case}
    )


@require_POST
@role_required(Role.SUPERVISOR)
def case_unshare(request: AuthedRequest, pk: int, user_pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk, write=True)
    if not access.can_manage_case(request.user, case):
        raise Http404
    share = case.shares.filter(user_id=user_pk).select_related("user").first()
    if share is None:
        raise Http404
    actions.unshare_case(case, user=share.user, actor=request.user)
    messages.success(
        request, _("The case is no longer shared with %(user)s.") % {"user": share.user}
    )
    return redirect("cases:detail", pk=case.pk)


@role_required(Role.SECURITY_OFFICER)
def screening_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk)
    if not access.can_see_screening(request.user, case):
        raise Http404
    screening = access.get_screening_for_user(request.user, case, via="form")
    initial = {"result": screening.result, "findings": screening.findings} if screening else {}
    form = ScreeningForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        actions.update_screening(case, actor=request.user, **form.cleaned_data)
        return redirect("cases:detail", pk=case.pk)
    return render(
        request, "cases/form.html", {"form": form, "title": _("Security screening"), "case": case}
    )
