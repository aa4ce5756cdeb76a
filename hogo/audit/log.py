"""Writing to the audit log.

`record` appends one entry inside the caller's transaction: if the entry
cannot be written, the whole change (or the page view) fails with it. Each
entry is sealed with the audit key, derived from the active master key by the
key provider (`hogo.audit.chain` explains the seal and its versions).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
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


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK])
    # SQLite: every transaction is BEGIN IMMEDIATE (settings), which already
    # serialises writers for the whole database.


def record(
    action: str,
    *,
    actor: User | None,
    obj: models.Model | None = None,
    changes: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    if not registry.is_registered(action):
        raise AuditError(f"unregistered audit action {action!r}")
    with transaction.atomic():
        _lock_chain()
        last = AuditEntry.objects.order_by("-seq").values("seq", "hash").first()
        link = chain.Link(
            seq=(last["seq"] + 1) if last else 1,
            created_at=timezone.now(),
            actor_id=actor.pk if actor else None,
            actor_label=actor.get_username() if actor else "system",
            action=action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            changes=_plain(changes or {}),
            data=_plain(data or {}),
            request_id=current_request_id(),
            prev_hash=last["hash"] if last else chain.GENESIS,
            version=chain.SEALED,
            key_id=provider().active_key_id.hex(),
        )
        entry = store(link)
        if heads.due():
            transaction.on_commit(heads.publish_when_due)
        return entry


def store(link: chain.Link) -> AuditEntry:
    """Write one link as given, with its hash and seal; `record` decides what it holds."""
    link = replace(link, hash=chain.compute_hash(link))
    if link.version == chain.SEALED:
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
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields whose value changed, as {field: [old, new]}."""
    return {
        name: [before.get(name), value]
        for name, value in after.items()
        if before.get(name) != value
    }


def links() -> Iterator[chain.Link]:
    for row in AuditEntry.objects.order_by("seq").iterator(chunk_size=2000):
        yield chain.Link(
            seq=row.seq,
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
            hash=row.hash,
            version=row.version,
            key_id=row.key_id,
            mac=row.mac,
        )


def head() -> str:
    last = AuditEntry.objects.order_by("-seq").values_list("hash", flat=True).first()
    return last or chain.GENESIS


def latest() -> tuple[int, str]:
    """(number, hash) of the newest entry; (0, the genesis hash) for an empty log."""
    last = AuditEntry.objects.order_by("-seq").values_list("seq", "hash").first()
    return last or (0, chain.GENESIS)


def verify(
    *, published_head: str | None = None, published: dict[int, str] | None = None
) -> chain.Verdict:
    """The chain checked link by link, every seal under the keys held, and the heads given."""
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
