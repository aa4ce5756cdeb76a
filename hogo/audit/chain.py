"""Hashing, sealing and verifying the audit chain; no database access here.

Each entry's hash covers its own fields and the previous entry's hash, so
modifying, deleting, inserting or reordering an entry breaks every hash after
it. A hash alone has no secret, though: whoever can write the table can
rewrite an entry and recompute every later hash. So each entry written since
chain version 2 also carries a *seal*, an HMAC of its hash under the audit
key, which is derived from a master key the database never holds. Rewriting
an entry then means forging the seal of every later one.

Versions:

- 1: the hash as written before the audit key existed. The upgrade to
  version 2 (migration audit 0003) sealed each such entry's hash as it
  stood, under the key active then: their hashes did not change, and an
  unsealed entry found later is a forgery, never "an old one".
- 2: the hash also covers the id of the master key the seal is made under.
- 3: written without a place in the chain, then chained by the sequencer
  (`hogo.audit.log.sequence`). When the entry is written, in the
  transaction of the change or the read it records, it gets an *entry seal*:
  an HMAC of its contents alone (no number, no previous hash) under the
  audit key. The sequencer, shortly after the commit, gives it its number,
  the previous entry's hash, its hash (which covers the entry seal too) and
  its chain seal. Until then the entry seal is what protects it: an edit or a
  forged unchained entry is caught; deleting an unchained entry is not
  (docs/threat-model.md, "the sequencing window").

Key rotation keeps old entries verifiable: an entry names its key, and when
that master key has left the keyring the entry is still checked link by
link, covered by the later entries sealed under the keys still held (each
later hash covers it through `prev_hash`). The newest entry must always be
sealed under a key in the keyring.

Cutting the tail leaves an intact shorter chain: that is caught by checking
the chain against heads published outside the database (`hogo.audit.heads`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64
UNKEYED = 1
SEALED = 2
SEQUENCED = 3
VERSIONS = (UNKEYED, SEALED, SEQUENCED)


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
    version: int = UNKEYED
    key_id: str = ""
    mac: str = ""
    entry_mac: str = ""


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _contents(link: Link) -> dict[str, Any]:
    """What an entry says, without its place in the chain: what the entry seal covers."""
    return {
        "created_at": timestamp(link.created_at),
        "actor_id": link.actor_id,
        "actor_label": link.actor_label,
        "action": link.action,
        "object_type": link.object_type,
        "object_id": link.object_id,
        "changes": link.changes,
        "data": link.data,
        "request_id": link.request_id,
        "version": link.version,
        "key_id": link.key_id,
    }


def entry_seal(link: Link, key: bytes) -> str:
    """The HMAC of an entry's contents alone, made when it is written (version 3)."""
    message = b"hogo audit unchained entry\0" + _canonical(_contents(link))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def compute_hash(link: Link) -> str:
    body: dict[str, Any] = {
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
    if link.version != UNKEYED:
        # The version and key id are hashed too: an entry cannot be passed off
        # as an older, unkeyed one, or as sealed under a key nobody holds.
        body["version"] = link.version
        body["key_id"] = link.key_id
    if link.version == SEQUENCED:
        body["entry_mac"] = link.entry_mac
    return hashlib.sha256(_canonical(body)).hexdigest()


def seal(entry_hash: str, key: bytes) -> str:
    """The HMAC-SHA-256 of an entry's hash under an audit key."""
    return hmac.new(key, b"hogo audit entry\0" + entry_hash.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    head: str
    problem: str = ""
    bad_seq: int | None = None
    # Of the entries: sealed and checked with a key held; sealed under a key no
    # longer held (checked by hash, covered by later seals); and, among all
    # those, the ones written before the audit key (version 1, sealed at upgrade).
    sealed: int = 0
    retired: int = 0
    unkeyed: int = 0
    # How many published heads were found in the chain.
    heads_checked: int = 0


@dataclass
class _Walk:
    expected_seq: int = 1
    prev: str = GENESIS
    count: int = 0
    sealed: int = 0
    retired: int = 0
    unkeyed: int = 0
    heads_checked: int = 0
    # The first entry since the last checked seal that nothing sealed covers yet.
    uncovered_from: int | None = None

    def fail(self, problem: str, seq: int) -> Verdict:
        return Verdict(False, self.count, self.prev, problem, seq)


def _check(link: Link, walk: _Walk, keys: Mapping[str, bytes] | None) -> str:
    """What is wrong with this link, or "" when it fits."""
    if link.seq != walk.expected_seq:
        what = "missing (deleted?)" if link.seq > walk.expected_seq else "out of order or inserted"
        expected = walk.expected_seq
        return f"entry #{link.seq}: expected #{expected}; entry #{expected} is {what}"
    if link.prev_hash != walk.prev:
        return (
            f"entry #{link.seq}: does not follow entry #{link.seq - 1} "
            "(an entry before it was changed, removed, inserted or reordered)"
        )
    if compute_hash(link) != link.hash:
        return f"entry #{link.seq}: its contents were modified"
    if link.version not in VERSIONS:
        return f"entry #{link.seq}: unknown chain version {link.version}"
    if keys is None:
        return ""
    if not link.mac:
        return f"entry #{link.seq}: it is not sealed (written by someone without the audit key)"
    key = keys.get(link.key_id)
    if key is not None and not hmac.compare_digest(seal(link.hash, key), link.mac):
        return (
            f"entry #{link.seq}: its seal does not match "
            "(written or rewritten by someone without the audit key)"
        )
    if (
        link.version == SEQUENCED
        and key is not None
        and not hmac.compare_digest(entry_seal(link, key), link.entry_mac)
    ):
        return (
            f"entry #{link.seq}: its contents were changed, or it was forged, "
            "before it was chained (its entry seal does not match)"
        )
    return ""


def verify(
    links: Iterable[Link],
    *,
    keys: Mapping[str, bytes] | None = None,
    published_head: str | None = None,
    published: Mapping[int, str] | None = None,
) -> Verdict:
    """Walk the chain in stored order and name the first entry that does not fit.

    `keys` maps key ids to audit keys; None checks hashes only (and says so by
    counting no entry as sealed). `published` maps a published head's entry
    number to its hash: each must still be in the chain.
    """
    walk = _Walk()
    seen_head = published_head is None
    heads = dict(published or {})
    for link in links:
        problem = _check(link, walk, keys)
        if problem:
            return walk.fail(problem, link.seq)
        if link.seq in heads:
            if heads.pop(link.seq) != link.hash:
                return walk.fail(
                    f"entry #{link.seq} differs from the head published for it: "
                    "the log was rewritten from there on",
                    link.seq,
                )
            walk.heads_checked += 1
        if link.version == UNKEYED:
            walk.unkeyed += 1
        if keys is None:
            pass
        elif link.key_id in keys:
            walk.sealed += 1
            walk.uncovered_from = None
        else:
            walk.retired += 1
            walk.uncovered_from = walk.uncovered_from or link.seq
        walk.prev = link.hash
        walk.count += 1
        walk.expected_seq += 1
        if not seen_head and link.hash == published_head:
            seen_head = True
    if not seen_head:
        return walk.fail(
            f"the published head {published_head} is not in the log: "
            "entries after it were cut or the log was replaced",
            walk.expected_seq,
        )
    if heads:
        cut = min(heads)
        return walk.fail(
            f"a head was published for entry #{cut}, but the log ends at #{walk.count}: "
            "entries were cut from its end",
            cut,
        )
    if keys is not None and walk.uncovered_from is not None:
        return walk.fail(
            f"entries from #{walk.uncovered_from} on are sealed under a key not in the "
            "keyring: nothing held can check them (restore the master key that sealed them)",
            walk.uncovered_from,
        )
    return Verdict(
        True,
        walk.count,
        walk.prev,
        sealed=walk.sealed,
        retired=walk.retired,
        unkeyed=walk.unkeyed,
        heads_checked=walk.heads_checked,
    )
