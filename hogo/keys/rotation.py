"""Re-wrapping every stored data key under the active master key, and counting by key.

Rotation goes table by table in primary-key order, one batch per transaction.
A batch that is interrupted (even by SIGKILL) rolls back whole, and running
again picks up every value still wrapped by another key: the work is
idempotent, and a value written meanwhile is already under the active key.
Only data keys are re-wrapped; the encrypted payloads (and document files)
are not rewritten. Blind indexes are recomputed with the active key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from django.apps import apps
from django.db import models, transaction

from hogo.audit.log import record
from hogo.keys.fields import RECORD_ID, Sealed, SealedMixin, key_holding_fields, scope_attname
from hogo.keys.provider import provider
from hogo.lib import envelope

BATCH_SIZE = 500


def _models() -> Iterator[tuple[type[models.Model], list[Any]]]:
    for model in apps.get_models():
        fields = key_holding_fields(model)
        if fields:
            yield model, fields


def status() -> Counter[str]:
    """How many stored values (and documents) each master key wraps, by key id."""
    counts: Counter[str] = Counter()
    for model, fields in _models():
        names = [field.attname for field in fields]
        rows = model._base_manager.order_by().values_list(*names)
        for values in rows.iterator(chunk_size=2000):
            for value in values:
                if value:
                    counts[envelope.key_id_of(value).hex()] += 1
    return counts


def _rewrap_row(
    keys: envelope.KeyProvider, fields: list[Any], row: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the row holds now, what to write instead) for the values under another key."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for field in fields:
        value = row[field.attname]
        if not value or envelope.key_id_of(value) == keys.active_key_id:
            continue
        scope = scope_attname(field)
        scope_id = row[scope] if scope else None
        ctx = field.context_for(row[RECORD_ID], scope_id)
        rewrapped = envelope.rewrap(keys, value, ctx)
        if isinstance(field, SealedMixin):
            old[field.attname], new[field.attname] = Sealed(value), Sealed(rewrapped)
            if field.blind_index:
                plain = envelope.unseal(keys, rewrapped, ctx).decode("utf-8")
                new[field.blind_index] = envelope.blind_index(
                    keys, keys.active_key_id, field.index_label, plain, scope=str(scope_id or "")
                )
        else:
            old[field.attname], new[field.attname] = value, rewrapped
    return old, new


def rotate(
    *, batch_size: int = BATCH_SIZE, progress: Callable[[str, int], None] | None = None
) -> int:
    """Re-wrap every data key not under the active key; the number of values re-wrapped."""
    keys = provider()
    total = 0
    for model, fields in _models():
        label = model._meta.label_lower
        names = [field.attname for field in fields]
        scopes = sorted({scope_attname(field) for field in fields} - {""})
        last = None
        while True:
            with transaction.atomic():
                rows = model._base_manager.order_by("pk")
                if last is not None:
                    rows = rows.filter(pk__gt=last)
                batch = list(rows.values("pk", RECORD_ID, *scopes, *names)[:batch_size])
                if not batch:
                    break
                done = 0
                for row in batch:
                    old, new = _rewrap_row(keys, fields, row)
                    if new:
                        # Matched on the old values: a row changed meanwhile is already
                        # under the active key, and is left as it is.
                        done += model._base_manager.filter(pk=row["pk"], **old).update(
                            **new
                        ) and len(old)
                last = batch[-1]["pk"]
            total += done
            if progress is not None:
                progress(label, done)
    record("keys.rotate", actor=None, data={"rewrapped": total, "key": keys.active_key_id.hex()})
    return total
