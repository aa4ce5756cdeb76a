from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hogo.accounts.models import Compartment, User
from hogo.approvals.models import ExportFormat

REASON_WIDGET = forms.Textarea(attrs={"rows": 3})


class AccessRequestForm(forms.Form):
    compartment: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("compartment"), queryset=Compartment.objects.none()
    )
    case_reference = forms.CharField(
        label=_("case reference"),
        max_length=20,
        required=False,
        help_text=_("Leave empty to ask for the whole compartment."),
    )
    reason = forms.CharField(label=_("reason"), max_length=2000, widget=REASON_WIDGET)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        others = Compartment.objects.exclude(pk__in=user.compartments.values("pk"))
        self.fields["compartment"].queryset = others  # type: ignore[attr-defined]


class ExportRequestForm(forms.Form):
    compartment: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("compartment"), queryset=Compartment.objects.none()
    )
    export_format = forms.ChoiceField(
        label=_("format"), choices=ExportFormat.choices, initial=ExportFormat.XLSX
    )
    reason = forms.CharField(label=_("reason"), max_length=2000, widget=REASON_WIDGET)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["compartment"].queryset = user.compartments.all()  # type: ignore[attr-defined]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("decision"),
        choices=[("approve", _("approve")), ("refuse", _("refuse"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("reason"),
        max_length=2000,
        required=False,
        widget=REASON_WIDGET,
        help_text=_("Required when refusing."),
    )


class BreakGlassForm(forms.Form):
    reference = forms.CharField(label=_("case reference"), max_length=20)
    reason = forms.CharField(
        label=_("reason for the emergency"),
        max_length=2000,
        widget=REASON_WIDGET,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = _(
            "At least %(n)d characters. The compartment's supervisors are told at once."
        ) % {"n": settings.BREAK_GLASS_REASON_MIN}


class RevokeEmergencyForm(forms.Form):
    reason = forms.CharField(label=_("reason for ending it"), max_length=2000)
