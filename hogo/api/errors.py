"""Every failure the API answers, in one shape per status.

- 400 `{"detail", "errors": {field: [message, ...]}}` for input that does not
  validate, whether pydantic or an action said so;
- 401 for no or a refused credential; 403 for a verb the role may not use;
- 404 `{"detail": "Not found."}` for a missing and a hidden object alike;
- 409 `{"detail", "current_version", "changes"}` for a stale version.

A request answered with 400, 403 or 409 writes nothing: the request's
transaction (ATOMIC_REQUESTS) is marked for rollback. Anything unexpected
is re-raised so Django rolls the whole request back, audit entries included,
and answers a bare 500 that carries no case data.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from hogo.audit.conflicts import Conflict

NOT_FOUND = {"detail": "Not found."}
INVALID = "The request is not valid: see errors."
NOT_JSON = "The request body is not valid JSON."
NO_BODY = "Send a JSON object in the request body."


def _roll_back() -> None:
    if transaction.get_connection().in_atomic_block:
        transaction.set_rollback(True)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    """`("body", "payload", "names", 0, "family")` -> `"names.0.family"`."""
    source, *rest = loc
    if source == "body":
        rest = rest[1:]  # the name of the view's payload parameter
    return ".".join(str(part) for part in rest) or "__all__"


def install(api: NinjaAPI) -> None:
    def invalid(errors: dict[str, list[str]], request: HttpRequest) -> HttpResponse:
        _roll_back()
        return api.create_response(request, {"detail": INVALID, "errors": errors}, status=400)

    @api.exception_handler(NinjaValidationError)
    def on_ninja_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        if any(error["loc"][0] == "path" for error in exc.errors):
            # /cases/abc names no case, just as /cases/999 names none we show.
            return api.create_response(request, NOT_FOUND, status=404)
        errors: dict[str, list[str]] = {}
        for error in exc.errors:
            no_body = error["type"] == "missing" and tuple(error["loc"]) == ("body", "payload")
            message = NO_BODY if no_body else error["msg"]
            errors.setdefault(_field(error["loc"]), []).append(str(message))
        return invalid(errors, request)

    @api.exception_handler(DjangoValidationError)
    def on_django_invalid(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        if hasattr(exc, "error_dict"):
            errors = {
                field: [str(m) for m in messages] for field, messages in exc.message_dict.items()
            }
        else:
            errors = {"__all__": [str(message) for message in exc.messages]}
        return invalid(errors, request)

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 400:
            # ninja's only 400: a body that is not JSON.
            return invalid({"__all__": [NOT_JSON]}, request)
        if exc.status_code >= 400:
            _roll_back()
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)

    @api.exception_handler(AuthenticationError)
    def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = api.create_response(
            request, {"detail": "Sign in or send a valid bearer token."}, status=401
        )
        response["WWW-Authenticate"] = 'Bearer realm="hogo"'
        return response

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(request, NOT_FOUND, status=404)

    @api.exception_handler(PermissionDenied)
    def on_forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        _roll_back()
        return api.create_response(request, {"detail": "Your role may not do this."}, status=403)

    @api.exception_handler(Conflict)
    def on_conflict(request: HttpRequest, exc: Conflict) -> HttpResponse:
        _roll_back()
        body = {
            "detail": exc.message_for(getattr(request, "auth", None)),
            "current_version": exc.current,
            "changes": [
                {"who": change.who, "when": change.when, "fields": change.fields}
                for change in exc.changes
            ],
        }
        return api.create_response(request, body, status=409)

    @api.exception_handler(RequestDataTooBig)
    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return invalid({"__all__": ["The request body is too large."]}, request)

    @api.exception_handler(Exception)
    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # ninja would answer with a traceback under DEBUG, committing whatever
        # ran before the error; a failed request must leave nothing behind.
        _roll_back()
        raise exc
