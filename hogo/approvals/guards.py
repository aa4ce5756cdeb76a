"""Re-authentication checked after authorisation.

`hogo.accounts.sudo.sudo_required` asks for the password before the view runs;
for objects that must answer 404 to whoever may not reach them, the view first
authorises, then calls `reauthenticate` so that a stranger never learns, from
a password prompt, that the object exists.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from hogo.accounts.sudo import in_sudo_mode


def reauthenticate(request: HttpRequest) -> HttpResponse | None:
    """A redirect to the password prompt, or None when sudo mode is on."""
    if in_sudo_mode(request):
        return None
    query = urlencode({"next": request.get_full_path()})
    return redirect(f"{reverse('accounts:reauth')}?{query}")
