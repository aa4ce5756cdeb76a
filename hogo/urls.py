from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("", include("hogo.front.urls")),
    path("", include("hogo.ops.urls")),
    path("accounts/", include("hogo.accounts.urls")),
    path("accounts/passkeys/", include("hogo.accounts.passkey_urls")),
    path("cases/", include("hogo.cases.urls")),
    path("people/", include("hogo.people.urls")),
    path("audit/", include("hogo.audit.urls")),
    path("stats/", include("hogo.stats.urls")),
    path("registries/", include("hogo.registries.urls")),
    path("monitor/", include("hogo.monitor.urls")),
    path("approvals/", include("hogo.approvals.urls")),
    path("support/", include("hogo.support.urls")),
    path("api/v1/", include("hogo.api.urls")),
    # The sign-in page offers the language switch too.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
]
