"""What the API reads and writes: typed, bounded, and strict about unknown fields.

Every input string is checked for what a database cannot store (NUL, lone
surrogates) and bounded by the column it ends up in, so bad input is a 400
with the field named, never a 500 from the driver.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.db.models import Manager, QuerySet
from django.db.models.fields.files import FieldFile
from ninja import Schema
from ninja.schema import DjangoGetter
from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from hogo.cases.models import BrokerDecision, Category, Custodian, Priority
from hogo.cases.workflow import Status
from hogo.people.models import NameKind, Sex

# Bigger than any primary key or version either database can hold is simply wrong.
MAX_ID = 2**63 - 1
MAX_VERSION = 2**31 - 1


def _storable(value: str) -> str:
    if "\x00" in value:
        raise PydanticCustomError("text", "Text cannot contain NUL characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PydanticCustomError("text", "Text must be valid Unicode.") from None
    return value


def _canonical_id(value: object) -> object:
    # pydantic would read "1.0" or " 1" as 1; a URL names an object one way only.
    if isinstance(value, str) and not re.fullmatch(r"[1-9][0-9]{0,18}", value):
        raise PydanticCustomError("id", "Not an id.")
    return value


Storable = AfterValidator(_storable)
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, BeforeValidator(_canonical_id), Field(ge=1, le=MAX_ID)]
Version = Annotated[int, Field(ge=1, le=MAX_VERSION)]
Text2 = Annotated[str, Field(max_length=2), Storable]
Text3 = Annotated[str, Field(max_length=3), Storable]
Text40 = Annotated[str, Field(max_length=40), Storable]
Text64 = Annotated[str, Field(max_length=64), Storable]
Text100 = Annotated[str, Field(max_length=100), Storable]
Text200 = Annotated[str, Field(max_length=200), Storable]
Text2000 = Annotated[str, Field(max_length=2000), Storable]
Text4000 = Annotated[str, Field(max_length=4000), Storable]
Text10000 = Annotated[str, Field(max_length=10000), Storable]
SearchText = Annotated[str, Field(max_length=200), Storable]
PageNumber = Annotated[int, Field(ge=1)]
Amount = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]


class In(Schema):
    """An input: a field the API does not know is an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)


def _as_given(value: object) -> bool:
    """A value django-ninja's getter would hand on unchanged (not a manager, queryset,
    file or callable, which it turns into a list, a URL or a call)."""
    return not (callable(value) or isinstance(value, Manager | QuerySet | FieldFile))


class Out(Schema):
    """An output. hogo builds outputs from keywords (hogo.api.present): such a dict
    is validated as it is, and an output nested in another is kept as built, without
    django-ninja's getter around each field, which read every nested output again
    (a tenth of an API read's time). Anything else goes through the getter."""

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(
        cls, values: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo
    ) -> Any:
        if isinstance(values, cls):  # built and validated already: kept as it is
            return handler(values)
        if isinstance(values, dict) and all(_as_given(value) for value in values.values()):
            return handler(values)
        return handler(DjangoGetter(values, cls, info.context))


def _not_null(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError("not_null", "This field cannot be null.")
    return value


# --- persons -----------------------------------------------------------------


class NameIn(In):
    kind: NameKind
    family: Text100 = ""
    given: Text100 = ""


class PersonIn(In):
    names: Annotated[list[NameIn], Field(max_length=20)]
    sex: Sex = Sex.UNKNOWN
    birth_date_text: Text64 = ""
    birthplace: Text200 = ""
    nationality_claimed: Text100 = ""


class PersonPatch(In):
    version: Version
    sex: Sex | None = None
    birth_date_text: Text64 | None = None
    birthplace: Text200 | None = None
    nationality_claimed: Text100 | None = None

    @field_validator("sex", "birth_date_text", "birthplace", "nationality_claimed", mode="after")
    @classmethod
    def reject_null(cls, value: Any) -> Any:
        return _not_null(value)

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True, exclude={"version"})


class NameOut(Out):
    kind: str
    family: str
    given: str
    full: str
    script: str


