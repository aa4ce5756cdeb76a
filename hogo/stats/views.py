"""Aggregates for statisticians: counts only, small cells withheld."""

from __future__ import annotations

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render

from hogo.accounts.models import Role
from hogo.cases.models import Case, Category
from hogo.cases.workflow import Status
from hogo.front.decorators import AuthedRequest, role_required

SMALL = 10


def _cell(count: int) -> str:
    # A count from 1 to 9 can point at a person: it is shown only as "<10".
    return f"<{SMALL}" if 0 < count < SMALL else str(count)


@role_required(Role.STATISTICIAN)
def overview(request: AuthedRequest) -> HttpResponse:
    counts = {
        (row["status"], row["category"]): row["n"]
        for row in Case.objects.values("status", "category").annotate(n=Count("pk"))
    }
    rows = [
        (status.label, [_cell(counts.get((status, category), 0)) for category in Category])
        for status in Status
    ]
    return render(
        request,
        "stats/overview.html",
        {
            "categories": [c.label for c in Category],
            "rows": rows,
            "total": _cell(sum(counts.values())),
        },
    )
