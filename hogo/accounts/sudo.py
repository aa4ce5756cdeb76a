"""Re-authentication ("sudo mode") before the most dangerous actions.

A signed-in session is not enough to change who may see what: the user types
their password again and passes a second factor again (a code, a recovery code
or a passkey), and for a few minutes after that such actions are open.

`sudo_required` asks for the password before the view runs. For objects that
must answer 404 to whoever may not reach them, the view first authorises, then
calls `reauthenticate`, so that a stranger never learns from a password prompt
that the object exists.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

SUDO_UNTIL = "hogo_sudo_until"
SUDO_SECONDS = 5 * 60
# The password was confirmed and a passkey is to follow within this time.
REAUTH_CONFIRMED_AT = "hogo_reauth_confirmed_at"
REAUTH_PASSKEY_SECONDS = 2 * 60
# The owner typed their one-time enrolment code: this session may enrol a first factor.
ENROLMENT_OPEN_UNTIL = "hogo_enrolment_open_until"
ENROLMENT_SECONDS = 30 * 60
# A first passkey was just registered in this session: its recovery codes come next.
FIRST_PASSKEY_ENROLLED = "hogo_first_passkey_enrolled"

View = TypeVar("View", bound=Callable[..., HttpResponse])


def in_sudo_mode(request: HttpRequest) -> bool:
    return float(request.session.get(SUDO_UNTIL, 0)) > time.time()


def enter_sudo_mode(request: HttpRequest) -> None:
    request.session[SUDO_UNTIL] = time.time() + SUDO_SECONDS


def open_enrolment(request: HttpRequest) -> None:
    request.session[ENROLMENT_OPEN_UNTIL] = time.time() + ENROLMENT_SECONDS


def enrolment_open(request: HttpRequest) -> bool:
    return float(request.session.get(ENROLMENT_OPEN_UNTIL, 0)) > time.time()


def password_recently_confirmed(request: HttpRequest) -> bool:
    at = float(request.session.get(REAUTH_CONFIRMED_AT, 0))
    return 0 < time.time() - at < REAUTH_PASSKEY_SECONDS


def sudo_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not in_sudo_mode(request):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:reauth')}?{query}")
        return view(request, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def reauthenticate(request: HttpRequest) -> HttpResponse | None:
    """A redirect to the password prompt, or None when sudo mode is on."""
    if in_sudo_mode(request):
        return None
    query = urlencode({"next": request.get_full_path()})
    return redirect(f"{reverse('accounts:reauth')}?{query}")
