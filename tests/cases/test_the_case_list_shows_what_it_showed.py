"""The case list, made cheaper to render, shows what it showed.

cases/list.html writes the filter form's markup itself instead of rendering a
template per widget, option and label, and its rows from values read for them
(`selectors.case_rows`) instead of from the models (docs/benchmarks.md,
"Concurrent audited reads"). These tests render the form and the rows as they
were rendered before and compare the HTML, whatever was chosen or typed, in
every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.template import Context, Template
from django.test import Client
from django.test.html import parse_html
from django.urls import reverse
from django.utils import translation

from hogo.accounts.models import Compartment, User
from hogo.cases import actions as case_actions
from hogo.cases.forms import CaseFilterForm
from hogo.cases.models import Case, Category
from hogo.cases.selectors import search_cases
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind

ClientFor = Callable[[User | None], Client]

# How the list rendered its form before: through Django's widget templates.
AS_DJANGO_WRITES_IT = Template(
    "{% for field in form.hidden_fields %}{{ field }}{% endfor %}"
    '{% for field in form.visible_fields %}<div class="field">{{ field.label_tag }}{{ field }}'
    "</div>{% endfor %}"
)


# How the list rendered its rows before: from the models.
ROWS_FROM_MODELS = Template(
    """{% load i18n %}{% for case in page %}
      <tr>
        <td><a href="{% url 'cases:detail' case.pk %}">{{ case.reference }}</a></td>
        <td>{% for name in case.person.names.all %}{% if forloop.counter <= 3 %}<span class="name">{{ name.full }}</span>{% if not forloop.last and forloop.counter < 3 %} · {% endif %}{% endif %}{% endfor %}</td>
        <td><span class="status">{{ case.get_status_display }}</span></td>
        <td>{{ case.get_category_display }}</td>
        <td>{{ case.get_priority_display }}</td>
        <td>{{ case.officer|default:"—" }}</td>
        <td><time datetime="{{ case.last_activity|date:'c' }}">{{ case.last_activity|date:"Y-m-d" }}</time></td>
      </tr>
    {% empty %}
      <tr><td colspan="7" class="muted">{% translate "No case matches." %}</td></tr>
    {% endfor %}"""  # noqa: E501
)


def _rows(html: str) -> str:
    match = re.search(r"<tbody>(.*?)</tbody>", html, re.S)
    assert match is not None
    return match.group(1)


def _filters(html: str) -> str:
    match = re.search(r'<form method="get" class="filters"[^>]*>(.*?)<button', html, re.S)
    assert match is not None
    return match.group(1)


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "kim"},
        {"q": '"><script>alert(1)</script>', "sort": "oldest_activity"},
        {"status": "reported", "category": "descendant", "sort": "-reference"},
        {"status": "nonsense", "officer": "x", "ids": "1;DROP"},
        {"q": "x" * 101},
        {"ids": "1,2"},
        {"officer": "OFFICER"},
    ],
)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_filter_form_is_written_as_djangos_widgets_write_it(
    query: dict[str, Any],
    language: str,
    case: Case,
    caseworker: User,
    teammate: User,
    client_for: ClientFor,
) -> None:
    query = {k: str(caseworker.pk) if v == "OFFICER" else v for k, v in query.items()}
    client = client_for(caseworker)
    client.cookies["django_language"] = language
    page = client.get(reverse("cases:list"), query, HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    with translation.override(language):
        expected = AS_DJANGO_WRITES_IT.render(Context({"form": CaseFilterForm(query or None)}))
    written = _filters(page.content.decode())
    assert parse_html(written) == parse_html(expected)
    assert "<script>" not in written


def test_the_chosen_officer_is_selected(
    case: Case, caseworker: User, teammate: User, client_for: ClientFor
) -> None:
    page = client_for(caseworker).get(reverse("cases:list"), {"officer": teammate.pk})
    assert f'<option value="{teammate.pk}" selected>' in page.content.decode()


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
@pytest.mark.parametrize("query", [{}, {"q": "kim"}, {"q": "nobody at all"}, {"sort": "status"}])
def test_the_rows_are_written_as_the_models_wrote_them(
    query: dict[str, Any],
    language: str,
    case: Case,
    caseworker: User,
    supervisor: User,
    east: Compartment,
    settings: Any,
    client_for: ClientFor,
) -> None:
    settings.TIME_ZONE = "Asia/Tokyo"  # the day shown is the local one, as before
    caseworker.first_name, caseworker.last_name = "Aiko", "Sato"
    caseworker.save()
    one_name = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "", "Kim")])
    unassigned = case_actions.create_case(
        actor=caseworker,
        person=one_name,
        category=Category.OTHER,
        compartment=east,
        priority=1,
        summary="",
    )
    Case.objects.filter(pk=unassigned.pk).update(officer=None)
    client = client_for(supervisor)
    client.cookies["django_language"] = language
    page = client.get(reverse("cases:list"), query, HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    with translation.override(language):
        cases = search_cases(supervisor, query=query.get("q", ""), order=query.get("sort", ""))
        expected = ROWS_FROM_MODELS.render(Context({"page": list(cases)}))
    assert parse_html(_rows(page.content.decode())) == parse_html(expected)
    assert case.reference in expected or query.get("q") == "nobody at all"
