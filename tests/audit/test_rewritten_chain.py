"""Whoever can write the audit table, but holds no master key, cannot rewrite the chain.

The chain used to be plain SHA-256: an intruder could edit an entry, recompute
every later hash and `hogo audit verify` said intact. Each entry is now sealed
with an HMAC under the audit key, which the database never holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from hogo.audit import chain, log
from hogo.audit.models import AuditEntry

from .conftest import Run


def _rewrite_from(seq: int, **changes: object) -> None:
    """Edit every entry from `seq` on and recompute the hashes, as an intruder can."""
    links = list(log.links())
    prev = links[seq - 2].hash
    for link in links[seq - 1 :]:
        edited = replace(link, prev_hash=prev, actor_label="someone else", hash="", **changes)
        prev = chain.compute_hash(edited)
        AuditEntry.objects.filter(seq=link.seq).update(
            actor_label="someone else",
            prev_hash=edited.prev_hash,
            hash=prev,
            **{name: getattr(edited, name) for name in changes},
        )


@pytest.mark.usefixtures("unguarded")
def test_a_chain_rewritten_without_the_audit_key_fails_verify_even_without_a_published_head(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    _rewrite_from(4)

    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert "entry #4: its seal does not match" in result.err


@pytest.mark.usefixtures("unguarded")
def test_a_chain_rewritten_as_unsealed_old_entries_fails_verify(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    # Passing the rewritten entries off as written before the audit key existed.
    _rewrite_from(4, version=chain.UNKEYED, key_id="", mac="")

    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert "entry #4: it is not sealed" in result.err


@pytest.mark.usefixtures("unguarded")
def test_a_chain_rewritten_under_an_invented_key_fails_verify(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    _rewrite_from(4, key_id="00" * 8, mac="ff" * 32)

    result = run_audit("verify", "--no-record")

    assert result.code == 1
    assert "entries from #4 on are sealed under a key not in the keyring" in result.err
