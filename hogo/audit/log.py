"""Writing to the audit log.

`record` writes one entry inside the caller's transaction: if the entry
cannot be written, the whole change (or the page view) fails with it. The
entry is sealed on its own with the audit key, derived from the active master
key by the key provider, and `sequence` gives it its place in the chain,
in the order entries were written, before or just after the commit
(AUDIT_SEQUENCING; `hogo.audit.chain` explains the seals and the versions).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, connection, connections, models, transaction
from django.db.models import F, Subquery
from django.utils import timezone

from hogo.audit import chain, heads, registry
from hogo.audit.context import current_request_id
from hogo.audit.models import AuditEntry, HeldCount
from hogo.keys.provider import provider

if TYPE_CHECKING:
    from hogo.accounts.models import User

# An arbitrary constant naming the audit chain's advisory lock on PostgreSQL.
_CHAIN_LOCK = 0x686F676F


# What the audit key is derived for: never the same key as a blind index or a wrap.
AUDIT_KEY_PURPOSE = b"audit chain\0seal"


class AuditError(RuntimeError):
    pass


def audit_key(key_id: str) -> bytes:
    """The audit key of one master key, named by its id in hex."""
    return provider().derive(bytes.fromhex(key_id), AUDIT_KEY_PURPOSE)


def audit_keys() -> dict[str, bytes]:
    """The audit key of every master key in the keyring, by key id in hex."""
    keys = provider()
    return {key_id.hex(): keys.derive(key_id, AUDIT_KEY_PURPOSE) for key_id in keys.key_ids()}


def _no_floats(value: Any) -> Any:
    # PostgreSQL's jsonb keeps numbers as numeric: 1e16 would read back as an
    # integer and break the hash. Floats are kept as their exact text instead.
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {key: _no_floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_no_floats(item) for item in value]
    return value


def _plain(value: Any) -> Any:
    """JSON-safe and stable: what is hashed is what is read back."""
    encoded = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, allow_nan=False)
    return _no_floats(json.loads(encoded))


def _lock_chain(*, wait: bool) -> bool:
    """Take the chain's lock for this transaction; False if `wait` is off and it is taken."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            if wait:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK])
                return True
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [_CHAIN_LOCK])
            row = cursor.fetchone()
            return bool(row and row[0])
    # SQLite: every transaction is BEGIN IMMEDIATE (settings), which already
    # serialises writers for the whole database.
    return True


