from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from hogo.audit import chain, log
from hogo.audit.models import AuditEntry

from .conftest import Run

K = 3  # written by the caseworker, so it has an actor to remove

EDITS: dict[str, Callable[[AuditEntry], dict[str, Any]]] = {
    "actor_label": lambda entry: {"actor_label": "someone else"},
    "actor": lambda entry: {"actor": None},
    "action": lambda entry: {"action": "people.view"},
    "object_id": lambda entry: {"object_id": "999"},
    "changes": lambda entry: {"changes": {"status": ["reported", "closed"]}},
    "data": lambda entry: {"data": {**entry.data, "page": 0}},
    "created_at": lambda entry: {"created_at": entry.created_at - timedelta(microseconds=1)},
    "request_id": lambda entry: {"request_id": "elsewhere"},
}


@pytest.mark.usefixtures("unguarded")
@pytest.mark.parametrize("field", sorted(EDITS))
def test_it_names_an_entry_whose_contents_were_modified(
    logged: list[AuditEntry], run_audit: Callable[..., Run], field: str
) -> None:
    entry = logged[K - 1]
    assert entry.actor_id is not None
    AuditEntry.objects.filter(seq=K).update(**EDITS[field](entry))

    verdict = log.verify()
    result = run_audit("verify")

    assert (verdict.ok, verdict.bad_seq, verdict.entries) == (False, K, K - 1)
    assert result.code == 1
    assert f"entry #{K}: its contents were modified" in result.err


@pytest.mark.usefixtures("unguarded")
def test_it_names_an_entry_whose_hash_was_recomputed_after_a_change(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    links = list(log.links())
    changed = replace(links[K - 1], actor_label="someone else", hash="")
    AuditEntry.objects.filter(seq=K).update(
        actor_label="someone else", hash=chain.compute_hash(changed)
    )

    result = run_audit("verify")

    # Without the audit key the recomputed hash cannot be sealed again.
    assert result.code == 1
    assert f"entry #{K}: its seal does not match" in result.err
