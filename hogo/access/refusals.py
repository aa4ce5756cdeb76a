"""A refused lookup leaves a log line and an audit entry, both with ids only.

Someone walking through case or person numbers shows up in the logs and in the
audit log (ASVS 16.3.2). Neither ever holds a name or any content: the id as
it was asked for, cut short, and whether a change was asked.

Inside a request the audit entry is not written where the refusal happens:
the view runs in one transaction (ATOMIC_REQUESTS) that a 404 rolls back,
entry included, and writing it apart at that moment would wait on the audit
chain's lock that the same request may already hold. The refusals of one
request are kept aside and written together, in one entry, by
`RefusalAuditMiddleware` once the view's transaction has ended: a request
takes the chain's lock once, however many lookups it had refused.

When that entry cannot be written (the database refuses writes), the refusal
does not pass as an ordinary 404: no audit, no answer. The request gets the
503 of `hogo.audit.unavailable`, in words, as does a view whose own audit
entry (or any write) failed because the database is unavailable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import DatabaseError, transaction
from django.http import Http404, HttpRequest, HttpResponse

from hogo.access.readers import Reader
from hogo.accounts.models import User
from hogo.audit import unavailable
from hogo.audit.log import record

log = logging.getLogger("hogo.access")

# Longest id kept from a refused lookup: a hostile "id" is cut, not stored whole.
ID_CHARS = 40
# More refusals than this in one request are counted, not listed.
LISTED = 50


@dataclass(frozen=True)
class Refusal:
    kind: str
    id: str
    write: bool


@dataclass
class _Pending:
    user: User | None = None
    refusals: list[Refusal] | None = None
    more: int = 0


_pending: ContextVar[_Pending | None] = ContextVar("hogo_access_refusals", default=None)


def _entry(refusals: list[Refusal], more: int) -> dict[str, object]:
    return {
        "refused": [{"kind": r.kind, "id": r.id, "write": r.write} for r in refusals],
        "more": more,
    }


def refused(user: Reader, kind: str, pk: object, *, write: bool) -> Http404:
    """Note the refusal and return the 404 to raise: missing and forbidden look alike."""
    shown = str(pk)[:ID_CHARS]
    log.warning(
        "access refused: user=%s %s=%r write=%s", getattr(user, "pk", None), kind, shown, write
    )
    if isinstance(user, User) and user.is_authenticated:
        refusal = Refusal(kind, shown, write)
        pending = _pending.get()
        if pending is None:
            # A command or a shell: no request transaction to outlive.
            record("access.refused", actor=user, data=_entry([refusal], 0))
        else:
            pending.user = user
            pending.refusals = pending.refusals or []
            if len(pending.refusals) < LISTED:
                pending.refusals.append(refusal)
            else:
                pending.more += 1
    return Http404()


class RefusalAuditMiddleware:
    """Writes the refusals of one request in one audit entry, after its transaction."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _pending.set(_Pending())
        try:
            response = self.get_response(request)
            pending = _pending.get()
        finally:
            _pending.reset(token)
        if pending is not None and pending.refusals and pending.user is not None:
            try:
                with transaction.atomic():
                    record(
                        "access.refused",
                        actor=pending.user,
                        data=_entry(pending.refusals, pending.more),
                    )
            except DatabaseError as error:
                # Whatever the database's reason, the refusal went unrecorded.
                return unavailable.response(request, error)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A view whose writes (its audit entry among them) the database refused."""
        if isinstance(exception, DatabaseError) and unavailable.is_unavailable(exception):
            return unavailable.response(request, exception)
        return None
