"""Log lines are JSON objects that name the request they were written in."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from hogo.audit.context import request_scope
from hogo.ops.logs import JsonFormatter, TextFormatter

ROOT = Path(__file__).resolve().parents[2]


def _record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("hogo.test", logging.WARNING, __file__, 1, message, args, None)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_a_line_is_one_json_object_with_the_request_id() -> None:
    with request_scope("0123456789abcdef0123456789abcdef"):
        line = JsonFormatter().format(_record("refused %s lookups", 3, case_id=41))
    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == "refused 3 lookups"
    assert data["level"] == "WARNING"
    assert data["logger"] == "hogo.test"
    assert data["request_id"] == "0123456789abcdef0123456789abcdef"
    assert data["case_id"] == 41
    assert data["time"].endswith("+00:00")


def test_an_exception_stays_inside_its_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = _record("failed")
        record.exc_info = sys.exc_info()
    data = json.loads(JsonFormatter().format(record))
    assert "ValueError: boom" in data["exception"]


def test_the_text_format_shows_the_request_id_too() -> None:
    with request_scope("abcdefabcdefabcdefabcdefabcdefab"):
        line = TextFormatter().format(_record("hello"))
    assert "[abcdefabcdefabcdefabcdefabcdefab] hello" in line


def test_production_writes_json_lines() -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("HOGO_")},
        "DJANGO_SETTINGS_MODULE": "hogo.settings",
        "HOGO_SECRET_KEY": "k" * 20 + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789",
        "HOGO_MASTER_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "HOGO_DATABASE_URL": "sqlite:///:memory:",
    }
    result = subprocess.run(
        [sys.executable, "-c",
         "import django, logging; django.setup(); logging.getLogger('hogo.x').warning('hi')"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stderr.strip().splitlines()[-1])["message"] == "hi"