def record(
    action: str,
    *,
    actor: User | None,
    obj: models.Model | None = None,
    changes: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one entry in the caller's transaction; it is chained before or just after the commit.

    The entry is written here, sealed on its own, without a place in the chain:
    if it cannot be written, the caller's transaction fails and nothing it read
    or changed goes out ("no audit, no data"). Its place in the chain is given
    by `sequence`: at once, holding the chain's lock to the end of the
    transaction, when AUDIT_SEQUENCING is "in-transaction"; else just after
    the commit, so that concurrent requests never wait for each other here.
    """
    if not registry.is_registered(action):
        raise AuditError(f"unregistered audit action {action!r}")
    link = chain.Link(
        seq=0,
        created_at=timezone.now(),
        actor_id=actor.pk if actor else None,
        actor_label=actor.get_username() if actor else "system",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        changes=_plain(changes or {}),
        data=_plain(data or {}),
        request_id=current_request_id(),
        prev_hash="",
        version=chain.SEQUENCED,
        key_id=provider().active_key_id.hex(),
    )
    link = replace(link, entry_mac=chain.entry_seal(link, audit_key(link.key_id)))
    # No savepoint inside the caller's transaction: an entry that cannot be written
    # leaves that transaction to be rolled back whole, and a read costs two
    # statements fewer.
    with transaction.atomic(savepoint=False):
        entry = AuditEntry.objects.create(
            created_at=link.created_at,
            actor_id=link.actor_id,
            actor_label=link.actor_label,
            action=link.action,
            object_type=link.object_type,
            object_id=link.object_id,
            changes=link.changes,
            data=link.data,
            request_id=link.request_id,
            version=link.version,
            key_id=link.key_id,
            entry_mac=link.entry_mac,
        )
        if settings.AUDIT_SEQUENCING == "in-transaction":
            _chain_pending(wait=True)
            entry.refresh_from_db(fields=["seq", "prev_hash", "hash", "mac"])
        elif not any(hook[1] is sequence_after_commit for hook in connection.run_on_commit):
            # Once per transaction: one pass chains all of its entries.
            transaction.on_commit(sequence_after_commit, robust=True)
        if heads.due():
            transaction.on_commit(heads.publish_when_due)
        return entry


# How many unchained entries one pass of the sequencer chains in one transaction.
SEQUENCE_BATCH = 500
# How many passes one committed request may make before leaving the rest to the next.
SEQUENCE_ROUNDS = 20


def _unchained() -> models.QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(seq__isnull=True)


@dataclass(frozen=True)
class _Statements:
    """The sequencer's statements, compiled once per database.

    Every audited read runs them just after its commit: built by the ORM on each
    run they cost more of the request's CPU than the entry itself (compiling the
    queue's query alone took about half a millisecond). They are the same
    statements as the ORM's, compiled once from the same querysets.
    """

    # The newest chained entry (none before the first).
    head: str
    head_params: tuple[Any, ...]
    # The unchained entries in the order they were written, read through the partial
    # index of unchained entries in its own order. On PostgreSQL that index keeps an
    # entry's old version until a vacuum removes it (chaining is an update of the
    # column its condition reads): a scan in the index's order marks each such
    # version dead as it passes it, so the next scan skips it. The two lists asked
    # together (seq IS NULL OR seq = newest) were read as a bitmap, which visits
    # every version the index still holds and marks none: a few milliseconds after
    # every request on a busy day, more as the log grows between vacuums.
    pending: str
    pending_params: tuple[Any, ...]
    # Give one unchained entry its place: seq, prev_hash, hash, mac, then its id.
    place: str
    # Whether any entry is still unchained.
    waiting: str
    waiting_params: tuple[Any, ...]


@functools.cache
def _statements(alias: str, vendor: str, batch: int) -> _Statements:
    newest = Subquery(
        AuditEntry.objects.filter(seq__isnull=False).order_by("-seq").values("seq")[:1]
    )
    head_sql, head_params = (
        AuditEntry.objects.filter(seq=newest).query.get_compiler(using=alias).as_sql()
    )
    pending = _unchained().order_by("pk")[:batch]
    pending_sql, pending_params = pending.query.get_compiler(using=alias).as_sql()
    waiting_sql, waiting_params = (
        _unchained().values("pk")[:1].query.get_compiler(using=alias).as_sql()
    )
    quote = connections[alias].ops.quote_name
    meta = AuditEntry._meta
    column = {name: quote(_column(name)) for name in ("id", "seq", "prev_hash", "hash", "mac")}
    # Names from the model's metadata, quoted; every value is a parameter.
    place = (
        f"UPDATE {quote(meta.db_table)} SET {column['seq']} = %s, {column['prev_hash']} = %s, "  # noqa: S608
        f"{column['hash']} = %s, {column['mac']} = %s "
        f"WHERE {column['id']} = %s AND {column['seq']} IS NULL"
    )
    return _Statements(
        head=head_sql,
        head_params=tuple(head_params),
        pending=pending_sql,
        pending_params=tuple(pending_params),
        place=place,
        waiting=waiting_sql,
        waiting_params=tuple(waiting_params),
    )


def _column(name: str) -> str:
    field = AuditEntry._meta.get_field(name)
    assert isinstance(field, models.Field)
    assert field.column
    return field.column


def _any_unchained() -> bool:
    statements = _statements(connection.alias, connection.vendor, SEQUENCE_BATCH)
    with connection.cursor() as cursor:
        cursor.execute(statements.waiting, statements.waiting_params)
        return cursor.fetchone() is not None


@contextmanager
def _in_index_order() -> Iterator[None]:
    """On PostgreSQL, the block's queries read an index in its order, never as a bitmap.

    The planner takes the few unchained entries for a bitmap's work (one visit of each
    table page they are on, then a sort); it cannot know that the index still holds the
    old version of every entry chained since the last vacuum, tens of thousands on a
    busy day. Read in the index's order, each old version is marked dead as the scan
    passes it and never visited again (`_Statements.pending`). The setting is this
    transaction's and is put back after the block.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_bitmapscan'), "
            "set_config('enable_bitmapscan', 'off', true)"
        )
        (before, _off) = cursor.fetchone()
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('enable_bitmapscan', %s, true)", [before])


