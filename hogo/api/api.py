"""The NinjaAPI: version 1, its authentication, its error shapes and its routers."""

from __future__ import annotations

from ninja import NinjaAPI

from . import cases, errors, persons, support
from .auth import BearerToken, Session, signed_in_only

api = NinjaAPI(
    title="hogo",
    version="1",
    description="Cases of people protected by the consular service. Every read is audited.",
    urls_namespace="api",
    # Tried in order: a sent bearer token decides alone; otherwise the session.
    auth=[BearerToken(), Session()],
    openapi_url="/openapi.json",
    docs_url=None,
    docs_decorator=signed_in_only,
)
errors.install(api)
api.add_router("/persons", persons.router)
api.add_router("/cases", cases.router)
api.add_router("/support", support.router)
