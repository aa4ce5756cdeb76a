from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from hogo.accounts.models import User
from hogo.cases import actions as case_actions
from hogo.cases.models import Case, Category
from hogo.people.actions import NameInput, create_person
from hogo.people.models import NameKind
from hogo.support.actions import SupportRefused, create_household
from hogo.support.models import BankAccount, Household
from hogo.support.payments import set_bank_account


def _set(household: Household, actor: User, number: str = "1234567", **kw: str) -> object:
    values = {"bank_code": "0001", "branch_code": "001", "account_type": "1"} | kw
    return set_bank_account(
        household, number=number, holder_kana="キン セイイチ", actor=actor, **values
    )


@pytest.fixture
def second_household(caseworker: User, case: Case) -> Household:
    sister = create_person(actor=caseworker, names=[NameInput(NameKind.LEGAL, "李", "順子")])
    other = case_actions.create_case(
        actor=caseworker,
        person=sister,
        category=Category.JAPANESE_SPOUSE,
        compartment=case.compartment,
        priority=2,
        summary="",
    )
    return create_household(
        other, payee=sister, members=[], arrived_on=date(2026, 1, 5), actor=caseworker
    )


@pytest.mark.django_db
def test_the_account_number_is_stored_sealed(household: Household, caseworker: User) -> None:
    _set(household, caseworker)
    with connection.cursor() as cursor:
        cursor.execute("SELECT number, holder_kana FROM support_bankaccount")
        stored = cursor.fetchone()
    assert "1234567" not in stored[0]
    assert "ｷﾝ" not in stored[1]
    account = BankAccount.objects.get()
    assert (str(account.number), str(account.holder_kana)) == ("1234567", "ｷﾝ ｾｲｲﾁ")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bank_code": "9998"}, "no bank"),
        ({"branch_code": "998"}, "no branch"),
        ({"number": "12345678"}, "seven digits"),
    ],
)
def test_an_unknown_bank_or_branch_or_a_bad_number_is_refused(
    household: Household, caseworker: User, change: dict[str, str], message: str
) -> None:
    with pytest.raises(SupportRefused, match=message):
        _set(household, caseworker, **change)
    assert not BankAccount.objects.exists()


@pytest.mark.django_db
def test_two_households_paid_into_one_account_are_flagged(
    household: Household, second_household: Household, caseworker: User
) -> None:
    _account, shared = _set(household, caseworker)  # type: ignore[misc]
    assert shared == []
    _account, shared = _set(second_household, caseworker)  # type: ignore[misc]
    assert shared == [household]
    _account, shared = _set(second_household, caseworker, number="7654321")  # type: ignore[misc]
    assert shared == []


@pytest.mark.django_db
def test_an_outsider_cannot_set_an_account(household: Household, outsider: User) -> None:
    with pytest.raises(SupportRefused):
        _set(household, outsider)
