"""Forms of the support pages. They check what a person typed and say what is wrong in
words; the actions decide and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo.cases.models import Category
from hogo.support.models import Benefit

DATE_INPUT = forms.DateInput(attrs={"type": "date"})


class BenefitChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        benefit: Benefit = obj
        return f"{benefit.programme.name} — {benefit.name}"


class WhatIfForm(forms.Form):
    benefit = BenefitChoice(
        label=_("benefit"),
        queryset=Benefit.objects.select_related("programme").order_by("programme__code", "code"),
    )
    categories = forms.MultipleChoiceField(
        label=_("cases of these categories"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one category of cases.")},
    )
    decided_on = forms.DateField(
        label=_("decided on"),
        widget=DATE_INPUT,
        help_text=_("Every household is costed as if decided on this day."),
    )
