from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo.cases.models import Category
from hogo.stats.models import Method
from hogo.stats.tables import TABLES

DATE_INPUT = forms.DateInput(attrs={"type": "date"})


class PublishForm(forms.Form):
    table = forms.ChoiceField(
        label=_("table"), choices=[(name, t.title) for name, t in TABLES.items()]
    )
    start = forms.DateField(label=_("from (a quarter's first day)"), widget=DATE_INPUT)
    end = forms.DateField(label=_("to (a quarter's last day)"), widget=DATE_INPUT)
    method = forms.ChoiceField(label=_("protection"), choices=Method.choices)
    epsilon = forms.FloatField(
        label=_("privacy-loss parameter ε (differential privacy only)"),
        required=False,
        min_value=0.001,
        max_value=10,
    )


class DashboardFilterForm(forms.Form):
    compartment: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("compartment"), queryset=None, required=False, empty_label=_("all my compartments")
    )
    category = forms.ChoiceField(
        label=_("category"), choices=[("", _("any category")), *Category.choices], required=False
    )
    start = forms.DateField(label=_("opened from"), widget=DATE_INPUT, required=False)
    end = forms.DateField(label=_("opened until"), widget=DATE_INPUT, required=False)

    def __init__(self, *args: Any, compartments: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["compartment"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = compartments
