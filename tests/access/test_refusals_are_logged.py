"""A refused lookup leaves a log line with ids only: probing case numbers shows in the logs."""

from __future__ import annotations

import logging

import pytest
from django.http import Http404

from hogo import access
from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.models import Person


def test_an_outsider_reading_a_case_is_logged_without_its_contents(
    outsider: User, case: Case, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hogo.access"), pytest.raises(Http404):
        access.get_case_for_user(outsider, case.pk)
    [line] = [r.getMessage() for r in caplog.records if r.name == "hogo.access"]
    assert f"user={outsider.pk}" in line
    assert f"case='{case.pk}'" in line
    assert case.reference not in line
    assert "金" not in line


def test_a_refused_write_and_a_missing_person_are_logged_alike(
    teammate: User, caseworker: User, case: Case, person: Person, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hogo.access"):
        with pytest.raises(Http404):
            access.get_person_for_user(teammate, 10**9)
        with pytest.raises(Http404):
            access.get_case_for_user(teammate, case.pk, write=True)
    lines = [r.getMessage() for r in caplog.records if r.name == "hogo.access"]
    assert len(lines) == 2
    assert "person='1000000000' write=False" in lines[0]
    assert "write=True" in lines[1]


def test_a_hostile_id_is_cut_short_in_the_log(
    outsider: User, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hogo.access"), pytest.raises(Http404):
        access.get_case_for_user(outsider, "1\n" + "x" * 500)
    [line] = [r.getMessage() for r in caplog.records if r.name == "hogo.access"]
    assert "\n" not in line
    assert len(line) < 120


def test_the_reader_of_a_case_leaves_no_refusal(
    caseworker: User, case: Case, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hogo.access"):
        access.get_case_for_user(caseworker, case.pk, write=True)
    assert not [r for r in caplog.records if r.name == "hogo.access"]
