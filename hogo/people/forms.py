from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo.people.models import NameKind, Person, RelationKind, Sex
from hogo.people.picker import person_field


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
    to_person = person_field(_("of"))


def with_birth_date(person: Person) -> str:
    born = person.birth_date_display or "?"
    return f"#{person.pk} {person} ({born})"


class MergeForm(forms.Form):
    duplicate = person_field(
        _("duplicate record"),
        help_text=_("Its names, cases, relationships and registry decisions move to this person."),
    )
    reason = forms.CharField(
        label=_("reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
