from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect

from hogo.accounts.models import Role
from hogo.front.decorators import AuthedRequest

HOME_BY_ROLE = {
    Role.CASEWORKER: "cases:list",
    Role.SUPERVISOR: "cases:list",
    Role.SECURITY_OFFICER: "cases:list",
    Role.AUDITOR: "audit:log",
    Role.ADMINISTRATOR: "accounts:list",
    Role.STATISTICIAN: "stats:overview",
    Role.PAYMENT_OFFICER: "support:batches",
}


def home(request: AuthedRequest) -> HttpResponse:
    return redirect(HOME_BY_ROLE.get(Role(request.user.role), "accounts:login"))
