from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from hogo import access
from hogo.accounts.models import Role, User
from hogo.cases.actions import EVENT_FIELDS
from hogo.cases.models import Case, Category, Event, EventKind, Priority, ScreeningResult
from hogo.cases.workflow import Status, allowed_targets
from hogo.lib import countries
from hogo.lib.dates import DateParseError, PartialDate, parse_date
from hogo.people.picker import person_field

DATE_INPUT = forms.DateInput(attrs={"type": "date"})


class CaseFilterForm(forms.Form):
    # The cases behind a dashboard figure, exactly: still narrowed to what the user may see.
    ids = forms.RegexField(regex=r"^\d+(,\d+)*$", required=False, widget=forms.HiddenInput)
    q = forms.CharField(label=_("name, reference or place"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("status"), choices=[("", _("any status")), *Status.choices], required=False
    )
    category = forms.ChoiceField(
        label=_("category"), choices=[("", _("any category")), *Category.choices], required=False
    )
    officer: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("officer"),
        queryset=User.objects.filter(role=Role.CASEWORKER),
        required=False,
        empty_label=_("any officer"),
    )
    sort = forms.ChoiceField(
        label=_("order"),
        required=False,
        choices=[
            ("", _("priority, then reference")),
            ("last_activity", _("latest activity first")),
            ("oldest_activity", _("longest without activity first")),
            ("reference", _("reference")),
            ("-reference", _("reference, newest first")),
            ("opened", _("opened, newest first")),
            ("status", _("status")),
        ],
    )

    # The case list writes these fields' markup itself (cases/list.html) rather than
    # through Django's widget templates: one template per option and label was about a
    # tenth of the list's time. tests/cases/test_case_list_filters.py checks that the
    # markup is what the widgets would render.
    SELECTS = ("status", "category", "officer", "sort")

    def selects(self) -> list[tuple[forms.BoundField, list[tuple[str, str, bool]]]]:
        """Each select of the form with its options: (value, label, selected)."""
        return [(self[name], self.options(name)) for name in self.SELECTS]

    def options(self, name: str) -> list[tuple[str, str, bool]]:
        """A select's options as Django's Select widget writes them, the chosen one marked."""
        return select_options(self[name])


def select_options(bound: forms.BoundField) -> list[tuple[str, str, bool]]:
    """A select's options as Django's Select widget writes them: (value, label, selected)."""
    chosen = bound.value()
    chosen = "" if chosen is None else str(chosen)
    # A ModelChoiceField's query runs here, as when its widget listed the options.
    choices: Iterable[tuple[object, object]] = getattr(bound.field, "choices", ())
    return [(str(value), str(label), str(value) == chosen) for value, label in choices]


