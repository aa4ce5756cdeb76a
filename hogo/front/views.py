from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from hogo.accounts.models import Role

HOME_BY_ROLE = {
    Role.CASEWORKER: "cases:list",
    Role.SUPERVISOR: "cases:list",
    Role.SECURITY_OFFICER: "cases:list",
    Role.AUDITOR: "audit:log",
    Role.ADMINISTRATOR: "accounts:list",
    Role.STATISTICIAN: "stats:overview",
}


def home(request: HttpRequest) -> HttpResponse:
    return redirect(HOME_BY_ROLE.get(request.user.role, "accounts:login"))  # type: ignore[union-attr]
