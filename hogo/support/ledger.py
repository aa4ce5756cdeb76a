"""The support ledger: append-only, double-entry, hash-chained, in whole yen.

Every movement of money is a journal of two or more entries whose debits equal
its credits. An entry is never changed or deleted: a correction is a new
journal. Each entry's hash covers its content and the previous entry's hash,
so `verify` finds a changed amount, a deleted or inserted entry, and any
journal, batch or account that no longer balances. A closed month takes no
new entries.

Why not django-hordak: its amounts are `Decimal` money with a currency on
every leg (py-moneyed), balanced by database triggers written for PostgreSQL
and MySQL; hogo keeps yen as integers, runs on SQLite too, and needs the
entries chained for tamper evidence, which hordak does not do.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hogo.support.models import Batch, ClosedMonth, LedgerAccount, LedgerEntry, Payment

GENESIS = "0" * 64
# An arbitrary constant naming the ledger chain's advisory lock on PostgreSQL.
_LEDGER_LOCK = 0x686F676C


class LedgerRefused(ValueError):
    """Nothing was posted: the reason says why."""


@dataclass(frozen=True)
class Leg:
    account: LedgerAccount
    debit: int = 0
    credit: int = 0
    batch: Batch | None = None
    payment: Payment | None = None


def _lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LEDGER_LOCK])


def entry_hash(
    *,
    seq: int,
    journal: str,
    month: date,
    account: str,
    debit: int,
    credit: int,
    batch_id: int | None,
    payment_id: int | None,
    memo: str,
    created_at: str,
    prev_hash: str,
) -> str:
    body = json.dumps(
        [
            *(seq, journal, month.isoformat(), account, debit, credit),
            *(batch_id, payment_id, memo, created_at, prev_hash),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def is_closed(month: date) -> bool:
    return ClosedMonth.objects.filter(month=month.replace(day=1)).exists()


def post(legs: Sequence[Leg], *, month: date, memo: str) -> uuid.UUID:
    """Append one balanced journal to the ledger, in the caller's transaction."""
    month = month.replace(day=1)
    for leg in legs:
        if not isinstance(leg.debit, int) or not isinstance(leg.credit, int):
            raise LedgerRefused(_("Amounts are whole yen."))
        if (leg.debit > 0) == (leg.credit > 0) or leg.debit < 0 or leg.credit < 0:
            raise LedgerRefused(_("Each entry is either a debit or a credit."))
    if sum(leg.debit for leg in legs) != sum(leg.credit for leg in legs):
        raise LedgerRefused(_("A journal's debits must equal its credits."))
    journal = uuid.uuid4()
    with transaction.atomic():
        _lock()
        if is_closed(month):
            raise LedgerRefused(_("The month %(month)s is closed.") % {"month": f"{month:%Y-%m}"})
        last = LedgerEntry.objects.order_by("-seq").values("seq", "hash").first()
        seq = last["seq"] if last else 0
        prev = last["hash"] if last else GENESIS
        now = timezone.now()
        rows = []
        for leg in legs:
            seq += 1
            batch_id = leg.batch.pk if leg.batch else None
            payment_id = leg.payment.pk if leg.payment else None
            digest = entry_hash(
                seq=seq,
                journal=str(journal),
                month=month,
                account=str(leg.account),
                debit=leg.debit,
                credit=leg.credit,
                batch_id=batch_id,
                payment_id=payment_id,
                memo=memo,
                created_at=now.isoformat(),
                prev_hash=prev,
            )
            rows.append(
                LedgerEntry(
                    seq=seq,
                    journal=journal,
                    month=month,
                    account=leg.account,
                    debit=leg.debit,
                    credit=leg.credit,
                    batch_id=batch_id,
                    payment_id=payment_id,
                    memo=memo,
                    created_at=now,
                    prev_hash=prev,
                    hash=digest,
                )
            )
            prev = digest
        LedgerEntry.objects.bulk_create(rows)
    return journal


def close_month(month: date) -> ClosedMonth:
    with transaction.atomic():
        _lock()
        closed, _created = ClosedMonth.objects.get_or_create(month=month.replace(day=1))
    return closed


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    problem: str = ""


def _check_chain(rows: Iterable[LedgerEntry]) -> tuple[int, str]:
    prev = GENESIS
    count = 0
    for row in rows:
        count += 1
        if row.seq != count:
            return count, f"entry {count} is missing (found entry {row.seq} in its place)"
        if row.prev_hash != prev:
            return count, f"entry {row.seq} does not follow entry {row.seq - 1}"
        expected = entry_hash(
            seq=row.seq,
            journal=str(row.journal),
            month=row.month,
            account=row.account,
            debit=row.debit,
            credit=row.credit,
            batch_id=row.batch_id,
            payment_id=row.payment_id,
            memo=row.memo,
            created_at=row.created_at.isoformat(),
            prev_hash=row.prev_hash,
        )
        if row.hash != expected:
            return count, f"entry {row.seq} was changed after it was written"
        prev = row.hash
    return count, ""


def verify() -> Verdict:
    rows = list(LedgerEntry.objects.order_by("seq"))
    count, problem = _check_chain(rows)
    if problem:
        return Verdict(False, count, problem)
    journals: dict[str, int] = defaultdict(int)
    batches: dict[int, int] = defaultdict(int)
    first_seq: dict[str, int] = {}
    for row in rows:
        net = row.debit - row.credit
        journals[str(row.journal)] += net
        first_seq.setdefault(str(row.journal), row.seq)
        if row.batch_id is not None:
            batches[row.batch_id] += net
    for journal, net in journals.items():
        if net:
            return Verdict(False, count, f"journal at entry {first_seq[journal]} does not balance")
    for batch_id, net in sorted(batches.items()):
        if net:
            return Verdict(False, count, f"batch {batch_id} does not balance")
    if sum(row.debit for row in rows) != sum(row.credit for row in rows):
        return Verdict(False, count, "the ledger does not balance overall")
    return Verdict(True, count)


def balance(account: LedgerAccount) -> int:
    """Debits less credits of one account."""
    rows = LedgerEntry.objects.filter(account=account).values_list("debit", "credit")
    return sum(debit - credit for debit, credit in rows)
