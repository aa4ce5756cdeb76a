"""Sign-ins that end after a quiet spell or a working day, and that need a second factor."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from hogo.accounts.factors import has_factor, is_verified
from hogo.accounts.models import User

STARTED = "hogo_started"
SEEN = "hogo_seen"
# How stale the time last seen may be, in seconds.
SEEN_EVERY = 60


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
            elif SEEN not in request.session or now - seen >= SEEN_EVERY:
                # Written at most once a minute, not on every request: a busy page
                # then costs no session write, and a sign-in ends at most that much
                # sooner than HOGO_IDLE_SECONDS, never later.
                request.session[SEEN] = now
        return self.get_response(request)


# The pages a signed-in user may reach before passing the second factor.
BEFORE_SECOND_FACTOR = frozenset(
    {"accounts:login", "accounts:logout", "accounts:verify", "accounts:enrol", "set_language"}
)
# Passkey ceremonies (and their script's messages) serve the second step itself.
BEFORE_SECOND_FACTOR_NAMESPACES = frozenset({"otp_webauthn"})


class SecondFactorMiddleware:
    """After the password, nothing but the second step until a second factor is passed.

    Runs after django-otp's OTPMiddleware, which tells whether this session was
    verified with one of the user's devices. There is no setting that skips it.
    The JSON API does not redirect: a session that has not passed the second
    factor is simply not signed in there (bearer tokens are unaffected).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if not isinstance(user, User) or is_verified(request):
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        if match.namespace == "api" or match.namespace.startswith("api:"):
            request.user = AnonymousUser()
            return self.get_response(request)
        if match.view_name in BEFORE_SECOND_FACTOR or (
            match.namespace in BEFORE_SECOND_FACTOR_NAMESPACES
        ):
            return self.get_response(request)
        step = "accounts:verify" if has_factor(user) else "accounts:enrol"
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(step)}?{query}")
