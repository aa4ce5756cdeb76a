"""The health endpoint the proxy (or a monitor) asks: is this process serving?"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_safe


@login_not_required
@require_safe
@transaction.non_atomic_requests
def health(request: HttpRequest) -> JsonResponse:
    """`{"status": "ok", "secure": true}` when the database answers, 503 when not.

    It reveals nothing: no version, no host, no error text. `secure` says
    whether this request was seen as HTTPS, which is how `hogo doctor --url`
    tells that the proxy's X-Forwarded-Proto reaches hogo. Outside any
    transaction, so that a database that cannot be reached is answered here.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "secure": request.is_secure()}, status=503)
    return JsonResponse({"status": "ok", "secure": request.is_secure()})