class CaseCreateForm(forms.Form):
    person = person_field(_("protected person"))
    category = forms.ChoiceField(label=_("category"), choices=Category.choices)
    compartment: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("compartment"), queryset=None
    )
    priority = forms.TypedChoiceField(
        label=_("priority"), choices=Priority.choices, coerce=int, initial=Priority.NORMAL
    )
    summary = forms.CharField(
        label=_("summary"), widget=forms.Textarea, required=False, max_length=4000
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["compartment"].queryset = access.compartments_for_new_case(user)  # type: ignore[attr-defined]


class CaseEditForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    category = forms.ChoiceField(label=_("category"), choices=Category.choices)
    priority = forms.TypedChoiceField(label=_("priority"), choices=Priority.choices, coerce=int)
    summary = forms.CharField(
        label=_("summary"), widget=forms.Textarea, required=False, max_length=4000
    )
    officer: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("assigned officer"), queryset=None, required=False
    )

    def __init__(self, *args: Any, case: Case, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if access.can_manage_case(user, case):
            self.fields["officer"].queryset = User.objects.filter(  # type: ignore[attr-defined]
                role=Role.CASEWORKER, is_active=True, compartments=case.compartment
            )
        else:
            del self.fields["officer"]


class TransitionForm(forms.Form):
    """The case page's "move the case" form.

    cases/detail.html writes its markup itself, as the case list writes its filters:
    Django's widget templates (one per widget, option and attribute list) were about a
    twentieth of a case page's CPU. tests/cases/test_the_case_page_shows_what_it_showed.py
    checks that the markup is what form_fields.html and the widgets would write."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    to = forms.ChoiceField(
        label=_("new status"),
        error_messages={
            "invalid_choice": _(
                "The case cannot move to that status from the status it has now: it may have "
                "been moved meanwhile. Reload the page and choose again."
            )
        },
    )
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Nothing is chosen for the user: a status sent by a slip of the form is a
        # change of the case, so the list starts blank and one must be picked.
        self.fields["to"].choices = [  # type: ignore[attr-defined]
            ("", _("choose the new status")),
            *(
                (status.value, status.label)
                for status in allowed_targets(case.status, held_from=case.held_from)
            ),
        ]

    def status_options(self) -> list[tuple[str, str, bool]]:
        return select_options(self["to"])


class PartialDateField(forms.CharField):
    """A date as far as it is known: a day, a month ("2002-11", "November 2002",
    "2002年11月") or a year. Cleans to a PartialDate."""

    def clean(self, value: Any) -> PartialDate | None:
        text = super().clean(value)
        if not text:
            return None
        try:
            return parse_date(text)
        except DateParseError:
            raise forms.ValidationError(
                _(
                    "Write a date such as 2002-11-05, a month such as 2002-11 or "
                    "November 2002, or a year such as 2002."
                ),
                code="invalid",
            ) from None


class CountryInput(forms.TextInput):
    """A text box with the countries, in the reader's language, to pick from as one types."""

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        list_id = f"{name}-countries"
        attrs = {**(attrs or {}), "list": list_id, "autocomplete": "off"}
        shown = value
        if isinstance(value, str) and value.upper() in countries.codes():
            shown = countries.listing_entry(value, get_language() or "en")
        box = super().render(name, shown, attrs, renderer)
        options = format_html_join(
            "",
            '<option value="{}"></option>',
            ((entry,) for _code, entry in countries.listing(get_language() or "en")),
        )
        return format_html('{}<datalist id="{}">{}</datalist>', box, list_id, options)


class CountryField(forms.CharField):
    """A country typed or picked as the user knows it ("cn", "China", "中国"); cleans to
    its ISO code."""

    widget = CountryInput

    def clean(self, value: Any) -> str:
        text = super().clean(value)
        if not text:
            return ""
        code = countries.resolve_country(text)
        if code is None:
            raise forms.ValidationError(
                _("%(text)s is not a country this system knows. Pick one from the list.")
                % {"text": text},
                code="invalid",
            )
        return code


class EventForm(forms.ModelForm[Event]):
    occurred_on = PartialDateField(
        label=_("date"),
        max_length=40,
        help_text=_("A month (2002-11) or a year (2002) when the day is not known."),
    )
    field_order = ["occurred_on"]

    class Meta:
        model = Event
        fields: list[str] = []
        widgets = {"text": forms.Textarea(attrs={"rows": 3}), "follow_up_on": DATE_INPUT}


def event_form_class(kind: str) -> type[EventForm]:
    allowed, required = EVENT_FIELDS[kind]

    class KindForm(EventForm):
        class Meta(EventForm.Meta):
            fields = list(allowed)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if "country" in self.fields:
                self.fields["country"] = CountryField(
                    label=_("country"),
                    max_length=100,
                    help_text=_("Type a name in English or Japanese, or the code (CN)."),
                )
            for name in required:
                self.fields[name].required = True
            if "text" in self.fields and kind != EventKind.NOTE:
                self.fields["text"].label = _("notes")

    return KindForm


class DocumentForm(forms.Form):
    occurred_on = forms.DateField(label=_("date"), widget=DATE_INPUT)
    file = forms.FileField(label=_("file"))
    text = forms.CharField(label=_("description"), required=False, max_length=2000)


class MemberForm(forms.Form):
    person = person_field(_("person"))
    relation = forms.CharField(label=_("relation to the protected person"), max_length=100)


class ShareForm(forms.Form):
    user: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label=_("caseworker"), queryset=None)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the compartment's own caseworkers: anyone else needs an approved request.
        colleagues = access.colleagues_to_share_with(case).exclude(pk=case.officer_id or 0)
        self.fields["user"].queryset = colleagues  # type: ignore[attr-defined]


class ScreeningForm(forms.Form):
    result = forms.ChoiceField(label=_("result"), choices=ScreeningResult.choices)
    findings = forms.CharField(
        label=_("findings"), widget=forms.Textarea, required=False, max_length=10000
    )
