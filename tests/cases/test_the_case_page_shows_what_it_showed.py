"""The case page, made cheaper to render, shows what it showed.

cases/detail.html writes the "move the case" form's markup itself instead of
rendering form_fields.html and a template per widget, option and attribute list
(docs/benchmarks.md, "Concurrent audited reads"). These tests render the form as
it was rendered before and compare the HTML: fresh, and sent back with errors and
hostile values, in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.http import QueryDict
from django.template import Context, Template
from django.test import Client
from django.test.html import parse_html
from django.urls import reverse
from django.utils import translation

from hogo.accounts.models import User
from hogo.cases.forms import TransitionForm
from hogo.cases.models import Case

ClientFor = Callable[[User | None], Client]

# How the case page rendered the form before: through form_fields.html and Django's widgets.
AS_DJANGO_WRITES_IT = Template('{% include "form_fields.html" %}')


def _fields(html: str) -> str:
    match = re.search(
        r'<form method="post" action="[^"]*/transition/">'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]*">(.*?)<button',
        html,
        re.S,
    )
    assert match is not None
    return match.group(1)


def _expected(case: Case, language: str, data: dict[str, str] | None) -> str:
    case.refresh_from_db()
    with translation.override(language):
        if data is None:
            form = TransitionForm(case=case, initial={"version": case.version})
        else:
            form = TransitionForm(QueryDict(mutable=True) | data, case=case)
            assert not form.is_valid()
        return AS_DJANGO_WRITES_IT.render(Context({"form": form}))


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
def test_the_status_form_is_written_as_djangos_widgets_write_it(
    language: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    page = client_for(caseworker).get(
        reverse("cases:detail", kwargs={"pk": case.pk}), HTTP_ACCEPT_LANGUAGE=language
    )
    assert page.status_code == 200
    assert parse_html(_fields(page.content.decode())) == parse_html(_expected(case, language, None))


@pytest.mark.parametrize("language", ["en", "ja", "ko"])
@pytest.mark.parametrize(
    "data",
    [
        {"to": "", "reason": "slip of the hand"},
        {"to": "arrived", "reason": "skip ahead"},
        {"to": "verifying", "reason": ""},
        {"to": '"><script>alert(1)</script>', "reason": "</textarea><script>alert(2)</script>"},
        {"to": "verifying", "reason": "x" * 2001},
        {"reason": "line one\nline two & <b>three</b>"},
    ],
)
def test_the_status_form_sent_back_with_errors_is_written_as_djangos_widgets_write_it(
    data: dict[str, Any], language: str, case: Case, caseworker: User, client_for: ClientFor
) -> None:
    sent = {**data, "version": str(case.version)}
    response = client_for(caseworker).post(
        reverse("cases:transition", kwargs={"pk": case.pk}), sent, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    written = _fields(response.content.decode())
    assert parse_html(written) == parse_html(_expected(case, language, sent))
    assert "<script>" not in written


def test_a_stale_version_is_sent_back_as_it_came(
    case: Case, caseworker: User, client_for: ClientFor
) -> None:
    sent = {"to": "", "reason": "x", "version": "not a number"}
    response = client_for(caseworker).post(
        reverse("cases:transition", kwargs={"pk": case.pk}), sent
    )
    written = _fields(response.content.decode())
    assert '<input type="hidden" name="version" value="not a number" id="id_version">' in written
    assert parse_html(written) == parse_html(_expected(case, "en", sent))
