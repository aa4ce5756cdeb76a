"""/support: a case's instalments for its readers; payment batches for payment officers."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from hogo import access
from hogo.audit.log import record
from hogo.support import selectors

from .auth import actor
from .pages import page_of
from .schemas import ErrorOut, Out, PageNumber, PathId

router = Router(tags=["support"])


class InstalmentOut(Out):
    benefit: str
    period: str  # YYYY-MM
    due_date: str  # YYYY-MM-DD, a business day
    amount_jpy: int
    status: str


class ScheduleOut(Out):
    case_reference: str
    instalments: list[InstalmentOut]


class BatchOut(Out):
    id: int
    month: str
    status: str
    total_jpy: int
    approvals: int
    approvals_needed: int


class BatchPage(Out):
    items: list[BatchOut]
    count: int
    page: int
    pages: int


@router.get(
    "/cases/{case_id}/schedule",
    response={200: ScheduleOut, 401: ErrorOut, 404: ErrorOut},
    operation_id="getCaseSupportSchedule",
    summary="A case's support instalments, in whole yen",
)
def case_schedule(request: HttpRequest, case_id: PathId) -> ScheduleOut:
    user = actor(request)
    case = access.get_case_for_user(user, case_id)
    household = access.households_visible_to(user).filter(case=case).first()
    rows = selectors.schedule_of(household) if household else []
    record("support.schedule_view", actor=user, obj=case, data={"via": "api"})
    return ScheduleOut(
        case_reference=case.reference,
        instalments=[
            InstalmentOut(
                benefit=row.benefit,
                period=f"{row.period:%Y-%m}",
                due_date=row.due_date.isoformat(),
                amount_jpy=row.amount,
                status=row.status,
            )
            for row in rows
        ],
    )


@router.get(
    "/batches",
    response={200: BatchPage, 401: ErrorOut},
    operation_id="listSupportBatches",
    summary="Payment batches (payment officers; an empty list for anyone else)",
)
def list_batches(request: HttpRequest, page: PageNumber = 1) -> BatchPage:
    user = actor(request)
    result = page_of(access.batches_visible_to(user).prefetch_related("approvals"), page)
    return BatchPage(
        items=[
            BatchOut(
                id=b.pk,
                month=f"{b.month:%Y-%m}",
                status=b.status,
                total_jpy=b.total,
                approvals=len(b.approvals.all()),
                approvals_needed=b.approvals_needed,
            )
            for b in result.items
        ],
        count=result.count,
        page=result.page,
        pages=result.pages,
    )
