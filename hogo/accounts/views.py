from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

from hogo.accounts import actions
from hogo.accounts.forms import AccountCreateForm, AccountEditForm
from hogo.accounts.models import Role, User
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
