from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import Compartment, Role


class AccountCreateForm(forms.Form):
    username = forms.SlugField(label=_("username"), max_length=150)
    full_name = forms.CharField(label=_("full name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("role"), choices=Role.choices)
    compartments = forms.ModelMultipleChoiceField(
        label=_("compartments"), queryset=Compartment.objects.all(), required=False
    )
    password = forms.CharField(label=_("password"), widget=forms.PasswordInput, strip=False)


class AccountEditForm(forms.Form):
    role = forms.ChoiceField(label=_("role"), choices=Role.choices)
    is_active = forms.BooleanField(label=_("active"), required=False)
    compartments = forms.ModelMultipleChoiceField(
        label=_("compartments"), queryset=Compartment.objects.all(), required=False
    )


class TokenForm(forms.Form):
    label = forms.CharField(label=_("name"), max_length=100)
    days = forms.IntegerField(label=_("valid for (days)"), min_value=1, max_value=365, initial=30)


class ReauthForm(forms.Form):
    password = forms.CharField(label=_("password"), widget=forms.PasswordInput, strip=False)
    code = forms.CharField(
        label=_("code from your authenticator app, or a recovery code"),
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
        help_text=_("Leave it empty to confirm with a passkey instead."),
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("code shown by the app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
