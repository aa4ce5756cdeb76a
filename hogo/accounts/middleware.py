"""Sign-ins that end: after a quiet spell, and after a working day at the most."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

STARTED = "hogo_started"
SEEN = "hogo_seen"


class SessionTimeoutMiddleware:
    """Sign the user out after SESSION_IDLE_SECONDS idle or SESSION_COOKIE_AGE in all.

    The cookie's own expiry is not enough: a stolen cookie would stay good for
    its whole life. These times are kept inside the session, on the server.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and hasattr(request, "session"):
            now = time.time()
            started = request.session.setdefault(STARTED, now)
            seen = request.session.get(SEEN, now)
            idle = now - seen > settings.SESSION_IDLE_SECONDS
            too_long = now - started > settings.SESSION_COOKIE_AGE
            if idle or too_long:
                logout(request)
                messages.info(request, _("You were signed out: sign in again to continue."))
            else:
                request.session[SEEN] = now
        return self.get_response(request)
