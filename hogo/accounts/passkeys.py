"""Passkeys (WebAuthn) as a second factor, through django-otp-webauthn.

The library's views do the ceremonies; hogo's versions of them add the audit
entries, and a passkey check made to confirm a sensitive action opens sudo mode
instead of signing in.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext_lazy as _
from django_otp_webauthn import exceptions
from django_otp_webauthn import views as library
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential

from hogo.accounts import factors
from hogo.accounts.models import User
from hogo.accounts.sudo import (
    FIRST_PASSKEY_ENROLLED,
    REAUTH_CONFIRMED_AT,
    enrolment_open,
    enter_sudo_mode,
    in_sudo_mode,
    password_recently_confirmed,
)


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


class SudoRequired(exceptions.OTPWebAuthnApiError):  # type: ignore[misc]
    status_code = 403
    default_code = "sudo_required"
    default_detail = _("Confirm it is you (password and second factor) before adding a passkey.")


class EnrolmentCodeRequired(exceptions.OTPWebAuthnApiError):  # type: ignore[misc]
    status_code = 403
    default_code = "enrolment_code_required"
    default_detail = _("Type your enrolment code before setting up your first passkey.")


class RegistrationRules:
    """A first passkey needs the owner's enrolment code; one more needs sudo mode."""

    request: HttpRequest

    def check_can_register(self) -> None:
        user = self.request.user
        if isinstance(user, User) and factors.has_factor(user):
            if not in_sudo_mode(self.request):
                raise SudoRequired()
        elif not enrolment_open(self.request):
            raise EnrolmentCodeRequired()


class BeginRegistration(
    RegistrationRules,
    library.BeginCredentialRegistrationView,  # type: ignore[misc]
):
    pass


class CompleteRegistration(
    RegistrationRules,
    library.CompleteCredentialRegistrationView,  # type: ignore[misc]
):
    def post(self, *args: Any, **kwargs: Any) -> JsonResponse:
        user = self.request.user
        assert isinstance(user, User)  # the library refuses anonymous registrations
        first = not factors.has_factor(user)
        response: JsonResponse = super().post(*args, **kwargs)
        credential = WebAuthnCredential.objects.get(pk=int(_json(response)["id"]))
        factors.record_passkey_enrolled(credential, actor=user)
        if first:
            self.request.session[FIRST_PASSKEY_ENROLLED] = True
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
