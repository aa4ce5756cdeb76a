from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from hogo.audit.context import request_scope

# nginx's $request_id is 32 hex digits; a UUID is 36 characters. Anything else
# (or any value when no proxy is trusted) is replaced by an id of hogo's own.
_INCOMING_ID = re.compile(r"[0-9A-Za-z-]{16,36}")


def incoming_request_id(request: HttpRequest) -> str | None:
    """The proxy's X-Request-ID, when a proxy is trusted and the value is plain."""
    if not getattr(settings, "BEHIND_PROXY", False):
        return None
    value = request.headers.get("X-Request-ID", "")
    return value if _INCOMING_ID.fullmatch(value) else None


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_scope(incoming_request_id(request)) as request_id:
            response = self.get_response(request)
            response["X-Request-Id"] = request_id
            return response
