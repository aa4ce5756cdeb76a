from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from hogo.accounts.models import User
from hogo.cases.models import Case
from hogo.people.actions import NameInput, create_person, merge_persons
from hogo.people.models import NameKind
from hogo.support.models import Entitlement, Instalment


@pytest.mark.django_db
def test_a_merged_duplicate_takes_its_support_to_the_kept_record(
    entitled: Entitlement, case: Case, caseworker: User
) -> None:
    duplicate = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "正一")])
    payee = entitled.household.payee
    merge_persons(keep=duplicate, merge=payee, actor=caseworker, reason="same man, two records")
    entitled.household.refresh_from_db()
    assert entitled.household.payee == duplicate
    assert set(Instalment.objects.values_list("person", flat=True)) == {duplicate.pk}


@pytest.mark.django_db
def test_it_refuses_to_merge_two_records_paid_for_the_same_month(
    entitled: Entitlement, caseworker: User
) -> None:
    payee = entitled.household.payee
    other = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "金", "正一")])
    Instalment.objects.create(
        entitlement=entitled,
        person=other,
        benefit=entitled.benefit,
        period=date(2026, 3, 1),
        due_date=date(2026, 3, 10),
        amount=680_000,
    )
    with pytest.raises(ValidationError, match="double"):
        merge_persons(keep=payee, merge=other, actor=caseworker, reason="same man, two records")
    assert Instalment.objects.filter(person=other).count() == 1
