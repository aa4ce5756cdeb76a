"""Support pages: a case's entitlements and schedule for its caseworker and supervisor;
payment batches for payment officers (what paying needs, no case narrative);
programme rules and the "what if" of a draft programme for supervisors."""

from __future__ import annotations

from collections.abc import Sequence

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo import access
from hogo.access.roles import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import Role
from hogo.accounts.sudo import reauthenticate
from hogo.audit.log import record
from hogo.cases.models import Case, Category
from hogo.front.decorators import AuthedRequest, role_required
from hogo.lib import charts
from hogo.people.models import Person
from hogo.stats.tables import protection_level
from hogo.support import selectors
from hogo.support.actions import (
    MemberInput,
    SupportRefused,
    create_household,
    decide_override,
    receive_status_report,
    request_override,
    start_entitlement,
)
from hogo.support.calendar import parse_month
from hogo.support.forms import (
    EntitlementForm,
    HouseholdForm,
    OverrideForm,
    StatusReportForm,
    TaskDoneForm,
    WhatIfForm,
)
from hogo.support.models import (
    BankAccount,
    BatchStatus,
    Benefit,
    EligibilityOverride,
    Household,
    Payment,
    Programme,
    ProgrammeStatus,
)
from hogo.support.payments import export_batch, sharing_account
from hogo.support.plans import complete_task, create_service_plan
from hogo.support.runs import approve_batch, run_month
from hogo.support.whatif import WhatIf, run_what_if


@role_required(*CASE_READERS)
def case_support(request: AuthedRequest, pk: int) -> HttpResponse:
    case = access.get_case_for_user(request.user, pk)
    household = access.households_visible_to(request.user).filter(case=case).first()
    rows = selectors.schedule_of(household) if household else []
    with transaction.atomic():
        record("support.schedule_view", actor=request.user, obj=case, data={"via": "page"})
    entitlements = household.entitlements.select_related("benefit", "rule") if household else []
    context = {
        "case": case,
        "household": household,
        "rows": rows,
        "entitlements": entitlements,
        "tasks": household.tasks.all() if household else [],
        "supporters": household.supporters.select_related("user") if household else [],
        "referrals": household.referrals.all() if household else [],
        "today": timezone.localdate(),
        "can_edit": access.can_edit_case(request.user, case),
        "is_supervisor": access.can_manage_rules(request.user),
    }
    return render(request, "support/case.html", context)


@role_required(Role.SUPERVISOR)
def rules(request: AuthedRequest) -> HttpResponse:
    programmes = Programme.objects.prefetch_related("benefits__versions", "benefits__excludes")
    with transaction.atomic():
        record("support.rules_view", actor=request.user)
    return render(request, "support/rules.html", {"programmes": programmes})


@role_required(Role.PAYMENT_OFFICER)
def batches(request: AuthedRequest) -> HttpResponse:
    items = access.batches_visible_to(request.user).prefetch_related("approvals")[:60]
    month = f"{timezone.localdate():%Y-%m}"
    return render(request, "support/batches.html", {"batches": items, "month": month})


@require_POST
@role_required(Role.PAYMENT_OFFICER)
def prepare(request: AuthedRequest) -> HttpResponse:
    try:
        month = parse_month(request.POST.get("month", ""))
    except ValueError:
        messages.error(request, _("Write the month as YYYY-MM, for example 2026-04."))
        return redirect("support:batches")
    try:
        result = run_month(month, actor=request.user)
    except SupportRefused as error:
        messages.error(request, str(error))
        return redirect("support:batches")
    if result.batch is None:
        messages.info(request, _("Nothing is due that is not already in a batch."))
        return redirect("support:batches")
    return redirect("support:batch", pk=result.batch.pk)


def _payment_rows(payments: list[Payment]) -> list[dict[str, object]]:
    accounts = {
        a.household_id: a
        for a in BankAccount.objects.filter(
            household__in={p.instalment.entitlement.household_id for p in payments}
        )
    }
    rows = []
    for payment in payments:
        household = payment.instalment.entitlement.household
        account = accounts.get(household.pk)
        shared = sharing_account(account) if account else []
        rows.append(
            {
                "payment": payment,
                "reference": household.case.reference,
                "account": account,
                "shared": [h.case.reference for h in shared],
            }
        )
    return rows


