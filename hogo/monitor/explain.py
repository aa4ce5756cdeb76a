"""An alert's evidence told in the reader's language.

The scorer (``hogo.monitor.scoring``) keeps, with each point of evidence, the facts
it weighed (``params``): a custodian or a category as its code, an age, a year. A
page turns them into a sentence here, with every code shown by its label. Alerts
stored before the facts were kept show the scorer's English sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from hogo.cases.models import Category, Custodian


def _relation(value: str) -> str:
    words = {
        "husband": pgettext("family relation", "husband"),
        "wife": pgettext("family relation", "wife"),
        "spouse": pgettext("family relation", "spouse"),
        "child": pgettext("family relation", "child"),
        "parent": pgettext("family relation", "parent"),
        "sibling": pgettext("family relation", "sibling"),
    }
    return words.get(value, value)


def _category(value: str) -> str:
    return str(Category(value).label) if value in Category.values else value


def _custodian(value: str) -> str:
    return str(Custodian(value).label) if value in Custodian.values else value


def _name(p: Mapping[str, str]) -> str:
    return _("name on the case: %(name)s") % {"name": p["name"]}


def _member_name(p: Mapping[str, str]) -> str:
    return _("name of a family member on the case (%(relation)s): %(name)s") % {
        "relation": _relation(p["relation"]),
        "name": p["name"],
    }


def _age(p: Mapping[str, str]) -> str:
    if p.get("when") == "publication":
        text = _("stated age %(age)s fits birth year %(born)s on publication (%(on)s)")
    else:
        text = _("stated age %(age)s fits birth year %(born)s on the case's latest date (%(on)s)")
    return text % {"age": p["age"], "born": p["born"], "on": p["on"]}


def _age_conflict(p: Mapping[str, str]) -> str:
    return _("stated age %(age)s does not fit birth year %(born)s") % {
        "age": p["age"],
        "born": p["born"],
    }


def _broker(p: Mapping[str, str]) -> str:
    if p.get("refused"):
        return _("a broker's demand is on the timeline, and it was refused")
    return _("a broker's demand is on the timeline")


EXPLAINERS: dict[str, Callable[[Mapping[str, str]], str]] = {
    "name": _name,
    "member_name": _member_name,
    "family_name": lambda p: (
        _("family name on the case, the given name not stated: %(name)s") % {"name": p["name"]}
    ),
    "name_conflict": lambda p: (
        _("the article names %(name)s, who is no one on the case") % {"name": p["name"]}
    ),
    "age": _age,
    "age_conflict": _age_conflict,
    "departure_year": lambda p: _("left for North Korea in %(year)s") % {"year": p["year"]},
    "departure_conflict": lambda p: (
        _("the year of departure in the article is not the case's (%(years)s)")
        % {"years": p["years"]}
    ),
    "home_region": lambda p: (
        _("the home region fits the birthplace, %(birthplace)s") % {"birthplace": p["birthplace"]}
    ),
    "home_conflict": lambda p: (
        _("the home region in the article does not fit the birthplace, %(birthplace)s")
        % {"birthplace": p["birthplace"]}
    ),
    "custody_place": lambda p: _("held or seen in %(place)s") % {"place": p["place"]},
    "custody_country": lambda p: (
        _("held or sheltered in the country on the timeline: %(country)s")
        % {"country": p["country"]}
    ),
    "residence": lambda p: _("lives now in %(place)s, as the case records") % {"place": p["place"]},
    "custodian": lambda p: (
        _("who held the person, as on the timeline: %(custodian)s")
        % {"custodian": _custodian(p["custodian"])}
    ),
    "broker": _broker,
    "month": lambda p: (
        _("an entry on the timeline in month %(month)s of the year before %(on)s")
        % {"month": p["month"], "on": p["on"]}
    ),
    "relation": lambda p: (
        _("family on the case: %(relation)s") % {"relation": _relation(p["relation"])}
    ),
    "category": lambda p: _("category: %(category)s") % {"category": _category(p["category"])},
    "category_conflict": lambda p: (
        (
            _(
                "the article describes a Japanese spouse's child; "
                "the case's category is %(category)s"
            )
            if "child" in p.get("said", "")
            else _("the article describes a Japanese spouse; the case's category is %(category)s")
        )
        % {"category": _category(p["category"])}
    ),
    "sex_conflict": lambda p: _("the sex differs from the case's"),
}


def explain(item: Mapping[str, Any]) -> str:
    """One stored point of evidence (``Alert.evidence``) as a sentence."""
    rule = str(item.get("rule", ""))
    explainer = EXPLAINERS.get(rule)
    params = item.get("params")
    if explainer is not None and (isinstance(params, dict) or rule == "sex_conflict"):
        try:
            return explainer(params or {})
        except KeyError:
            pass
    return str(item.get("detail", ""))


def explained(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence of an alert, each point with its ``text`` in the reader's language."""
    return [{**item, "text": explain(item)} for item in evidence]
