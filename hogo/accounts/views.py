from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import authenticate, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo.accounts import actions, factors
from hogo.accounts.forms import (
    AccountCreateForm,
    AccountEditForm,
    CodeForm,
    DecideChangeForm,
    EnrolForm,
    EnrolmentCodeForm,
    PasswordForm,
    ReauthForm,
    TokenForm,
)
from hogo.accounts.models import (
    AccountChange,
    ApiToken,
    ChangeDecision,
    RecoveryCodeDevice,
    Role,
    User,
)
from hogo.accounts.sudo import (
    FIRST_PASSKEY_ENROLLED,
    REAUTH_CONFIRMED_AT,
    enrolment_open,
    enter_sudo_mode,
    in_sudo_mode,
    open_enrolment,
    sudo_required,
)
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    pass


def _pending() -> Any:
    return AccountChange.objects.filter(decision=ChangeDecision.PENDING).select_related(
        "user", "proposed_by"
    )


@role_required(Role.ADMINISTRATOR)
def account_list(request: AuthedRequest) -> HttpResponse:
    users = User.objects.prefetch_related("compartments").order_by("username")
    pending = _pending().prefetch_related("compartments")
    return render(request, "accounts/list.html", {"users": users, "pending": pending})


def _show_enrolment_code(
    request: AuthedRequest, user: User, code: str, expires_at: Any
) -> HttpResponse:
    """The one-time code, shown once to the administrator, who hands it to the owner."""
    return render(
        request,
        "accounts/enrolment_code.html",
        {"account": user, "code": code, "expires_at": expires_at},
    )