@role_required(Role.PAYMENT_OFFICER)
def batch(request: AuthedRequest, pk: int) -> HttpResponse:
    item = access.get_batch_for_user(request.user, pk)
    payments = list(
        Payment.objects.filter(batch=item)
        .select_related("instalment__entitlement__household__case", "benefit")
        .order_by("pk")
    )
    with transaction.atomic():
        record("support.batch_view", actor=request.user, obj=item, data={"payments": len(payments)})
    context = {
        "batch": item,
        "rows": _payment_rows(payments),
        "approvers": item.approvals.select_related("approver"),
        "can_approve": item.status == BatchStatus.AWAITING_APPROVAL
        and access.can_approve_batch(request.user, item),
        "can_export": item.status in (BatchStatus.APPROVED, BatchStatus.EXPORTED),
    }
    return render(request, "support/batch.html", context)


@role_required(Role.PAYMENT_OFFICER)
def approve(request: AuthedRequest, pk: int) -> HttpResponse:
    item = access.get_batch_for_user(request.user, pk)
    if not access.can_approve_batch(request.user, item):
        raise Http404
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    if request.method == "POST":
        try:
            approve_batch(item, actor=request.user, reauthenticated=True)
        except SupportRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Approval recorded."))
        return redirect("support:batch", pk=item.pk)
    return render(request, "support/approve.html", {"batch": item})


@require_POST
@role_required(Role.PAYMENT_OFFICER)
def export(request: AuthedRequest, pk: int) -> HttpResponse:
    item = access.get_batch_for_user(request.user, pk)
    try:
        exported = export_batch(item, actor=request.user)
    except SupportRefused as error:
        messages.error(request, str(error))
        return redirect("support:batch", pk=item.pk)
    response = HttpResponse(exported.data, content_type="text/plain; charset=shift_jis")
    response["Content-Disposition"] = f'attachment; filename="transfer-{item.pk}.txt"'
    return response


def _what_if_initial() -> dict[str, object]:
    today = timezone.localdate()
    draft = (
        Benefit.objects.filter(programme__status=ProgrammeStatus.DRAFT)
        .order_by("programme__code", "code")
        .first()
    )
    start = today
    if draft is not None:
        first = draft.versions.order_by("effective_from").first()
        if first is not None and first.effective_from > today:
            start = first.effective_from
    return {"benefit": draft, "categories": [Category.JAPANESE_SPOUSE], "decided_on": start}


