"""Bank accounts, the transfer file of an approved batch, and the bank's results.

Account numbers are sealed like every sensitive field; their keyed (blind)
index finds the households paid into the same account without opening the
others, and every export lists them so a second person looks before money
goes twice to one account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.keys.fields import SealedMixin
from hogo.keys.provider import provider
from hogo.lib.envelope import blind_index
from hogo.support import zengin
from hogo.support.actions import SupportRefused
from hogo.support.models import BankAccount, Batch, BatchStatus, Household, Payment
from hogo.support.reconcile import Results, apply_results


def _number_indexes(number: str) -> list[str]:
    keys = provider()
    field = BankAccount._meta.get_field("number")
    assert isinstance(field, SealedMixin)
    return [blind_index(keys, key_id, field.index_label, number) for key_id in keys.key_ids()]


def sharing_account(account: BankAccount) -> list[Household]:
    """Other households paid into the same account (same bank, branch and number)."""
    candidates = (
        BankAccount.objects.filter(
            number_index__in=_number_indexes(str(account.number)),
            bank_code=account.bank_code,
            branch_code=account.branch_code,
        )
        .exclude(pk=account.pk)
        .select_related("household__case")
    )
    # The index is truncated: a match is a candidate, opened and compared.
    return [c.household for c in candidates if str(c.number) == str(account.number)]


def set_bank_account(
    household: Household,
    *,
    bank_code: str,
    branch_code: str,
    account_type: str,
    number: str,
    holder_kana: str,
    actor: User,
) -> tuple[BankAccount, list[Household]]:
    """Where the household is paid; also returns the other households paid there."""
    if not access.can_edit_support(actor, household):
        raise SupportRefused(_("You may not do this."))
    number = number.strip().rjust(7, "0")
    if not (number.isascii() and number.isdigit() and len(number) == 7):
        raise SupportRefused(_("An account number is at most seven digits."))
    if account_type not in ("1", "2"):
        raise SupportRefused(_("Choose an ordinary or a current account."))
    try:
        zengin.check_branch(bank_code.strip(), branch_code.strip())
        holder = zengin.check_kana(holder_kana, 30)
    except zengin.ZenginError as error:
        raise SupportRefused(str(error)) from None
    with transaction.atomic():
        account = BankAccount.objects.filter(household=household).first() or BankAccount(
            household=household
        )
        account.bank_code, account.branch_code = bank_code.strip(), branch_code.strip()
        account.account_type, account.number, account.holder_kana = account_type, number, holder
        account.save()
        shared = sharing_account(account)
        record(
            "support.account_set",
            actor=actor,
            obj=household.case,
            data={
                "bank": account.bank_code,
                "branch": account.branch_code,
                "shared_with": [h.case.reference for h in shared],
            },
        )
    return account, shared


def remitter() -> zengin.Remitter:
    parts = settings.SUPPORT_REMITTER_ACCOUNT.split("-")
    if not (settings.SUPPORT_REMITTER_CODE and settings.SUPPORT_REMITTER_NAME and len(parts) == 4):
        raise SupportRefused(
            _(
                "Set HOGO_SUPPORT_REMITTER_CODE, HOGO_SUPPORT_REMITTER_NAME and "
                "HOGO_SUPPORT_REMITTER_ACCOUNT before exporting a batch."
            )
        )
    bank, branch, kind, number = parts
    return zengin.Remitter(
        code=settings.SUPPORT_REMITTER_CODE,
        name=settings.SUPPORT_REMITTER_NAME,
        account=zengin.Account(bank, branch, kind, number, settings.SUPPORT_REMITTER_NAME),
    )


@dataclass(frozen=True)
class Export:
    data: bytes
    shared_accounts: list[tuple[str, str]]  # pairs of case references paid into one account


def export_batch(batch: Batch, *, actor: User | None) -> Export:
    """The Zengin transfer file of an approved batch (again, for an exported one)."""
    if actor is not None and not access.can_handle_payments(actor):
        raise SupportRefused(_("You may not do this."))
    with transaction.atomic():
        locked = Batch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in (BatchStatus.APPROVED, BatchStatus.EXPORTED):
            raise SupportRefused(_("Only an approved batch can be sent to the bank."))
        payments = list(
            Payment.objects.filter(batch=locked)
            .select_related("instalment__entitlement__household__case")
            .order_by("instalment__due_date", "pk")
        )
        transfers: list[tuple[date, zengin.Transfer]] = []
        shared: set[tuple[str, str]] = set()
        for payment in payments:
            household = payment.instalment.entitlement.household
            account = BankAccount.objects.filter(household=household).first()
            if account is None:
                raise SupportRefused(
                    _("Case %(ref)s has no bank account.") % {"ref": household.case.reference}
                )
            for other in sharing_account(account):
                pair = sorted([household.case.reference, other.case.reference])
                shared.add((pair[0], pair[1]))
            transfers.append(
                (
                    payment.instalment.due_date,
                    zengin.Transfer(
                        payment_id=payment.pk,
                        amount=payment.amount,
                        account=zengin.Account(
                            account.bank_code,
                            account.branch_code,
                            account.account_type,
                            str(account.number),
                            str(account.holder_kana),
                        ),
                    ),
                )
            )
        groups = [
            (on, [t for _on, t in items])
            for on, items in groupby(transfers, key=lambda item: item[0])
        ]
        try:
            data = zengin.transfer_file(remitter(), groups)
        except zengin.ZenginError as error:
            raise SupportRefused(str(error)) from None
        locked.status = BatchStatus.EXPORTED
        locked.save(update_fields=["status"])
        record(
            "support.batch_export",
            actor=actor,
            obj=locked,
            data={
                "payments": len(payments),
                "total": locked.total,
                "shared_accounts": sorted(shared),
            },
        )
    return Export(data, sorted(shared))


def import_results(batch: Batch, data: bytes, *, actor: User | None) -> dict[str, int]:
    """Read the bank's result file for a batch: all of it is applied, or none."""
    try:
        parsed = zengin.parse_results(data)
    except zengin.ZenginError as error:
        record("support.bank_result_refused", actor=actor, obj=batch, data={"reason": str(error)})
        raise SupportRefused(str(error)) from None
    amounts = {p.pk: p.amount for p in Payment.objects.filter(batch=batch)}
    for result in parsed.results:
        if amounts.get(result.payment_id) != result.amount:
            reason = _("Payment %(id)s is not in this batch with that amount.") % {
                "id": result.payment_id
            }
            record("support.bank_result_refused", actor=actor, obj=batch, data={"reason": reason})
            raise SupportRefused(reason)
    return apply_results(
        batch,
        Results(
            {r.payment_id: r.outcome for r in parsed.results},
            parsed.declared_count,
            parsed.declared_total,
        ),
        actor=actor,
    )
