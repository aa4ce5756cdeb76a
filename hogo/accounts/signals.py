"""Sign-ins, sign-outs and failed attempts go into the audit log."""

from __future__ import annotations

import json
from typing import Any

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from hogo.audit.log import count, record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record("accounts.sign_in", actor=user, obj=user)


@receiver(user_logged_out)
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record("accounts.sign_out", actor=user, obj=user)


@receiver(user_login_failed)
def _sign_in_failed(sender: Any, credentials: dict[str, Any], request: Any, **kwargs: Any) -> None:
    # Only the username tried is kept: never the password.
    username = credentials.get("username")
    if request is not None and not AxesProxyHandler.is_allowed(request, credentials):
        # Refused unchecked because the account is paused at this address: a
        # flood an attacker controls. Counted, not appended one by one under
        # the chain's lock; the count reaches the chain as one entry a minute.
        address = str(getattr(request, "axes_ip_address", "") or "")
        count(
            "accounts.sign_in_refused",
            key=json.dumps([username, address]),
            data={"username": username, "address": address},
        )
        return
    record("accounts.sign_in_failed", actor=None, data={"username": username})
