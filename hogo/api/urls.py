"""The API, mounted by the project at /api/v1/ under the "api" namespace."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, URLResolver

from .api import api

app_name = "api"


def _answering_401(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    # The API answers an anonymous caller 401 itself; the site-wide login
    # middleware would redirect it to a sign-in page instead.
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            login_not_required(pattern.callback)
    return patterns


urlpatterns = _answering_401(api.urls[0])
