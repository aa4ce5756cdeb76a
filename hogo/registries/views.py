"""Registry pages, for supervisors: counts and fill rates, never the rows themselves."""

from __future__ import annotations

from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import render

from hogo.accounts.models import Role
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.registries import selectors


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
    return render(request, "registries/detail.html", {"registry": registry, "fields": fields})
