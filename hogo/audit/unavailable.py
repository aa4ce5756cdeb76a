"""The answer when the audit log cannot be written: nothing shown, said in words.

"No audit, no data": a read that cannot leave its audit entry must not answer,
and neither may a refusal whose entry cannot be written pass as an ordinary
404. When the database refuses writes (read-only after a failover, full, or
unreachable), the request's transaction has been rolled back and nothing was
shown or changed; the person is told so, with a 503 that asks them to try
again, instead of a bare server error. The page uses no base template, no
session and no database: it must render while the database does not answer.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, InternalError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

log = logging.getLogger("hogo.audit")

# Errors of a database that cannot be written just now, as opposed to a bug in
# a query (IntegrityError, ProgrammingError, DataError), which stays a 500.
UNAVAILABLE = (OperationalError, InternalError)
RETRY_AFTER_SECONDS = 60


def is_unavailable(error: BaseException) -> bool:
    return isinstance(error, UNAVAILABLE)


def response(request: HttpRequest, error: DatabaseError) -> HttpResponse:
    """503, as a page or (under /api/) as JSON, with the reason and no data."""
    # The error's text may quote a statement's values: only its class is logged.
    log.error(
        "audit log not writable, request answered 503: %s %s (%s)",
        request.method,
        request.path,
        type(error).__name__,
    )
    message = _(
        "hogo cannot write to its database just now. It records who reads and changes "
        "what, and without that record it shows nothing: nothing was shown and nothing "
        "was changed. Try again in a minute; if this goes on, tell your administrator."
    )
    answer: HttpResponse
    if request.path.startswith("/api/"):
        answer = JsonResponse({"detail": message, "code": "audit_unavailable"}, status=503)
    else:
        answer = HttpResponse(
            render_to_string(
                "audit/unavailable.html", {"message": message, "LANGUAGE_CODE": get_language()}
            ),
            status=503,
        )
    answer["Retry-After"] = str(RETRY_AFTER_SECONDS)
    answer["Cache-Control"] = "no-store"
    return answer
