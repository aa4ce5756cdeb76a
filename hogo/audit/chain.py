"""Hashing and verifying the audit chain; no database access here.

Each entry's hash covers its own fields and the previous entry's hash, so
modifying, deleting, inserting or reordering an entry breaks every hash after
it. Cutting the tail leaves an intact shorter chain: that is caught by keeping
an earlier published head and checking that it is still in the log.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class Link:
    seq: int
    created_at: datetime
    actor_id: int | None
    actor_label: str
    action: str
    object_type: str
    object_id: str
    changes: dict[str, Any]
    data: dict[str, Any]
    request_id: str
    prev_hash: str
    hash: str = ""


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def compute_hash(link: Link) -> str:
    body = {
        "seq": link.seq,
        "created_at": timestamp(link.created_at),
        "actor_id": link.actor_id,
        "actor_label": link.actor_label,
        "action": link.action,
        "object_type": link.object_type,
        "object_id": link.object_id,
        "changes": link.changes,
        "data": link.data,
        "request_id": link.request_id,
        "prev_hash": link.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    head: str
    problem: str = ""
    bad_seq: int | None = None


def verify(links: Iterable[Link], *, published_head: str | None = None) -> Verdict:
    """Walk the chain in stored order and name the first entry that does not fit."""
    expected_seq = 1
    prev = GENESIS
    seen_head = published_head is None
    count = 0
    for link in links:
        if link.seq != expected_seq:
            what = "missing (deleted?)" if link.seq > expected_seq else "out of order or inserted"
            return Verdict(
                False,
                count,
                prev,
                f"entry #{link.seq}: expected #{expected_seq}; entry #{expected_seq} is {what}",
                link.seq,
            )
        if link.prev_hash != prev:
            return Verdict(
                False,
                count,
                prev,
                f"entry #{link.seq}: does not follow entry #{link.seq - 1} "
                "(an entry before it was changed, removed, inserted or reordered)",
                link.seq,
            )
        if compute_hash(link) != link.hash:
            return Verdict(
                False, count, prev, f"entry #{link.seq}: its contents were modified", link.seq
            )
        prev = link.hash
        count += 1
        expected_seq += 1
        if not seen_head and link.hash == published_head:
            seen_head = True
    if not seen_head:
        return Verdict(
            False,
            count,
            prev,
            f"the published head {published_head} is not in the log: "
            "entries after it were cut or the log was replaced",
            expected_seq,
        )
    return Verdict(True, count, prev)
