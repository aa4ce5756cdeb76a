"""Person pages. Every person is fetched through `hogo.access`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from hogo import access
from hogo.access import CASE_READERS, CASE_WRITERS
from hogo.accounts.models import User
from hogo.accounts.sudo import reauthenticate
from hogo.audit.conflicts import Conflict
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors
from hogo.people import actions
from hogo.people.forms import (
    NAME_KINDS_FIRST,
    MergeForm,
    NameForm,
    NameFormSet,
    PersonEditForm,
    PersonForm,
    RelationForm,
    with_birth_date,
)
from hogo.people.models import Person, Relationship
from hogo.people.picker import offer_persons, picker_fragment
from hogo.people.selectors import likely_duplicates


@role_required(*CASE_WRITERS)
def person_create(request: AuthedRequest) -> HttpResponse:
    form = PersonForm(request.POST or None)
    names = NameFormSet(
        request.POST or None, initial=[{"kind": kind} for kind in NAME_KINDS_FIRST], prefix="names"
    )
    if request.method == "POST" and form.is_valid() and names.is_valid():
        items = [
            actions.NameInput(
                f.cleaned_data["kind"], f.cleaned_data["family"], f.cleaned_data["given"]
            )
            for f in names.forms
            if f.has_name()
        ]
        duplicates = None
        if not request.POST.get("register_anyway"):
            duplicates = _likely_duplicates(request.user, items, form.cleaned_data)
        if duplicates is not None and duplicates.found:
            context = {"form": form, "names": names, "duplicates": duplicates}
            return render(request, "people/create.html", context)
        try:
            person = actions.create_person(actor=request.user, names=items, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Person registered."))
            return redirect("people:detail", pk=person.pk)
    return render(request, "people/create.html", {"form": form, "names": names})


@dataclass(frozen=True)
class Duplicates:
    visible: list[Person]
    # Registered on cases the user cannot see: said, never shown.
    elsewhere: bool

    @property
    def found(self) -> bool:
        return bool(self.visible) or self.elsewhere


def _likely_duplicates(
    user: User, items: list[actions.NameInput], data: dict[str, Any]
) -> Duplicates | None:
    try:
        birth, precision = actions.parse_birth_date(data.get("birth_date_text") or "")
    except ValidationError:
        return None  # the action says what is wrong with the date
    found = list(
        likely_duplicates(
            [(item.family, item.given) for item in items], birth_date=birth, precision=precision
        ).values_list("pk", flat=True)
    )
    if not found:
        return None
    visible = list(access.persons_visible_to(user).filter(pk__in=found).prefetch_related("names"))
    # Recorded by the ids it found, never by the names typed (the audit log is not encrypted).
    record(
        "people.search",
        actor=user,
        data={"via": "duplicate_check", "ids": [p.pk for p in visible], "count": len(found)},
    )
    return Duplicates(visible, elsewhere=len(visible) < len(found))


@role_required(*CASE_READERS)
def person_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    person = access.view_person(request.user, pk, via="page")
    visible = access.cases_visible_to(request.user)
    relations = Relationship.objects.filter(from_person=person).select_related("to_person")
    inverse = Relationship.objects.filter(to_person=person).select_related("from_person")
    persons = access.persons_visible_to(request.user)
    return render(
        request,
        "people/detail.html",
        {
            "person": person,
            "names": person.names.all(),
            "cases": visible.filter(person=person),
            "member_of": visible.filter(members__person=person),
            "relations": [r for r in relations if persons.filter(pk=r.to_person_id).exists()],
            "inverse": [r for r in inverse if persons.filter(pk=r.from_person_id).exists()],
            "can_edit": access.can_edit_person(request.user, person),
        },
    )


@role_required(*CASE_WRITERS)
def person_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    # The form shows the person's details: a read like any other.
    person = access.view_person(request.user, pk, write=True, via="edit")
    initial = {
        "version": person.version,
        "sex": person.sex,
        "birth_date_text": person.birth_date_text,
        "birthplace": person.birthplace,
        "nationality_claimed": person.nationality_claimed,
    }
    form = PersonEditForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        changes = {k: v for k, v in data.items() if v != getattr(person, k)}
        try:
            actions.update_person(
                person, actor=request.user, expected_version=version, changes=changes
            )
        except ValidationError as error:
            apply_errors(form, error)
        except Conflict as conflict:
            form.add_error(None, conflict.message_for(request.user))
            status = 409
        else:
            return redirect("people:detail", pk=person.pk)
    return render(
        request,
        "people/form.html",
        {"form": form, "person": person, "title": str(person)},
        status=status,
    )


@role_required(*CASE_WRITERS)
def name_add(request: AuthedRequest, pk: int) -> HttpResponse:
    person = access.view_person(request.user, pk, write=True, via="form")
    form = NameForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = actions.NameInput(**form.cleaned_data)
        try:
            actions.add_person_name(person, actor=request.user, name=item)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("people:detail", pk=person.pk)
    return render(
        request, "people/form.html", {"form": form, "person": person, "title": _("Add a name")}
    )


@role_required(*CASE_WRITERS)
def relation_add(request: AuthedRequest, pk: int) -> HttpResponse:
    person = access.view_person(request.user, pk, write=True, via="form")
    form = RelationForm(request.POST or None)
    picker = offer_persons(
        form,
        "to_person",
        user=request.user,
        query=request.GET.get("q", ""),
        via="add_relation",
        exclude=[person.pk],
        chosen=request.POST.get("to_person") or request.GET.get("to_person"),
    )
    if fragment := picker_fragment(request, form, picker):
        return fragment
    if request.method == "POST" and form.is_valid():
        try:
            actions.relate_persons(
                person,
                form.cleaned_data["to_person"],
                actor=request.user,
                kind=form.cleaned_data["kind"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("people:detail", pk=person.pk)
    context = {"form": form, "person": person, "title": _("Relationship"), "picker": picker}
    return render(request, "people/form.html", context)


@role_required(*CASE_WRITERS)
def person_merge(request: AuthedRequest, pk: int) -> HttpResponse:
    """Merge a duplicate into this person: re-authentication first, as for role changes."""
    person = access.get_person_for_user(request.user, pk, write=True)
    prompt = reauthenticate(request)
    if prompt is not None:
        return prompt
    access.record_person_view(person, actor=request.user, via="form")
    form = MergeForm(request.POST or None)
    picker = offer_persons(
        form,
        "duplicate",
        user=request.user,
        query=request.GET.get("q", ""),
        via="merge",
        exclude=[person.pk],
        chosen=request.POST.get("duplicate") or request.GET.get("duplicate"),
        label=with_birth_date,
        narrow=lambda persons: persons.filter(merged_into__isnull=True),
    )
    if fragment := picker_fragment(request, form, picker):
        return fragment
    if request.method == "POST" and form.is_valid():
        try:
            actions.merge_persons(
                person,
                form.cleaned_data["duplicate"],
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        except PermissionDenied:
            form.add_error(
                "duplicate",
                _("One of these persons is on a case you cannot change: ask its supervisor."),
            )
        else:
            messages.success(request, _("The duplicate was merged into this person."))
            return redirect("people:detail", pk=person.pk)
    return render(
        request,
        "people/merge.html",
        {"form": form, "person": person, "title": _("Merge a duplicate"), "picker": picker},
    )
