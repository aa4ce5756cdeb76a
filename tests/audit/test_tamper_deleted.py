from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.audit import log
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run


@pytest.mark.usefixtures("unguarded")
@pytest.mark.parametrize("k", [1, 4, ENTRIES - 1])
def test_it_names_an_entry_that_was_deleted(
    logged: list[AuditEntry], run_audit: Callable[..., Run], k: int
) -> None:
    AuditEntry.objects.filter(seq=k).delete()

    verdict = log.verify()
    result = run_audit("verify")

    assert (verdict.ok, verdict.bad_seq) == (False, k + 1)
    assert result.code == 1
    assert f"entry #{k} is missing (deleted?)" in result.err


@pytest.mark.usefixtures("unguarded")
def test_it_names_a_deleted_entry_even_when_the_rest_were_renumbered(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    k = 3
    AuditEntry.objects.filter(seq=k).delete()
    for seq in range(k + 1, ENTRIES + 1):
        AuditEntry.objects.filter(seq=seq).update(seq=seq - 1)

    result = run_audit("verify")

    assert result.code == 1
    assert f"entry #{k}: does not follow entry #{k - 1}" in result.err