def _chain_pending(*, wait: bool) -> int | None:
    """Chain the unchained entries this transaction sees, in the order they were written.

    How many were chained; None if `wait` is off and another transaction
    holds the chain's lock. Must run inside a transaction.
    """
    if not _lock_chain(wait=wait):
        return None
    statements = _statements(connection.alias, connection.vendor, SEQUENCE_BATCH)
    # Read after the lock is held: the head cannot move, and no entry this
    # transaction sees can be chained by another meanwhile.
    seq, prev = 0, chain.GENESIS
    for head in AuditEntry.objects.raw(statements.head, statements.head_params):
        if head.hash is not None:
            seq, prev = head.seq or 0, head.hash
    with _in_index_order():
        rows = list(AuditEntry.objects.raw(statements.pending, statements.pending_params))
    chained = 0
    with connection.cursor() as cursor:
        for row in rows:
            seq += 1
            link = replace(_link(row), seq=seq, prev_hash=prev)
            # Chained as found: an entry changed or forged while unchained keeps a
            # wrong entry seal under its chain hash, and `verify` names it.
            link = replace(link, hash=chain.compute_hash(link))
            link = replace(link, mac=chain.seal(link.hash, audit_key(link.key_id)))
            cursor.execute(
                statements.place, [link.seq, link.prev_hash, link.hash, link.mac, row.pk]
            )
            prev = link.hash
            chained += 1
    return chained


def sequence() -> int:
    """Chain every committed unchained entry, waiting for the lock; how many were chained.

    For `hogo audit seal`, `publish` and `verify`, and whoever reads the
    chain: run outside a transaction, each pass commits on its own.
    """
    total = 0
    while True:
        with transaction.atomic():
            chained = _chain_pending(wait=True) or 0
        total += chained
        if chained < SEQUENCE_BATCH:
            return total


def sequence_after_commit() -> None:
    """After a commit: chain what is waiting, unless another process is already at it.

    The lock is only tried. Whoever holds it looks again for unchained entries
    after letting it go, so an entry committed while it held it (whose own
    transaction found the lock taken) is not left behind.
    """
    for _round in range(SEQUENCE_ROUNDS):
        with transaction.atomic():
            chained = _chain_pending(wait=False)
        if chained is None or not _any_unchained():
            return


