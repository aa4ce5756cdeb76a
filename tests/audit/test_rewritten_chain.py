"""The chain has no secret: whoever can write the table can rewrite it consistently.

Only a head published outside the database catches that, which is why
`hogo audit head` exists and why `verify --head` should be run with one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from hogo.audit import chain, log
from hogo.audit.models import AuditEntry

from .conftest import Run


@pytest.mark.usefixtures("unguarded")
def test_a_consistently_rewritten_chain_is_caught_only_by_a_published_head(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    published = log.head()
    links = list(log.links())
    prev = links[2].hash
    for link in links[3:]:
        edited = replace(link, prev_hash=prev, actor_label="someone else", hash="")
        prev = chain.compute_hash(edited)
        AuditEntry.objects.filter(seq=link.seq).update(
            actor_label="someone else", prev_hash=edited.prev_hash, hash=prev
        )

    assert run_audit("verify", "--no-record").code == 0
    result = run_audit("verify", "--no-record", "--head", published)

    assert result.code == 1
    assert "is not in the log" in result.err
