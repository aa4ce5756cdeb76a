"""Cross-cutting rules for views."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django_htmx.middleware import HtmxDetails

from hogo.accounts.models import Role, User


class AuthedRequest(HttpRequest):
    """A request that `role_required` (or the sign-in middleware) has let through."""

    user: User
    htmx: HtmxDetails


View = TypeVar("View", bound=Callable[..., HttpResponse | FileResponse])


def role_required(*roles: Role) -> Callable[[View], View]:
    """Only these roles reach the view; to anyone else it does not exist."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse | FileResponse:
            user = request.user
            if not user.is_authenticated or not user.is_active or user.role not in roles:
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
