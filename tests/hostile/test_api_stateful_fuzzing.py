"""Schemathesis chains API calls (create, then read and change what was created) as a
caseworker: no server error, no ignored credentials, and nothing used after it was freed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from hogo.accounts.models import User
from hogo.cases.models import Case

from .conftest import WsgiApp
from .test_api_fuzzing import CHECKS


def test_no_chain_of_generated_requests_breaks_the_api(
    wsgi_app: WsgiApp,
    bearer: Callable[[User], dict[str, str]],
    caseworker: User,
    case: Case,
) -> None:
    headers = bearer(caseworker)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app, headers=headers)
    base: Any = schema.as_state_machine()
    calls: list[int] = []

    class Chains(base):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": headers}

        def validate_response(self, response: Any, case: Any, *args: Any, **kwargs: Any) -> None:
            calls.append(response.status_code)
            case.validate_response(
                response,
                checks=CHECKS,
                headers=headers,
                recorder=getattr(self, "recorder", None),
            )

    run_state_machine_as_test(
        Chains,
        settings=settings(
            max_examples=15,
            stateful_step_count=6,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    assert calls
    assert any(code in (200, 201) for code in calls)