@role_required(Role.ADMINISTRATOR)
@sudo_required
def account_create(request: AuthedRequest) -> HttpResponse:
    form = AccountCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["first_name"] = data.pop("full_name")
        try:
            new = actions.create_account(actor=request.user, **data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if new.enrolment_code is None:
                messages.success(
                    request,
                    _(
                        "Account %(name)s created. It reads case contents or administers: "
                        "it opens when another administrator approves it, who then receives "
                        "its enrolment code."
                    )
                    % {"name": new.user.username},
                )
                return redirect("accounts:list")
            return _show_enrolment_code(
                request, new.user, new.enrolment_code, new.enrolment_code_expires_at
            )
    return render(request, "accounts/form.html", {"form": form, "title": _("New account")})


@role_required(Role.ADMINISTRATOR)
@sudo_required
def account_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    user = User.objects.filter(pk=pk).first()
    if user is None:
        raise Http404
    initial = {
        "role": user.role,
        "is_active": user.is_active,
        "compartments": user.compartments.all(),
    }
    form = AccountEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            change = actions.update_account(user, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if change is None:
                text = _("Account %(name)s updated.")
            else:
                text = _(
                    "The change to %(name)s needs a second administrator: "
                    "it takes effect when another one approves it."
                )
            messages.success(request, text % {"name": user.username})
            return redirect("accounts:list")
    pending = _pending().filter(user=user).prefetch_related("compartments")
    return render(
        request,
        "accounts/form.html",
        {"form": form, "title": user.username, "account": user, "pending": pending},
    )


@role_required(Role.ADMINISTRATOR)
@require_POST
@sudo_required
def decide_change(request: AuthedRequest, pk: int) -> HttpResponse:
    """A second administrator approves or refuses a proposed change; its proposer may
    only withdraw it."""
    change = AccountChange.objects.filter(pk=pk).select_related("user").first()
    if change is None:
        raise Http404
    form = DecideChangeForm(request.POST)
    approve = form.is_valid() and bool(form.cleaned_data["approve"])
    try:
        decided = actions.decide_account_change(change, actor=request.user, approve=approve)
    except (ValidationError, PermissionDenied) as error:
        texts = error.messages if isinstance(error, ValidationError) else [str(error)]
        for text in texts:
            messages.error(request, text)
        return redirect("accounts:list")
    if decided.enrolment_code is not None and decided.enrolment_code_expires_at is not None:
        return _show_enrolment_code(
            request, change.user, decided.enrolment_code, decided.enrolment_code_expires_at
        )
    done = _("Approved: the change to %(name)s applies now.") if approve else _("Not applied.")
    messages.success(request, done % {"name": change.user.username})
    return redirect("accounts:list")


def tokens(request: AuthedRequest) -> HttpResponse:
    """A user's own API tokens: issue one (its secret is shown once), see and revoke them.

    Issuing one asks for the password and a second factor again: a token outlives the
    session, so a stolen session must not be able to mint one."""
    if request.method == "POST" and not in_sudo_mode(request):
        query = urlencode({"next": reverse("accounts:tokens")})
        return redirect(f"{reverse('accounts:reauth')}?{query}")
    form = TokenForm(request.POST or None)
    secret = ""
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = actions.issue_token(
                actor=request.user, label=form.cleaned_data["label"], days=form.cleaned_data["days"]
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            form = TokenForm()
    mine = ApiToken.objects.filter(user=request.user)
    return render(request, "accounts/tokens.html", {"form": form, "tokens": mine, "secret": secret})


@require_POST
def token_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    token = ApiToken.objects.filter(pk=pk, user=request.user).first()
    if token is None:
        raise Http404
    actions.revoke_token(token, actor=request.user)
    messages.success(request, _("Token revoked."))
    return redirect("accounts:tokens")


def _safe_next(request: HttpRequest, default: str = "front:home") -> str:
    target = request.GET.get("next", "") or request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return reverse(default)
    return target


def reauth(request: AuthedRequest) -> HttpResponse:
    """Ask for the password and a second factor again before an action that needs sudo mode."""
    target = _safe_next(request)
    if request.method == "GET" and in_sudo_mode(request):
        return redirect(target)
    form = ReauthForm(request.POST or None)
    mine = factors.factors_of(request.user)
    if request.method == "POST" and form.is_valid():
        confirmed = authenticate(
            request, username=request.user.get_username(), password=form.cleaned_data["password"]
        )
        code = form.cleaned_data["code"].strip()
        if confirmed is None or confirmed.pk != request.user.pk:
            form.add_error("password", _("That is not your password."))
        elif code:
            check = factors.check_code(request, request.user, code, purpose="reauth")
            if check.device is not None:
                request.session.pop(REAUTH_CONFIRMED_AT, None)
                enter_sudo_mode(request)
                record("accounts.reauth", actor=request.user, obj=request.user)
                return redirect(target)
            form.add_error("code", _throttled_or_wrong(check))
        elif mine.passkeys:
            # The passkey ceremony on the page finishes the confirmation.
            request.session[REAUTH_CONFIRMED_AT] = time.time()
            record(
                "accounts.reauth", actor=request.user, obj=request.user, data={"then": "passkey"}
            )
            return render(
                request, "accounts/reauth_passkey.html", {"next": target, "factors": mine}
            )
        else:
            form.add_error("code", _("Type a code from your authenticator app."))
    return render(request, "accounts/reauth.html", {"form": form, "next": target})


def _throttled_or_wrong(check: factors.Check) -> str:
    if check.throttled:
        return _("Too many wrong codes: wait a little and try again.")
    return _("That code is not right, or was already used.")


def verify(request: AuthedRequest) -> HttpResponse:
    """The second step of signing in: a code, a recovery code or a passkey."""
    target = _safe_next(request)
    if factors.is_verified(request):
        return redirect(target)
    mine = factors.factors_of(request.user)
    if not mine.count:
        return redirect(f"{reverse('accounts:enrol')}?{urlencode({'next': target})}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        check = factors.check_code(
            request, request.user, form.cleaned_data["code"], purpose="sign_in"
        )
        if check.device is not None:
            if isinstance(check.device, RecoveryCodeDevice):
                messages.warning(
                    request,
                    _(
                        "You used a recovery code: %(left)s left. "
                        "Make new ones on your security page."
                    )
                    % {"left": check.device.remaining()},
                )
            return redirect(target)
        form.add_error("code", _throttled_or_wrong(check))
    return render(request, "accounts/verify.html", {"form": form, "next": target, "factors": mine})


def enrol(request: AuthedRequest) -> HttpResponse:
    """Set up an authenticator app: the first factor after the password, or one more.

    A first factor needs the one-time enrolment code the owner was given: the
    password alone enrols nothing. One more factor needs sudo mode."""
    verified = factors.is_verified(request)
    first = not factors.has_factor(request.user)
    if not verified and not first:
        # Adding a factor needs one already passed in this session.
        return redirect(
            f"{reverse('accounts:verify')}?{urlencode({'next': request.get_full_path()})}"
        )
    target = _safe_next(request)
    first_passkey = request.session.pop(FIRST_PASSKEY_ENROLLED, False)
    if verified and first_passkey and factors.factors_of(request.user).recovery is None:
        # A first passkey was just registered: recovery codes come next.
        return _show_new_recovery_codes(request, target)
    if not first and not in_sudo_mode(request):
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('accounts:reauth')}?{query}")
    if first and not enrolment_open(request):
        return _enrolment_code_step(request, target)
    device = factors.pending_totp(request.user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        confirmed = factors.confirm_totp(device, form.cleaned_data["code"], actor=request.user)
        if confirmed is not None:
            factors.mark_verified(request, confirmed)
            if factors.factors_of(request.user).recovery is None:
                return _show_new_recovery_codes(request, target)
            messages.success(request, _("Authenticator app added."))
            return redirect("accounts:security")
        form.add_error(
            "code", _("That code is not right: check the time on your phone and try again.")
        )
    uri = factors.totp_uri(device)
    return render(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": target,
            "first": first,
            "secret": factors.totp_secret(device),
            "qr": mark_safe(factors.qr_svg(uri)),  # noqa: S308 - drawn by segno from our own URI
        },
    )


def _enrolment_code_step(request: AuthedRequest, target: str) -> HttpResponse:
    """Before a first factor: the one-time code that proves this is the account's owner."""
    form = EnrolmentCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if actions.redeem_enrolment_code(request.user, form.cleaned_data["enrolment_code"]):
            open_enrolment(request)
            return redirect(f"{reverse('accounts:enrol')}?{urlencode({'next': target})}")
        form.add_error(
            "enrolment_code",
            _(
                "That enrolment code is not right, has expired or was already used. "
                "Ask an administrator for a new one."
            ),
        )
    return render(request, "accounts/enrolment_step.html", {"form": form, "next": target})


def _show_new_recovery_codes(request: AuthedRequest, target: str) -> HttpResponse:
    codes = factors.issue_recovery_codes(actor=request.user)
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": target})


def security(request: AuthedRequest) -> HttpResponse:
    """The user's own factors: see them, add a passkey or an app, remove one, new codes."""
    mine = factors.factors_of(request.user)
    return render(
        request,
        "accounts/security.html",
        {
            "factors": mine,
            "current": factors.session_device_id(request),
            "sudo": in_sudo_mode(request),
        },
    )


def change_password(request: AuthedRequest) -> HttpResponse:
    """The user's own password: the current one, then the new one twice.

    Every other session of the user ends (Django ties sessions to the password's
    hash); this one goes on. Every API token of the user is revoked.
    """
    form = PasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            revoked = actions.change_password(
                actor=request.user,
                old_password=form.cleaned_data["old_password"],
                new_password=form.cleaned_data["new_password1"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            update_session_auth_hash(request, request.user)
            messages.success(request, _("Your password was changed."))
            if revoked:
                messages.info(
                    request,
                    _("Your API tokens were revoked with the old password: issue new ones."),
                )
            return redirect("accounts:security")
    return render(request, "accounts/password.html", {"form": form})


@require_POST
def recovery_codes(request: AuthedRequest) -> HttpResponse:
    """New recovery codes, replacing any earlier ones: a factor, so sudo mode first.

    (A first factor's enrolment shows the first codes itself.)"""
    if not in_sudo_mode(request):
        query = urlencode({"next": reverse("accounts:security")})
        return redirect(f"{reverse('accounts:reauth')}?{query}")
    return _show_new_recovery_codes(request, reverse("accounts:security"))


@require_POST
@sudo_required
def remove_factor(request: AuthedRequest) -> HttpResponse:
    device = factors.device_by_id(request.user, request.POST.get("device", ""))
    if device is None:
        raise Http404
    try:
        factors.remove_factor(device, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, _("Removed."))
    return redirect("accounts:security")


@role_required(Role.ADMINISTRATOR)
@require_POST
@sudo_required
def reset_factors(request: AuthedRequest, pk: int) -> HttpResponse:
    user = User.objects.filter(pk=pk).first()
    if user is None:
        raise Http404
    try:
        reset = factors.reset_factors(user, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect("accounts:edit", pk=user.pk)
    if reset.enrolment_code is None or reset.enrolment_code_expires_at is None:
        messages.success(
            request,
            _(
                "The second factors of %(name)s were reset. The account is inactive: "
                "its enrolment code is given when it is opened again."
            )
            % {"name": user.username},
        )
        return redirect("accounts:edit", pk=user.pk)
    return _show_enrolment_code(
        request, user, reset.enrolment_code, reset.enrolment_code_expires_at
    )
