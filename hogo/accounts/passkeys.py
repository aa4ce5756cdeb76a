"""Passkeys (WebAuthn) as a second factor, through django-otp-webauthn.

The library's views do the ceremonies; hogo's versions of them add the audit
entries, and a passkey check made to confirm a sensitive action opens sudo mode
instead of signing in.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django_otp_webauthn import exceptions
from django_otp_webauthn import views as library
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts import factors
from hogo.accounts.sudo import REAUTH_CONFIRMED_AT, enter_sudo_mode, password_recently_confirmed


def relying_party_id(request: HttpRequest) -> str:
    """The configured host name, or the one the browser used (ALLOWED_HOSTS checked it)."""
    configured: str = settings.WEBAUTHN_RP_ID
    return configured or request.get_host().rsplit(":", 1)[0].strip("[]")


class Helper(WebAuthnHelper):  # type: ignore[misc]
    def get_allowed_origins(self) -> list[str]:
        configured: list[str] = settings.WEBAUTHN_ORIGINS
        if configured:
            return configured
        return [f"{self.request.scheme}://{self.request.get_host()}"]


class BeginRegistration(library.BeginCredentialRegistrationView):  # type: ignore[misc]
    pass


class CompleteRegistration(library.CompleteCredentialRegistrationView):  # type: ignore[misc]
    def post(self, *args: Any, **kwargs: Any) -> JsonResponse:
        response: JsonResponse = super().post(*args, **kwargs)
        credential = WebAuthnCredential.objects.get(pk=int(_json(response)["id"]))
        factors.record_passkey_enrolled(credential, actor=self.request.user)
        return response


class BeginAuthentication(library.BeginCredentialAuthenticationView):  # type: ignore[misc]
    pass


class CompleteAuthentication(library.CompleteCredentialAuthenticationView):  # type: ignore[misc]
    """The second step with a passkey, or the second half of confirming it is you."""

    def _purpose(self) -> str:
        return "reauth" if password_recently_confirmed(self.request) else "sign_in"

    def complete_auth(self, device: Any) -> None:
        request = self.request
        if device.user_id != request.user.pk:
            raise exceptions.CredentialUserMismatch()
        if self._purpose() == "reauth":
            request.session.pop(REAUTH_CONFIRMED_AT, None)
            enter_sudo_mode(request)
            factors.record_passkey_check(request.user, purpose="reauth", ok=True)
            return
        request.session.cycle_key()
        super().complete_auth(device)
        factors.record_passkey_check(request.user, purpose="sign_in", ok=True)

    def handle_exception(self, exc: Exception) -> Any:
        if isinstance(exc, exceptions.OTPWebAuthnApiError) and self.request.user.is_authenticated:
            factors.record_passkey_check(
                self.request.user, purpose=self._purpose(), ok=False, detail=exc.code
            )
        return super().handle_exception(exc)


def _json(response: JsonResponse) -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads(response.content)
    return data
