from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import Compartment, Role


class AccountCreateForm(forms.Form):
    # The username rule itself is create_account's, the same for every way in.
    username = forms.CharField(label=_("username"), max_length=150)
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
    days = forms.IntegerField(label=_("valid for (days)"), min_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        longest: int = settings.API_TOKEN_DAYS
        days = self.fields["days"]
        assert isinstance(days, forms.IntegerField)
        days.initial = longest
        days.max_value = longest
        days.widget.attrs["max"] = str(longest)


class PasswordForm(SetPasswordForm):  # type: ignore[type-arg]
    """The current password, then the new one twice.

    Unlike Django's PasswordChangeForm, the form does not check the current password
    itself: `change_password` does, throttled and audited.
    """

    old_password = forms.CharField(
        label=_("Old password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )
    field_order = ["old_password", "new_password1", "new_password2"]


class EnrolmentCodeForm(forms.Form):
    enrolment_code = forms.CharField(
        label=_("enrolment code"),
        max_length=40,
        help_text=_("The one-time code your administrator gave you with your account."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autofocus": True, "spellcheck": "false"}
        ),
    )


class DecideChangeForm(forms.Form):
    approve = forms.BooleanField(required=False)


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
