"""Who is calling: a bearer token, or a signed-in browser session with its CSRF token."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from hogo.accounts.models import ApiToken, User


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = ApiToken.authenticate(token.strip())
        if user is None:
            # A token that was sent and refused is final: no falling back to a
            # session cookie that happens to ride along.
            raise AuthenticationError
        return user


class Session(APIKeyCookie):
    """Django's session, with CSRF enforced on unsafe methods.

    Only a request that carries a signed-in session is CSRF-checked, so an
    anonymous caller gets 401 (not 403) and a token caller is never asked for
    a CSRF token.
    """

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> User | None:
        user = request.user
        if isinstance(user, User) and user.is_authenticated and user.is_active:
            return user
        return None


def actor(request: HttpRequest) -> User:
    """The authenticated user of an operation (ninja has checked there is one)."""
    user = getattr(request, "auth", None)
    assert isinstance(user, User)
    return user


def _caller(request: HttpRequest) -> User | None:
    try:
        return BearerToken()(request) or Session()(request)
    except AuthenticationError:
        return None


def signed_in_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The OpenAPI document is for callers of the API, not for the open internet."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if _caller(request) is None:
            return JsonResponse({"detail": "Sign in or send a bearer token."}, status=401)
        return view(request, *args, **kwargs)

    return wrapper