def store(link: chain.Link) -> AuditEntry:
    """Write one link as given, with its hash and seal; `record` decides what it holds."""
    link = replace(link, hash=chain.compute_hash(link))
    if link.version != chain.UNKEYED:
        link = replace(link, mac=chain.seal(link.hash, audit_key(link.key_id)))
    return AuditEntry.objects.create(
        seq=link.seq,
        created_at=link.created_at,
        actor_id=link.actor_id,
        actor_label=link.actor_label,
        action=link.action,
        object_type=link.object_type,
        object_id=link.object_id,
        changes=link.changes,
        data=link.data,
        request_id=link.request_id,
        prev_hash=link.prev_hash,
        hash=link.hash,
        version=link.version,
        key_id=link.key_id,
        mac=link.mac,
        entry_mac=link.entry_mac,
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields whose value changed, as {field: [old, new]}."""
    return {
        name: [before.get(name), value]
        for name, value in after.items()
        if before.get(name) != value
    }


def _link(row: AuditEntry) -> chain.Link:
    return chain.Link(
        seq=row.seq or 0,
        created_at=row.created_at,
        actor_id=row.actor_id,
        actor_label=row.actor_label,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        changes=row.changes,
        data=row.data,
        request_id=row.request_id,
        prev_hash=row.prev_hash,
        hash=row.hash or "",
        version=row.version,
        key_id=row.key_id,
        mac=row.mac,
        entry_mac=row.entry_mac,
    )


def links() -> Iterator[chain.Link]:
    """The chained entries in chain order (`sequence` first to include those waiting)."""
    rows = AuditEntry.objects.filter(seq__isnull=False).order_by("seq")
    for row in rows.iterator(chunk_size=2000):
        yield _link(row)


def head(*, chain_first: bool = True) -> str:
    return latest(chain_first=chain_first)[1]


def latest(*, chain_first: bool = True) -> tuple[int, str]:
    """(number, hash) of the newest entry; (0, the genesis hash) for an empty log.

    Entries waiting for the sequencer are chained first, unless `chain_first`
    is off (a read-only transaction, a copy that must not be written to).
    """
    if chain_first:
        sequence()
    return _newest_chained()


def _newest_chained() -> tuple[int, str]:
    last = (
        AuditEntry.objects.filter(seq__isnull=False)
        .order_by("-seq")
        .values_list("seq", "hash")
        .first()
    )
    if last is None or last[0] is None or last[1] is None:
        return 0, chain.GENESIS
    return last[0], last[1]


def unchained() -> int:
    """How many entries this transaction sees that are not chained yet."""
    return _unchained().count()


def verify(
    *,
    published_head: str | None = None,
    published: dict[int, str] | None = None,
    chain_first: bool = True,
) -> chain.Verdict:
    """The chain checked link by link, every seal under the keys held, and the heads given.

    Entries waiting for the sequencer are chained first, so that they are
    checked too, unless `chain_first` is off (as for `latest`).
    """
    if chain_first:
        sequence()
    return chain.verify(
        links(), keys=audit_keys(), published_head=published_head, published=published
    )


# How long repeats of one event are counted before they are appended as one entry.
HELD_FOR = timedelta(minutes=1)


def count(action: str, *, key: str, data: dict[str, Any]) -> None:
    """Count one more repeat of an event, without taking the chain's lock.

    The first repeat of a period starts a count; the first one after the
    period has passed appends the count as one entry (`flush_held`).
    """
    if not registry.is_registered(action):
        raise AuditError(f"unregistered audit action {action!r}")
    now = timezone.now()
    with transaction.atomic():
        counted = HeldCount.objects.filter(action=action, key=key)
        if not counted.update(count=F("count") + 1, last_at=now):
            try:
                with transaction.atomic():
                    HeldCount.objects.create(
                        action=action,
                        key=key,
                        data=_plain(data),
                        count=1,
                        first_at=now,
                        last_at=now,
                    )
            except IntegrityError:  # another request started it meanwhile
                counted.update(count=F("count") + 1, last_at=now)
        due = counted.filter(first_at__lte=now - HELD_FOR).exists()
    if due:
        flush_held(action=action, key=key)


def flush_held(*, action: str | None = None, key: str | None = None) -> int:
    """Append each held count (or the one named) as one entry, and forget it; how many."""
    flushed = 0
    with transaction.atomic():
        held = HeldCount.objects.select_for_update().order_by("pk")
        if action is not None:
            held = held.filter(action=action, key=key)
        for row in held:
            record(
                row.action,
                actor=None,
                data={**row.data, "count": row.count, "from": row.first_at, "to": row.last_at},
            )
            row.delete()
            flushed += 1
    return flushed
