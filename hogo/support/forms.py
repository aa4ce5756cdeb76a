"""Forms of the support pages. They check what a person typed and say what is wrong in
words; the actions decide and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from hogo.cases.models import Category
from hogo.people.models import Person
from hogo.support.models import Benefit

DATE_INPUT = forms.DateInput(attrs={"type": "date"})


class BenefitChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        benefit: Benefit = obj
        if get_language() == "ja" and benefit.name_ja:
            return f"{benefit.programme.name_ja or benefit.programme.name} — {benefit.name_ja}"
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


def _persons_choices(persons: list[Person]) -> list[tuple[str, str]]:
    return [(str(p.pk), str(p)) for p in persons]


class HouseholdForm(forms.Form):
    """Who of the case is supported together, and who is paid."""

    payee = forms.TypedChoiceField(label=_("paid to"), coerce=int)
    members = forms.TypedMultipleChoiceField(
        label=_("other members of the household"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    minors = forms.TypedMultipleChoiceField(
        label=_("under 18"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    arrived_on = forms.DateField(label=_("arrival date"), widget=DATE_INPUT, required=False)

    def __init__(self, *args: Any, persons: list[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = _persons_choices(persons)
        for name in ("payee", "members", "minors"):
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = choices

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        payee, minors = data.get("payee"), set(data.get("minors") or [])
        if payee is not None and payee in minors:
            self.add_error("minors", _("The person paid must be an adult."))
        stray = minors - set(data.get("members") or [])
        if stray:
            self.add_error("minors", _("Only members of the household can be marked under 18."))
        return data


class EntitlementForm(forms.Form):
    benefit = BenefitChoice(
        label=_("benefit"),
        queryset=Benefit.objects.select_related("programme").order_by("programme__code", "code"),
    )
    decided_on = forms.DateField(label=_("decided on"), widget=DATE_INPUT)
    extension_months = forms.IntegerField(
        label=_("extension granted (months)"), min_value=0, max_value=120, initial=0
    )


class OverrideForm(forms.Form):
    person = forms.TypedChoiceField(label=_("person"), coerce=int)
    reason = forms.CharField(
        label=_("reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=20,
        help_text=_("What was seen, where and by whom: a second supervisor decides on it."),
        error_messages={
            "min_length": _("Document the override: at least 20 characters of reason.")
        },
    )

    def __init__(self, *args: Any, persons: list[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = _persons_choices(persons)


class StatusReportForm(forms.Form):
    year = forms.IntegerField(
        label=pgettext_lazy("calendar year", "year"), min_value=2003, max_value=2100
    )
    received_on = forms.DateField(label=_("received on"), widget=DATE_INPUT)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        year, received = data.get("year"), data.get("received_on")
        if year is not None and received is not None and received.year < year:
            self.add_error("received_on", _("A year's report cannot be received before the year."))
        return data


class TaskDoneForm(forms.Form):
    done_on = forms.DateField(label=_("done on"), widget=DATE_INPUT)
