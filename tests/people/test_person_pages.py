"""Registering a person and reading their page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from hogo.accounts.models import User
from hogo.audit.models import AuditEntry
from hogo.people.models import Person, PersonName

ClientFor = Callable[[User | None], Client]


def _names(*rows: tuple[str, str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "names-TOTAL_FORMS": str(max(len(rows), 4)),
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "4",
        "names-MAX_NUM_FORMS": "12",
    }
    padded = list(rows) + [("other", "", "")] * (4 - len(rows))
    for index, (kind, family, given) in enumerate(padded):
        data[f"names-{index}-kind"] = kind
        data[f"names-{index}-family"] = family
        data[f"names-{index}-given"] = given
    return data


def test_a_person_is_registered_with_names_in_several_scripts(
    caseworker: User, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("people:create"),
        {
            **_names(
                ("legal", "佐藤", "花子"),
                ("reading", "サトウ", "ハナコ"),
                ("married", "朴", "花子"),
                ("hangul", "박", "화자"),
            ),
            "sex": "F",
            "birth_date_text": "昭和13年",
            "birthplace": "eastern Japan",
            "nationality_claimed": "日本",
        },
    )
    person = Person.objects.get()
    assert response.status_code == 302
    assert person.birth_date_precision == "year"
    assert person.birth_date is not None
    assert person.birth_date.year == 1938
    scripts = dict(PersonName.objects.values_list("kind", "script"))
    assert scripts == {
        "legal": "kanji",
        "reading": "katakana",
        "married": "kanji",
        "hangul": "hangul",
    }
    assert AuditEntry.objects.filter(action="people.create", object_id=str(person.pk)).exists()


@pytest.mark.parametrize(
    ("birth", "message"),
    [("昭和70年", "Shōwa"), ("1935-02-30", ""), ("next spring", "")],
)
def test_a_bad_birth_date_says_why_and_registers_nobody(
    birth: str, message: str, caseworker: User, client_for: ClientFor
) -> None:
    response = client_for(caseworker).post(
        reverse("people:create"), {**_names(("legal", "金", "花子")), "birth_date_text": birth}
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["birth_date_text"]
    assert errors
    assert message in " ".join(errors)
    assert not Person.objects.exists()
    assert not AuditEntry.objects.filter(action="people.create").exists()


def test_a_person_without_any_name_is_refused(caseworker: User, client_for: ClientFor) -> None:
    response = client_for(caseworker).post(reverse("people:create"), _names())
    assert response.status_code == 200
    assert response.context["names"].non_form_errors()
    assert not Person.objects.exists()


def test_the_person_page_shows_every_name_and_is_audited(
    person: Person, caseworker: User, client_for: ClientFor
) -> None:
    page = client_for(caseworker).get(reverse("people:detail", kwargs={"pk": person.pk}))
    body = page.content.decode()
    for written in ("金 正一", "キン セイイチ", "김 정일", "金田 正一"):
        assert written in body
    assert AuditEntry.objects.filter(action="people.view", object_id=str(person.pk)).exists()


def test_a_stale_person_edit_gets_a_conflict(
    person: Person, caseworker: User, supervisor: User, client_for: ClientFor
) -> None:
    url = reverse("people:edit", kwargs={"pk": person.pk})
    base = {"version": 1, "sex": "M", "birth_date_text": "S10.3.5", "nationality_claimed": ""}
    first = client_for(caseworker).post(url, {**base, "birthplace": "Niigata"})
    assert first.status_code == 302
    second = client_for(caseworker).post(url, {**base, "birthplace": "Tottori"})
    assert second.status_code == 409
    person.refresh_from_db()
    assert person.birthplace == "Niigata"


def test_a_relationship_links_two_persons(
    person: Person, caseworker: User, client_for: ClientFor
) -> None:
    from hogo.people.actions import NameInput, create_person

    wife = create_person(actor=caseworker, names=[NameInput("legal", "佐藤", "花子")])
    client_for(caseworker).post(
        reverse("people:add_relation", kwargs={"pk": wife.pk}),
        {"kind": "spouse", "to_person": person.pk},
    )
    page = client_for(caseworker).get(reverse("people:detail", kwargs={"pk": wife.pk}))
    assert "金 正一" in page.content.decode()


def test_a_person_cannot_be_related_to_someone_the_user_cannot_see(
    person: Person, caseworker: User, outsider: User, client_for: ClientFor
) -> None:
    from hogo.people.actions import NameInput, create_person

    theirs = create_person(actor=outsider, names=[NameInput("legal", "李", "英子")])
    response = client_for(caseworker).post(
        reverse("people:add_relation", kwargs={"pk": person.pk}),
        {"kind": "sibling", "to_person": theirs.pk},
    )
    assert response.status_code == 200
    assert "to_person" in response.context["form"].errors
