from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo import access
from hogo.accounts.models import User
from hogo.people.models import NameKind, RelationKind, Sex


class PersonForm(forms.Form):
    sex = forms.ChoiceField(label=_("sex"), choices=Sex.choices, required=False)
    birth_date_text = forms.CharField(
        label=_("birth date as recorded"),
        required=False,
        max_length=64,
        help_text=_("As written: 1935-03-05, 昭和10年3月5日, S10.3.5, 1935-03 or 1935."),
    )
    birthplace = forms.CharField(label=_("birthplace"), required=False, max_length=200)
    nationality_claimed = forms.CharField(
        label=_("nationality as claimed"), required=False, max_length=100
    )


class PersonEditForm(PersonForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class NameForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=NameKind.choices)
    family = forms.CharField(label=_("family name"), required=False, max_length=100)
    given = forms.CharField(label=_("given name"), required=False, max_length=100)

    def has_name(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return bool(data.get("family") or data.get("given"))


class BaseNameFormSet(forms.BaseFormSet[NameForm]):
    def clean(self) -> None:
        super().clean()
        if not any(form.has_name() for form in self.forms if form.is_valid()):
            raise forms.ValidationError(_("Give at least one name."))


NameFormSet = forms.formset_factory(
    NameForm, formset=BaseNameFormSet, extra=0, max_num=12, validate_max=True
)
# One row per kind of name a registry or a claim usually gives; empty rows are ignored.
NAME_KINDS_FIRST = [
    NameKind.LEGAL,
    NameKind.READING,
    NameKind.HANGUL,
    NameKind.ALIAS,
    NameKind.MARRIED,
    NameKind.MAIDEN,
]


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label=_("relationship"), choices=RelationKind.choices)
    to_person: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("of"), queryset=None)

    def __init__(self, *args: Any, user: User, exclude: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_person"].queryset = access.persons_visible_to(user).exclude(pk=exclude)  # type: ignore[attr-defined]


class PersonChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        born = obj.birth_date_display or "?"
        return f"#{obj.pk} {obj} ({born})"


class MergeForm(forms.Form):
    duplicate = PersonChoiceField(
        label=_("duplicate record"),
        queryset=None,
        help_text=_("Its names, cases, relationships and registry decisions move to this person."),
    )
    reason = forms.CharField(
        label=_("reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, user: User, keep: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        candidates = access.persons_visible_to(user).exclude(pk=keep)
        self.fields["duplicate"].queryset = candidates.filter(merged_into__isnull=True)  # type: ignore[attr-defined]
