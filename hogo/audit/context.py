"""Which request (or command run) the current code is serving.

One id groups every audit entry written while serving one request, so an
auditor can see together what a single page view or API call touched.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_request_id: ContextVar[str | None] = ContextVar("hogo_request_id", default=None)


def current_request_id() -> str:
    value = _request_id.get()
    if value is None:
        # Outside a request (a command, a shell): one id for the whole run.
        value = str(uuid.uuid4())
        _request_id.set(value)
    return value


@contextmanager
def request_scope(request_id: str | None = None) -> Iterator[str]:
    token = _request_id.set(request_id or str(uuid.uuid4()))
    try:
        yield _request_id.get() or ""
    finally:
        _request_id.reset(token)


def request_id_if_any() -> str | None:
    """The id of the request being served, without making one up (for log lines)."""
    return _request_id.get()
