"""Log lines that carry the request id: JSON lines in production, text in debug.

Every line names the request it was written in (or the command run, once an
audit entry has given the run an id; otherwise null), the same id
the response's X-Request-Id header and the audit entries of that request carry.
Behind a trusted proxy it is the proxy's own X-Request-ID, so one id follows a
request from nginx's access log through hogo's logs to the audit log.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from hogo.audit.context import request_id_if_any

# Attributes every LogRecord has: anything else on a record came from `extra=`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "request_id",
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_if_any(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """A readable line for a terminal, with the request id in brackets."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = request_id_if_any() or "-"
        return super().format(record)
