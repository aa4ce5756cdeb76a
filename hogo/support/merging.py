"""Support follows a person through a merge: households, overrides, instalments, payments.

Two records of one person that are both paid the same benefit for the same month
are a double payment, not a merge: the merge is refused (and nothing moves) until
an overpayment review has dealt with it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hogo.people.models import Person
from hogo.support.models import (
    EligibilityOverride,
    Household,
    HouseholdMember,
    Instalment,
    Payment,
)


def move_support(keep: Person, merge: Person) -> dict[str, object]:
    kept_periods = set(Instalment.objects.filter(person=keep).values_list("benefit", "period"))
    merged_periods = set(Instalment.objects.filter(person=merge).values_list("benefit", "period"))
    if kept_periods & merged_periods:
        raise ValidationError(
            _(
                "Both records are paid the same benefit for the same month: review the double "
                "payment before merging them."
            )
        )
    households = list(Household.objects.filter(payee=merge).values_list("pk", flat=True))
    Household.objects.filter(pk__in=households).update(payee=keep)
    for member in HouseholdMember.objects.filter(person=merge):
        if HouseholdMember.objects.filter(household=member.household_id, person=keep).exists():
            member.delete()
        else:
            HouseholdMember.objects.filter(pk=member.pk).update(person=keep)
    overrides = EligibilityOverride.objects.filter(person=merge).update(person=keep)
    instalments = Instalment.objects.filter(person=merge).update(person=keep)
    payments = Payment.objects.filter(person=merge).update(person=keep)
    return {
        "support_households": households,
        "support_overrides": overrides,
        "support_instalments": instalments,
        "support_payments": payments,
    }
