"""Schemathesis sends generated requests to every API operation, as a signed-in caseworker
and as a supervisor: no answer is a server error and no operation ignores its credentials."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import ignored_auth, use_after_free

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.models import Person
from tests.api.test_openapi import OPERATIONS

from .conftest import WsgiApp

CHECKS = [not_a_server_error, ignored_auth, use_after_free]
BOUNDED = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _fuzz_every_operation(app: WsgiApp, headers: dict[str, str], ids: dict[str, int]) -> int:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    for operation in operations:

        @BOUNDED
        @given(case=operation.as_strategy(), real=st.booleans())
        def run(case: Any, real: bool) -> None:
            # Half the time aim at an object that exists, so the request gets past the 404.
            if real:
                for name in case.path_parameters or {}:
                    case.path_parameters[name] = ids.get(name, case.path_parameters[name])
                if isinstance(case.body, dict) and "person" in case.body:
                    case.body["person"] = ids["person_id"]
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS, headers=headers)

        run()
    return len(operations)


def test_no_generated_request_breaks_the_api_for_a_caseworker(
    wsgi_app: WsgiApp,
    bearer: Callable[[User], dict[str, str]],
    caseworker: User,
    case: Case,
    person: Person,
) -> None:
    ids = {"case_id": case.pk, "person_id": person.pk}
    assert _fuzz_every_operation(wsgi_app, bearer(caseworker), ids) == len(OPERATIONS)


def test_no_generated_request_breaks_the_api_for_a_supervisor(
    wsgi_app: WsgiApp,
    bearer: Callable[[User], dict[str, str]],
    supervisor: User,
    case: Case,
    person: Person,
) -> None:
    ids = {"case_id": case.pk, "person_id": person.pk}
    assert _fuzz_every_operation(wsgi_app, bearer(supervisor), ids) == len(OPERATIONS)
