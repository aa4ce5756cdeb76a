from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.audit import log
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run, forge


@pytest.mark.usefixtures("unguarded")
@pytest.mark.parametrize("k", [2, 5, ENTRIES])
def test_it_names_the_entry_after_a_forged_insertion(
    logged: list[AuditEntry], run_audit: Callable[..., Run], k: int
) -> None:
    # Make room at #k from the top down, so no two rows share a number on the way.
    for seq in range(ENTRIES, k - 1, -1):
        AuditEntry.objects.filter(seq=seq).update(seq=seq + 1)
    forge(logged[k - 2], seq=k)

    verdict = log.verify()
    result = run_audit("verify")

    # The forged #k fits what came before it; the entry it pushed down does not fit it.
    assert (verdict.ok, verdict.bad_seq, verdict.entries) == (False, k + 1, k)
    assert result.code == 1
    assert f"entry #{k + 1}: does not follow entry #{k}" in result.err


@pytest.mark.usefixtures("unguarded")
def test_it_names_an_entry_inserted_without_renumbering(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    AuditEntry.objects.filter(seq=ENTRIES).update(seq=ENTRIES + 1)
    forge(logged[ENTRIES - 2], seq=ENTRIES, data={"forged": "in the gap"})
    AuditEntry.objects.filter(seq=ENTRIES + 1).update(seq=ENTRIES + 2)

    result = run_audit("verify")

    assert result.code == 1
    assert f"entry #{ENTRIES + 2}: expected #{ENTRIES + 1}" in result.err
