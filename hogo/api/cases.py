"""/cases: finding, opening, reading and changing cases, their timeline and status."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import Router
from ninja import Status as HttpStatus

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.cases.actions import (
    add_event,
    create_case,
    transition_case,
    update_case,
)
from hogo.cases.models import Category
from hogo.cases.selectors import search_cases
from hogo.cases.workflow import Status

from .auth import actor
from .pages import page_of
from .present import case_out, case_summary_out, event_out, transitions_out
from .schemas import (
    CaseIn,
    CaseOut,
    CasePage,
    CasePatch,
    CaseWithScreeningOut,
    ConflictOut,
    ErrorOut,
    EventIn,
    EventOut,
    Id,
    InvalidOut,
    PageNumber,
    PathId,
    SearchText,
    TransitionIn,
    TransitionsOut,
)

router = Router(tags=["cases"])

NOTHING_TO_CHANGE = "Send at least one field to change along with the version."
NOT_YOURS = "You cannot open cases in this compartment."
NO_OFFICER = "No active caseworker or supervisor has this id."

# Which one of the two shapes a case takes depends on the reader's role.
CaseDetail = CaseWithScreeningOut | CaseOut


@router.get(
    "",
    response={200: CasePage, 400: InvalidOut, 401: ErrorOut},
    operation_id="listCases",
    url_name="cases",
    summary="Cases visible to you, filtered, or matching a name in any script",
)
def list_cases(
    request: HttpRequest,
    q: SearchText = "",
    status: Status | None = None,
    category: Category | None = None,
    officer: Id | None = None,
    page: PageNumber = 1,
) -> CasePage:
    user = actor(request)
    cases = search_cases(
        user, query=q, status=status or "", category=category or "", officer=officer
    )
    result = page_of(cases, page)
    record("cases.list", actor=user, data={"ids": [c.pk for c in result.items], "via": "api"})
    return CasePage(
        items=[case_summary_out(case) for case in result.items],
        count=result.count,
        page=result.page,
        pages=result.pages,
    )


@router.post(
    "",
    response={201: CaseOut, 400: InvalidOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    operation_id="createCase",
    summary="Open a case for a person of your own cases (never one seen through a grant)",
)
def create(request: HttpRequest, payload: CaseIn) -> HttpStatus[CaseOut]:
    user = actor(request)
    if not access.can_create_case(user):
        raise PermissionDenied
    # A person of one's own cases only: a grant is for reading, and a case opened on
    # a person seen through it would keep them visible and editable once it ends.
    person = access.get_person_for_user(user, payload.person, write=True)
    compartment = access.compartments_for_new_case(user).filter(code=payload.compartment).first()
    if compartment is None:
        raise ValidationError({"compartment": NOT_YOURS})
    case = create_case(
        actor=user,
        person=person,
        category=payload.category,
        compartment=compartment,
        priority=payload.priority,
        summary=payload.summary,
    )
    return HttpStatus(201, case_out(case, user=user))


@router.get(
    "/{case_id}",
    response={200: CaseDetail, 401: ErrorOut, 404: ErrorOut},
    operation_id="getCase",
    url_name="case",
    summary="One case; its security screening only for security officers",
)
def detail(request: HttpRequest, case_id: PathId) -> HttpResponse:
    user = actor(request)
    case = access.view_case(user, case_id, via="api")
    # Validated once, as it is built: django-ninja would validate a response declared
    # as a union (CaseDetail) a second time, field by field, on every read.
    return _rendered(request, case_out(case, user=user))


def _rendered(request: HttpRequest, out: CaseOut) -> HttpResponse:
    """`out` answered as django-ninja answers (the API's renderer), not validated again."""
    from .api import api  # imports this module: read when a request comes, not before

    return api.create_response(request, out.model_dump(), status=200)


def _officer(pk: int | None) -> User | None:
    if pk is None:
        return None
    officer = User.objects.filter(pk=pk, is_active=True, role__in=access.CASE_WRITERS).first()
    if officer is None:
        raise ValidationError({"officer": NO_OFFICER})
    return officer


@router.patch(
    "/{case_id}",
    response={
        200: CaseOut,
        400: InvalidOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ConflictOut,
    },
    operation_id="updateCase",
    summary="Change category, priority, officer or summary; send the version you read",
)
def update(request: HttpRequest, case_id: PathId, payload: CasePatch) -> CaseOut:
    user = actor(request)
    case = access.get_case_for_user(user, case_id, write=True)
    changes = payload.changes()
    if not changes:
        raise ValidationError(NOTHING_TO_CHANGE)
    if "officer" in changes:
        if not access.can_manage_case(user, case):
            raise PermissionDenied
        changes["officer"] = _officer(changes["officer"])
    case = update_case(case, actor=user, expected_version=payload.version, changes=changes)
    return case_out(case, user=user)


@router.get(
    "/{case_id}/events",
    response={200: list[EventOut], 401: ErrorOut, 404: ErrorOut},
    operation_id="listCaseEvents",
    url_name="case-events",
    summary="The case's timeline, newest first",
)
def timeline(request: HttpRequest, case_id: PathId) -> list[EventOut]:
    user = actor(request)
    case = access.view_case(user, case_id, via="api")
    events = case.events.select_related("recorded_by", "document")
    return [event_out(event) for event in events]


@router.post(
    "/{case_id}/events",
    response={201: EventOut, 400: InvalidOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    operation_id="addCaseEvent",
    summary="Add a location, contact, note, diplomatic request or broker entry",
)
def add_to_timeline(
    request: HttpRequest, case_id: PathId, payload: EventIn
) -> HttpStatus[EventOut]:
    user = actor(request)
    case = access.get_case_for_user(user, case_id, write=True)
    event = add_event(
        case,
        actor=user,
        kind=payload.kind,
        occurred_on=payload.occurred_on,
        fields=payload.fields(),
    )
    return HttpStatus(201, event_out(event))


@router.get(
    "/{case_id}/transitions",
    response={200: TransitionsOut, 401: ErrorOut, 404: ErrorOut},
    operation_id="listCaseTransitions",
    url_name="case-transitions",
    summary="The statuses this case may move to now (none if you cannot change it)",
)
def transitions(request: HttpRequest, case_id: PathId) -> TransitionsOut:
    user = actor(request)
    case = access.view_case(user, case_id, via="api")
    return transitions_out(case, user=user)


@router.post(
    "/{case_id}/transitions",
    response={
        200: TransitionsOut,
        400: InvalidOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ConflictOut,
    },
    operation_id="transitionCase",
    summary="Move the case to another status, saying why; send the version you read",
)
def transition(request: HttpRequest, case_id: PathId, payload: TransitionIn) -> TransitionsOut:
    user = actor(request)
    case = access.get_case_for_user(user, case_id, write=True)
    case = transition_case(
        case,
        to=payload.to,
        actor=user,
        reason=payload.reason,
        expected_version=payload.version,
    )
    return transitions_out(case, user=user)