class PersonOut(Out):
    id: int
    names: list[NameOut]
    sex: str
    birth_date_text: str
    birth_date: date | None
    birth_date_precision: str
    birthplace: str
    nationality_claimed: str
    version: int


class PersonPage(Out):
    items: list[PersonOut]
    count: int
    page: int
    pages: int


# --- cases -------------------------------------------------------------------


class CaseIn(In):
    person: Id
    category: Category
    compartment: Text40
    priority: Priority = Priority.NORMAL
    summary: Text4000 = ""


class CasePatch(In):
    version: Version
    category: Category | None = None
    priority: Priority | None = None
    officer: Id | None = None
    summary: Text4000 | None = None

    @field_validator("category", "priority", "summary", mode="after")
    @classmethod
    def reject_null(cls, value: Any) -> Any:
        return _not_null(value)

    def changes(self) -> dict[str, Any]:
        """What to change; `"officer": null` unassigns the case."""
        return self.model_dump(exclude_unset=True, exclude={"version"})


class PersonRef(Out):
    id: int
    name: str


class OfficerOut(Out):
    id: int
    username: str
    name: str


class CaseSummaryOut(Out):
    id: int
    reference: str
    person: PersonRef
    category: str
    priority: int
    status: str
    officer: OfficerOut | None
    compartment: str
    opened_at: datetime
    updated_at: datetime
    version: int


class CasePage(Out):
    items: list[CaseSummaryOut]
    count: int
    page: int
    pages: int


class MemberOut(Out):
    person: PersonOut
    relation: str


class ScreeningOut(Out):
    result: str
    findings: str
    updated_at: datetime


class CaseOut(Out):
    id: int
    reference: str
    person: PersonOut
    family: list[MemberOut]
    category: str
    priority: int
    status: str
    held_from: str
    allowed_transitions: list[str]
    officer: OfficerOut | None
    compartment: str
    summary: str
    opened_at: datetime
    updated_at: datetime
    version: int


class CaseWithScreeningOut(CaseOut):
    """A case as a security officer reads it: the only shape that carries screening."""

    screening: ScreeningOut | None


# --- timeline ----------------------------------------------------------------

AddableKind = Literal["location", "contact", "note", "diplomatic_request", "broker"]


class EventIn(In):
    """One timeline entry; which of the optional fields apply depends on `kind`."""

    kind: AddableKind
    occurred_on: date
    text: Text10000 | None = None
    country: Text2 | None = None
    region: Text200 | None = None
    custodian: Custodian | None = None
    contact_with: Text200 | None = None
    channel: Text100 | None = None
    addressee: Text200 | None = None
    request: Text4000 | None = None
    outcome: Text4000 | None = None
    follow_up_on: date | None = None
    organisation: Text200 | None = None
    demand_amount: Amount | None = None
    demand_currency: Text3 | None = None
    decision: BrokerDecision | None = None

    @field_validator(
        "text",
        "country",
        "region",
        "custodian",
        "contact_with",
        "channel",
        "addressee",
        "request",
        "outcome",
        "organisation",
        "demand_currency",
        "decision",
        mode="after",
    )
    @classmethod
    def reject_null(cls, value: Any) -> Any:
        return _not_null(value)

    def fields(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True, exclude={"kind", "occurred_on"})


class EventOut(Out):
    id: int
    kind: str
    occurred_on: date
    # "day", or "month"/"year" when occurred_on is the first day of what is known.
    occurred_precision: str
    recorded_at: datetime
    recorded_by: str | None
    text: str
    details: dict[str, str]


# --- workflow ----------------------------------------------------------------


class TransitionIn(In):
    to: Status
    reason: Text2000
    version: Version


class TargetOut(Out):
    status: str
    label: str


class TransitionsOut(Out):
    status: str
    held_from: str
    version: int
    allowed: list[TargetOut]


# --- errors ------------------------------------------------------------------


class ErrorOut(Out):
    detail: str


class InvalidOut(Out):
    detail: str
    errors: dict[str, list[str]]


class ChangeOut(Out):
    who: str
    when: str
    fields: dict[str, list[Any]]


class ConflictOut(Out):
    detail: str
    current_version: int
    changes: list[ChangeOut]
