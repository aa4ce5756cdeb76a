"""Registry pages: for supervisors, counts and fill rates, never the rows themselves;
for a person's caseworker and supervisor, "verify identity" against every registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from hogo import access
from hogo.accounts.models import Role
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.lib import charts
from hogo.people.models import Person
from hogo.registries import actions, selectors
from hogo.registries.models import EligibilityEvidence

Decide = Callable[..., EligibilityEvidence]
DECIDE: dict[str, Decide] = {"confirm": actions.confirm_match, "reject": actions.reject_match}


@role_required(Role.SUPERVISOR)
def registry_list(request: AuthedRequest) -> HttpResponse:
    registries = selectors.all_registries()
    with transaction.atomic():
        record("registries.list", actor=request.user, data={"count": len(registries)})
    return render(request, "registries/list.html", {"registries": registries})


@role_required(Role.SUPERVISOR)
def registry_detail(request: AuthedRequest, name: str) -> HttpResponse:
    registry = selectors.registry_by_name(name)
    if registry is None:
        raise Http404
    with transaction.atomic():
        record("registries.view", actor=request.user, obj=registry)
    fields = sorted(registry.fill_rates.items())
    context = {"registry": registry, "fields": fields, "report": selectors.model_report(registry)}
    return render(request, "registries/detail.html", context)


FIELD_LABELS = {
    "name": _("names"),
    "birth_date": _("birth date"),
    "birth_place": _("birthplace"),
    "sex": _("sex"),
    "spouse": _("spouse's name"),
    "departure_year": _("departure year"),
}


def _explained(found: selectors.Candidate) -> dict[str, Any]:
    fields = [(str(FIELD_LABELS[f.field]), f) for f in found.scored.fields]
    svg = charts.bars(
        [label for label, _f in fields],
        {str(_("match weight")): [round(f.match_weight, 2) for _l, f in fields]},
        horizontal=True,
    )
    return {"candidate": found, "fields": fields, "chart": charts.data_uri(svg)}


def _verify_page(
    request: AuthedRequest, person: Person, *, errors: list[str] | None = None, status: int = 200
) -> HttpResponse:
    found = selectors.search(person, reader=request.user)
    with transaction.atomic():
        record(
            "registries.verify_view",
            actor=request.user,
            obj=person,
            data={"candidates": [[c.registry.name, c.record.record_id] for c in found]},
        )
    context = {
        "person": person,
        "registries": selectors.all_registries(),
        "candidates": [_explained(c) for c in found],
        "evidence": selectors.evidence_for(person),
        "can_decide": access.can_edit_person(request.user, person),
        "errors": errors or [],
        "posted": request.POST if errors else {},
    }
    return render(request, "registries/verify.html", context, status=status)


@role_required(*access.CASE_WRITERS)
def verify(request: AuthedRequest, pk: int) -> HttpResponse:
    person = access.get_person_for_user(request.user, pk)
    return _verify_page(request, person)


@role_required(*access.CASE_WRITERS)
@require_POST
def decide(request: AuthedRequest, pk: int) -> HttpResponse:
    person = access.get_person_for_user(request.user, pk, write=True)
    verb = request.POST.get("decision", "")
    reason = request.POST.get("reason", "")
    found = selectors.candidate(
        person,
        request.POST.get("registry", ""),
        request.POST.get("record_id", ""),
        reader=request.user,
    )
    errors = []
    if verb not in DECIDE:
        errors.append(str(_("Choose to confirm or to reject the candidate.")))
    if found is None:
        errors.append(str(_("This record is not a candidate for this person.")))
    if not reason.strip():
        errors.append(str(_("A reason is required.")))
    if errors or found is None:
        return _verify_page(request, person, errors=errors, status=400)
    DECIDE[verb](person, found, reason=reason, actor=request.user)
    return redirect("registries:verify", pk=person.pk)
