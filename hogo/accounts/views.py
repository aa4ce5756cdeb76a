from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hogo.accounts import actions
from hogo.accounts.forms import AccountCreateForm, AccountEditForm, ReauthForm, TokenForm
from hogo.accounts.models import ApiToken, Role, User
from hogo.accounts.sudo import enter_sudo_mode, sudo_required
from hogo.audit.log import record
from hogo.front.decorators import AuthedRequest, role_required
from hogo.front.forms import apply_errors


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    pass


@role_required(Role.ADMINISTRATOR)
def account_list(request: AuthedRequest) -> HttpResponse:
    users = User.objects.prefetch_related("compartments").order_by("username")
    return render(request, "accounts/list.html", {"users": users})


@role_required(Role.ADMINISTRATOR)
@sudo_required
def account_create(request: AuthedRequest) -> HttpResponse:
    form = AccountCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = actions.create_account(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Account %(name)s created.") % {"name": user.username})
            return redirect("accounts:list")
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
            actions.update_account(user, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Account %(name)s updated.") % {"name": user.username})
            return redirect("accounts:list")
    return render(
        request, "accounts/form.html", {"form": form, "title": user.username, "account": user}
    )


def tokens(request: AuthedRequest) -> HttpResponse:
    """A user's own API tokens: issue one (its secret is shown once), see and revoke them."""
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


def reauth(request: AuthedRequest) -> HttpResponse:
    """Ask for the password again before an action that needs sudo mode."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("front:home")
    form = ReauthForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        confirmed = authenticate(
            request, username=request.user.get_username(), password=form.cleaned_data["password"]
        )
        if confirmed is not None and confirmed.pk == request.user.pk:
            enter_sudo_mode(request)
            record("accounts.reauth", actor=request.user, obj=request.user)
            return redirect(target)
        form.add_error("password", _("That is not your password."))
    return render(request, "accounts/reauth.html", {"form": form, "next": target})
