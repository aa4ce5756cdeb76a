"""The feeds page's forms: what a person types; the actions decide what is allowed."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from hogo.monitor.actions import MAX_EVERY_MINUTES, MIN_EVERY_MINUTES


class FeedSettingsForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    every_minutes = forms.IntegerField(
        label=_("Poll every (minutes)"),
        min_value=MIN_EVERY_MINUTES,
        max_value=MAX_EVERY_MINUTES,
        initial=60,
    )


class FeedForm(FeedSettingsForm):
    # Plain text, not a URL field: the action refuses a wrong address with its reason
    # in words, which a browser's own URL check would pre-empt with less.
    url = forms.CharField(
        label=_("Address"),
        max_length=1000,
        help_text=_(
            "The feed's https:// address. It is checked before it is saved: https only, "
            "no user name or password, and a host on the public internet."
        ),
        widget=forms.TextInput(
            attrs={"inputmode": "url", "autocomplete": "off", "spellcheck": "false"}
        ),
    )

    field_order = ("name", "url", "every_minutes")
