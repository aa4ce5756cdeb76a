"""Merging a duplicate: everything moves to the person kept, the duplicate stays as a pointer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from hogo.accounts.models import Compartment, User
from hogo.audit.models import AuditEntry
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, CaseMember, Category
from hogo.people.actions import NameInput, create_person, merge_persons, relate_persons
from hogo.people.models import NameKey, NameKind, Person, Relationship
from hogo.registries.models import EligibilityEvidence
from tests.conftest import PASSWORD, totp_code

REASON = "Same birth date and birthplace, registered twice"


@pytest.fixture
def duplicate(caseworker: User) -> Person:
    return create_person(
        actor=caseworker,
        names=[
            NameInput(NameKind.LATIN, "Kim", "Seiichi"),
            NameInput(NameKind.LEGAL, "金", "正一"),
        ],
        birth_date_text="1935-03-05",
    )


@pytest.fixture
def sister(caseworker: User) -> Person:
    return create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "順子")])


def test_names_cases_relationships_and_evidence_move_to_the_kept_person(
    caseworker: User,
    case: Case,
    person: Person,
    duplicate: Person,
    sister: Person,
    east: Compartment,
) -> None:
    second = case_actions.create_case(
        actor=caseworker, person=duplicate, category=Category.OTHER, compartment=east
    )
    case_actions.add_family_member(case, person=sister, relation="sister", actor=caseworker)
    third = case_actions.create_case(
        actor=caseworker, person=sister, category=Category.OTHER, compartment=east
    )
    case_actions.add_family_member(third, person=duplicate, relation="brother", actor=caseworker)
    relate_persons(duplicate, sister, actor=caseworker, kind="sibling")
    relate_persons(duplicate, person, actor=caseworker, kind="sibling")
    EligibilityEvidence.objects.create(
        person=duplicate,
        registry_name="r",
        record_id="1",
        probability=0.9,
        decision="confirmed",
        reason="match",
        decided_by=caseworker,
        decided_at=timezone.now(),
    )

    merge_persons(person, duplicate, actor=caseworker, reason=REASON)

    duplicate.refresh_from_db()
    assert duplicate.merged_into == person
    assert not duplicate.names.exists()
    names = {(n.kind, n.family, n.given) for n in person.names.all()}
    assert ("latin", "Kim", "Seiichi") in names
    assert len([n for n in names if n == ("legal", "金", "正一")]) == 1
    assert NameKey.objects.filter(person=person, key__icontains="kim").exists()
    assert not NameKey.objects.filter(person=duplicate).exists()
    second.refresh_from_db()
    assert second.person == person
    assert CaseMember.objects.filter(case=third, person=person).exists()
    assert Relationship.objects.filter(from_person=person, to_person=sister).exists()
    assert not Relationship.objects.filter(from_person=person, to_person=person).exists()
    assert EligibilityEvidence.objects.get().person == person
    entry = AuditEntry.objects.get(action="people.merge")
    assert entry.object_id == str(person.pk)
    assert entry.data["reason"] == REASON
    assert entry.data["moved"]["cases"] == [second.pk]
    assert AuditEntry.objects.filter(action="people.merged", object_id=str(duplicate.pk)).exists()


def test_a_merged_person_cannot_be_merged_again(
    caseworker: User, case: Case, person: Person, duplicate: Person, sister: Person
) -> None:
    merge_persons(person, duplicate, actor=caseworker, reason=REASON)
    with pytest.raises(ValidationError):
        merge_persons(sister, duplicate, actor=caseworker, reason=REASON)


def test_a_reason_is_required(caseworker: User, person: Person, duplicate: Person) -> None:
    with pytest.raises(ValidationError):
        merge_persons(person, duplicate, actor=caseworker, reason="dup")
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_both_persons_must_be_writable_by_the_actor(
    caseworker: User, teammate: User, outsider: User, case: Case, person: Person, duplicate: Person
) -> None:
    for stranger in (teammate, outsider):
        with pytest.raises(PermissionDenied):
            merge_persons(person, duplicate, actor=stranger, reason=REASON)
    with pytest.raises(PermissionDenied):
        merge_persons(person, person, actor=caseworker, reason=REASON)


def test_a_person_on_a_case_the_actor_cannot_change_is_not_merged(
    caseworker: User, outsider: User, case: Case, person: Person, west: Compartment
) -> None:
    theirs = create_person(actor=outsider, names=[NameInput(NameKind.LEGAL, "金", "正一")])
    case_actions.create_case(
        actor=outsider, person=theirs, category=Category.OTHER, compartment=west
    )
    mine = create_person(actor=caseworker, names=[NameInput(NameKind.LATIN, "Kim", "S")])
    with pytest.raises(PermissionDenied):
        merge_persons(mine, theirs, actor=caseworker, reason=REASON)
    with pytest.raises(PermissionDenied):
        merge_persons(theirs, mine, actor=caseworker, reason=REASON)


def test_the_merge_page_needs_sudo_mode(
    caseworker: User,
    case: Case,
    person: Person,
    duplicate: Person,
    client_for: Callable[[User | None], Client],
) -> None:
    client = client_for(caseworker)
    url = reverse("people:merge", kwargs={"pk": person.pk})
    response = client.post(url, {"duplicate": duplicate.pk, "reason": REASON})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:reauth"))
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None
    code = totp_code(TOTPDevice.objects.get(user=caseworker))
    client.post(f"{reverse('accounts:reauth')}?next={url}", {"password": PASSWORD, "code": code})
    page = client.get(url, {"q": "Kim Seiichi"})
    assert page.status_code == 200
    assert f"#{duplicate.pk}" in page.content.decode()
    done = client.post(url, {"duplicate": duplicate.pk, "reason": REASON})
    assert done.status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.merged_into == person
    shell = client.get(reverse("people:detail", kwargs={"pk": duplicate.pk}))
    assert reverse("people:detail", kwargs={"pk": person.pk}) in shell.content.decode()


def test_an_outsider_gets_404_not_a_password_prompt(
    outsider: User, case: Case, person: Person, client_for: Callable[[User | None], Client]
) -> None:
    response = client_for(outsider).get(reverse("people:merge", kwargs={"pk": person.pk}))
    assert response.status_code == 404
