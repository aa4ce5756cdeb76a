"""Statistics pages: released tables for statisticians, a dashboard for supervisors.

Statisticians never see a live count: only tables that went through
`publish_table`. Supervisors see live figures of the cases the access layer
gives them, each linking to the cases behind it.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo.access import compartments_for_new_case
from hogo.accounts.models import Role
from hogo.audit.log import record
from hogo.cases.workflow import Status
from hogo.front.decorators import AuthedRequest, role_required
from hogo.lib import charts
from hogo.stats import exports
from hogo.stats.actions import ReleaseError, publish_table
from hogo.stats.forms import DashboardFilterForm, PublishForm
from hogo.stats.models import Release
from hogo.stats.panels import panels_for
from hogo.stats.selectors import Dashboard, build_dashboard, dashboard_cases
from hogo.stats.tables import TABLES, protection_level, table_title, withheld_legend

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _overview(request: AuthedRequest, form: PublishForm) -> HttpResponse:
    releases = list(
        Release.objects.only(
            "table",
            "period_from",
            "period_to",
            "method",
            "epsilon",
            "released_at",
            "released_by_label",
        )[:200]
    )
    for release in releases:
        release.title = table_title(release.table)  # type: ignore[attr-defined]
    level = protection_level()
    context = {"form": form, "releases": releases, "tables": TABLES, "level": level}
    return render(request, "stats/overview.html", context)


@role_required(Role.STATISTICIAN)
def overview(request: AuthedRequest) -> HttpResponse:
    return _overview(request, PublishForm())


@require_POST
@role_required(Role.STATISTICIAN)
def publish(request: AuthedRequest) -> HttpResponse:
    form = PublishForm(request.POST)
    if not form.is_valid():
        return _overview(request, form)
    data = form.cleaned_data
    try:
        release = publish_table(
            data["table"],
            start=data["start"],
            end=data["end"],
            method=data["method"],
            epsilon=data["epsilon"],
            actor=request.user,
            today=timezone.localdate(),
        )
    except ReleaseError as error:
        form.add_error(None, str(error))
        return _overview(request, form)
    messages.success(request, _("The table was released."))
    return redirect("stats:release", pk=release.pk)


@role_required(Role.STATISTICIAN)
def release_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    release = get_object_or_404(Release, pk=pk)
    record("stats.view_release", actor=request.user, obj=release)
    header, rows = exports.labelled(release)
    context = {
        "release": release,
        "title": table_title(release.table),
        "header": header,
        "rows": rows,
        "legend": withheld_legend(release) if release.method == "suppress" else "",
    }
    return render(request, "stats/release.html", context)


def _download(request: AuthedRequest, pk: int, fmt: str) -> HttpResponse:
    release = get_object_or_404(Release, pk=pk)
    record("stats.export", actor=request.user, obj=release, data={"format": fmt})
    name = f"{release.table}_{release.period_from}_{release.period_to}_r{release.pk}"
    if fmt == "xlsx":
        response = HttpResponse(exports.as_xlsx(release), content_type=XLSX)
    else:
        response = HttpResponse(exports.as_csv(release), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@role_required(Role.STATISTICIAN)
def download_csv(request: AuthedRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "csv")


@role_required(Role.STATISTICIAN)
def download_xlsx(request: AuthedRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "xlsx")


def _cases_link(ids: list[int]) -> str:
    """The case list showing exactly these cases (and, as always, only those one may see).

    A figure of zero has no cases behind it, and so no link.
    """
    if not ids:
        return ""
    return reverse("cases:list") + "?" + urlencode({"ids": ",".join(map(str, sorted(ids)))})


def _charts(board: Dashboard) -> dict[str, str]:
    pipeline = charts.bars(
        [str(s.label) for s, _n in board.pipeline],
        {"": [n for _s, n in board.pipeline]},
        horizontal=True,
    )
    stages = charts.bars(
        [s.label for s in board.stages],
        {_("median days"): [s.median for s in board.stages]},
        horizontal=True,
    )
    quarters = charts.bars(
        [q for q, _a, _c in board.quarters],
        {
            _("arrivals"): [a for _q, a, _c in board.quarters],
            _("closures"): [c for _q, _a, c in board.quarters],
        },
        horizontal=False,
    )
    return {
        "pipeline_chart": charts.data_uri(pipeline),
        "stages_chart": charts.data_uri(stages),
        "quarters_chart": charts.data_uri(quarters),
    }


@role_required(Role.SUPERVISOR)
def dashboard(request: AuthedRequest) -> HttpResponse:
    mine = compartments_for_new_case(request.user)
    form = DashboardFilterForm(request.GET or None, compartments=mine)
    filters = form.cleaned_data if form.is_valid() else {}
    compartment = filters.get("compartment")
    category = filters.get("category") or ""
    cases = dashboard_cases(
        request.user,
        compartment=compartment.pk if compartment else None,
        category=category,
        start=filters.get("start"),
        end=filters.get("end"),
    )
    today = timezone.localdate()
    board = build_dashboard(cases, today=today)
    panels = panels_for(request.user, today=today)
    record(
        "stats.view_dashboard",
        actor=request.user,
        data={
            "filters": {k: str(v) for k, v in filters.items() if v},
            "cases": board.total,
            "panels": {label: panel.audit for label, panel in panels.items()},
        },
    )
    pipeline = [(s, n, _cases_link(board.status_cases.get(s, []))) for s, n in board.pipeline]
    quarters = [
        (
            q,
            a,
            c,
            _cases_link(board.arrival_cases.get(q, [])),
            _cases_link(board.closure_cases.get(q, [])),
        )
        for q, a, c in board.quarters
    ]
    context = {
        "form": form,
        "board": board,
        "pipeline": pipeline,
        "quarters": quarters,
        "verifying_link": _cases_link(board.status_cases.get(Status.VERIFYING, [])),
        "panels": list(panels.values()),
        **_charts(board),
    }
    return render(request, "stats/dashboard.html", context)
