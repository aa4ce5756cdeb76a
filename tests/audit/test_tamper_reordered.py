from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.audit import log
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run

PARKED = 10**9


@pytest.mark.usefixtures("unguarded")
@pytest.mark.parametrize(("first", "second"), [(1, 2), (3, 6), (ENTRIES - 1, ENTRIES)])
def test_it_names_the_first_of_two_swapped_entries(
    logged: list[AuditEntry], run_audit: Callable[..., Run], first: int, second: int
) -> None:
    AuditEntry.objects.filter(seq=first).update(seq=PARKED)
    AuditEntry.objects.filter(seq=second).update(seq=first)
    AuditEntry.objects.filter(seq=PARKED).update(seq=second)

    verdict = log.verify()
    result = run_audit("verify")

    assert (verdict.ok, verdict.bad_seq) == (False, first)
    assert result.code == 1
    assert f"entry #{first}: does not follow entry #{first - 1}" in result.err
