"""/persons: registering, finding, reading and correcting persons."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import Router
from ninja import Status as HttpStatus

from hogo import access
from hogo.cases.selectors import search_persons
from hogo.people.actions import NameInput, create_person, record_person_view, update_person

from .auth import actor
from .pages import page_of
from .present import person_out
from .schemas import (
    ConflictOut,
    ErrorOut,
    InvalidOut,
    PageNumber,
    PathId,
    PersonIn,
    PersonOut,
    PersonPage,
    PersonPatch,
    SearchText,
)

router = Router(tags=["persons"])

NOTHING_TO_CHANGE = "Send at least one field to change along with the version."


@router.get(
    "",
    response={200: PersonPage, 400: InvalidOut, 401: ErrorOut},
    operation_id="listPersons",
    url_name="persons",
    summary="Persons visible to you, optionally matching a name in any script",
)
def list_persons(request: HttpRequest, q: SearchText = "", page: PageNumber = 1) -> PersonPage:
    user = actor(request)
    result = page_of(search_persons(user, query=q), page)
    for person in result.items:
        record_person_view(person, actor=user, via="api")
    return PersonPage(
        items=[person_out(person) for person in result.items],
        count=result.count,
        page=result.page,
        pages=result.pages,
    )


@router.post(
    "",
    response={201: PersonOut, 400: InvalidOut, 401: ErrorOut, 403: ErrorOut},
    operation_id="createPerson",
    summary="Register a person with their names in every script known",
)
def create(request: HttpRequest, payload: PersonIn) -> HttpStatus[PersonOut]:
    user = actor(request)
    # Only those who may open cases register the people cases are about.
    if not access.can_create_case(user):
        raise PermissionDenied
    person = create_person(
        actor=user,
        names=[NameInput(kind=n.kind, family=n.family, given=n.given) for n in payload.names],
        sex=payload.sex,
        birth_date_text=payload.birth_date_text,
        birthplace=payload.birthplace,
        nationality_claimed=payload.nationality_claimed,
    )
    return HttpStatus(201, person_out(person))


@router.get(
    "/{person_id}",
    response={200: PersonOut, 401: ErrorOut, 404: ErrorOut},
    operation_id="getPerson",
    url_name="person",
)
def detail(request: HttpRequest, person_id: PathId) -> PersonOut:
    user = actor(request)
    person = access.get_person_for_user(user, person_id)
    record_person_view(person, actor=user, via="api")
    return person_out(person)


@router.patch(
    "/{person_id}",
    response={200: PersonOut, 400: InvalidOut, 401: ErrorOut, 404: ErrorOut, 409: ConflictOut},
    operation_id="updatePerson",
    summary="Correct a person's details; send the version you read",
)
def update(request: HttpRequest, person_id: PathId, payload: PersonPatch) -> PersonOut:
    user = actor(request)
    person = access.get_person_for_user(user, person_id, write=True)
    changes = payload.changes()
    if not changes:
        raise ValidationError(NOTHING_TO_CHANGE)
    person = update_person(person, actor=user, expected_version=payload.version, changes=changes)
    return person_out(person)