def _what_if_chart(result: WhatIf) -> str:
    """The cost by year in thousands of yen: exact, or the range the cost lies in."""
    labels = [str(y.year) for y in result.years]
    series: dict[str, Sequence[float]]
    if not result.withheld_any:
        series = {_("cost (thousand yen)"): [(y.exact or 0) // 1000 for y in result.years]}
    else:
        series = {
            _("at least (thousand yen)"): [y.low // 1000 for y in result.years],
            _("at most (thousand yen)"): [y.high // 1000 for y in result.years],
        }
    return charts.data_uri(charts.bars(labels, series, horizontal=False))


@role_required(Role.SUPERVISOR)
def what_if(request: AuthedRequest) -> HttpResponse:
    if not access.can_run_what_if(request.user):
        raise Http404
    bound = "benefit" in request.GET
    form = WhatIfForm(request.GET if bound else None, initial=_what_if_initial())
    result: WhatIf | None = None
    chart = ""
    if bound and form.is_valid():
        data = form.cleaned_data
        try:
            result = run_what_if(
                data["benefit"],
                categories=data["categories"],
                decided_on=data["decided_on"],
                actor=request.user,
            )
        except SupportRefused as error:
            form.add_error(None, str(error))
        else:
            chart = _what_if_chart(result) if result.years else ""
    context = {"form": form, "result": result, "chart": chart, "level": protection_level()}
    return render(request, "support/what_if.html", context)


# Data entry. Each page checks the case may be changed by the user (404 otherwise),
# calls the action that decides and audits, and shows the action's refusal in words.


def _writable(request: AuthedRequest, pk: int) -> tuple[Case, Household | None]:
    case = access.get_case_for_user(request.user, pk, write=True)
    household = access.households_visible_to(request.user).filter(case=case).first()
    return case, household


def _case_persons(case: Case) -> list[Person]:
    members = case.members.select_related("person").order_by("pk")
    return [case.person, *(m.person for m in members if m.person_id != case.person_id)]


def _form_page(
    request: AuthedRequest, case: Case, form: forms.Form | None, title: str, **extra: object
) -> HttpResponse:
    context = {"case": case, "form": form, "title": title, **extra}
    return render(request, "support/form.html", context)


def _done(request: AuthedRequest, case: Case, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect("support:case", pk=case.pk)


@role_required(*CASE_WRITERS)
def household_form(request: AuthedRequest, pk: int) -> HttpResponse:
    case, household = _writable(request, pk)
    title = _("Set up the household")
    if household is not None:
        return _form_page(request, case, None, title, note=_("The household is already set up."))
    persons = {p.pk: p for p in _case_persons(case)}
    form = HouseholdForm(request.POST or None, persons=list(persons.values()))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        minors = set(data["minors"])
        members = [
            MemberInput(persons[i], minor=i in minors)
            for i in data["members"]
            if i != data["payee"]
        ]
        try:
            create_household(
                case,
                payee=persons[data["payee"]],
                members=members,
                arrived_on=data["arrived_on"],
                actor=request.user,
            )
        except SupportRefused as error:
            form.add_error(None, str(error))
        else:
            return _done(request, case, _("The household was set up."))
    return _form_page(request, case, form, title)


@role_required(*CASE_WRITERS)
def entitlement_form(request: AuthedRequest, pk: int) -> HttpResponse:
    case, household = _writable(request, pk)
    title = _("Decide an entitlement")
    if household is None:
        return _form_page(request, case, None, title, note=_("Set up the household first."))
    form = EntitlementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            start_entitlement(
                household,
                data["benefit"],
                decided_on=data["decided_on"],
                extension_months=data["extension_months"],
                actor=request.user,
            )
        except SupportRefused as error:
            form.add_error(None, str(error))
        else:
            return _done(request, case, _("The entitlement was decided and its payments planned."))
    return _form_page(request, case, form, title)


def _overrides_of(case: Case) -> list[EligibilityOverride]:
    persons = [p.pk for p in _case_persons(case)]
    return list(
        EligibilityOverride.objects.filter(person__in=persons).select_related(
            "person", "proposed_by", "decided_by"
        )
    )


@role_required(Role.SUPERVISOR)
def override_form(request: AuthedRequest, pk: int) -> HttpResponse:
    case, _household = _writable(request, pk)
    form = OverrideForm(request.POST or None, persons=_case_persons(case))
    if request.method == "POST" and form.is_valid():
        person = next(p for p in _case_persons(case) if p.pk == form.cleaned_data["person"])
        try:
            request_override(person, reason=form.cleaned_data["reason"], actor=request.user)
        except SupportRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The override waits for a second supervisor."))
            return redirect("support:override", pk=case.pk)
    return _form_page(
        request,
        case,
        form,
        _("Confirm eligibility without registry evidence"),
        overrides=_overrides_of(case),
    )


@require_POST
@role_required(Role.SUPERVISOR)
def override_decide(request: AuthedRequest, pk: int, override_pk: int) -> HttpResponse:
    case, _household = _writable(request, pk)
    override = next((o for o in _overrides_of(case) if o.pk == override_pk), None)
    if override is None:
        raise Http404
    decision = request.POST.get("decision")
    if decision not in ("approve", "refuse"):
        messages.error(request, _("Choose to approve or to refuse."))
        return redirect("support:override", pk=case.pk)
    try:
        decide_override(override, approve=decision == "approve", actor=request.user)
    except SupportRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your decision was recorded."))
    return redirect("support:override", pk=case.pk)


@role_required(*CASE_WRITERS)
def report_form(request: AuthedRequest, pk: int) -> HttpResponse:
    case, household = _writable(request, pk)
    title = _("Record an annual status report")
    if household is None:
        return _form_page(request, case, None, title, note=_("Set up the household first."))
    today = timezone.localdate()
    form = StatusReportForm(
        request.POST or None, initial={"year": today.year, "received_on": today}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            released = receive_status_report(
                household, year=data["year"], received_on=data["received_on"], actor=request.user
            )
        except SupportRefused as error:
            form.add_error(None, str(error))
        else:
            message = _("The report was recorded; %(n)d held payments were released.") % {
                "n": released
            }
            return _done(request, case, message)
    return _form_page(request, case, form, title)


@require_POST
@role_required(*CASE_WRITERS)
def plan_create(request: AuthedRequest, pk: int) -> HttpResponse:
    case, household = _writable(request, pk)
    if household is None:
        raise Http404
    try:
        create_service_plan(household, actor=request.user)
    except SupportRefused as error:
        messages.error(request, str(error))
        return redirect("support:case", pk=case.pk)
    return _done(request, case, _("The service plan was drawn up from the arrival date."))


@require_POST
@role_required(*CASE_WRITERS)
def task_done(request: AuthedRequest, pk: int, task_pk: int) -> HttpResponse:
    case, household = _writable(request, pk)
    task = household.tasks.filter(pk=task_pk).first() if household else None
    if task is None:
        raise Http404
    form = TaskDoneForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the day the task was done, as YYYY-MM-DD."))
        return redirect("support:case", pk=case.pk)
    try:
        complete_task(task, on=form.cleaned_data["done_on"], actor=request.user)
    except SupportRefused as error:
        messages.error(request, str(error))
        return redirect("support:case", pk=case.pk)
    return _done(request, case, _("The task was marked done."))
