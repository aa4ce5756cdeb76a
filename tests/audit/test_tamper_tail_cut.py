from __future__ import annotations

from collections.abc import Callable

import pytest

from hogo.audit import log
from hogo.audit.models import AuditEntry

from .conftest import ENTRIES, Run


@pytest.mark.usefixtures("unguarded")
def test_a_cut_tail_is_caught_by_an_earlier_published_head(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    published = logged[5].hash  # entry #6
    AuditEntry.objects.filter(seq__gte=5).delete()

    # What is left is a perfectly good, shorter chain...
    assert run_audit("verify", "--no-record").code == 0
    # ...that no longer contains the head published before the cut.
    result = run_audit("verify", "--head", published)

    assert result.code == 1
    assert f"the published head {published} is not in the log" in result.err
    assert log.verify(published_head=published).bad_seq == 5


@pytest.mark.usefixtures("unguarded")
def test_a_cut_after_the_published_head_passes_that_head(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    earlier, later = logged[2].hash, logged[ENTRIES - 1].hash
    AuditEntry.objects.filter(seq__gte=ENTRIES - 2).delete()

    assert run_audit("verify", "--no-record", "--head", earlier).code == 0
    assert run_audit("verify", "--no-record", "--head", later).code == 1


def test_a_head_that_was_never_in_the_log_is_refused(
    logged: list[AuditEntry], run_audit: Callable[..., Run]
) -> None:
    result = run_audit("verify", "--head", "ab" * 32)

    assert result.code == 1
    assert "is not in the log" in result.err
    assert AuditEntry.objects.count() == len(logged)
