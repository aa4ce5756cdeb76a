"""HOGO_KEY_PROVIDER plugs in another key holder (a KMS or HSM) in place of the local keyring."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from hogo.accounts.models import User
from hogo.cases import actions
from hogo.cases.models import Case
from hogo.keys.provider import provider, reset
from hogo.lib.envelope import LocalKeyring

CALLS: list[str] = []


class RecordingKms(LocalKeyring):
    """Stands in for a KMS client: the same interface, and a record of what was asked."""

    def wrap(self, data_key: bytes, context: bytes) -> tuple[bytes, bytes]:
        CALLS.append("wrap")
        return super().wrap(data_key, context)

    def unwrap(self, key_id: bytes, wrapped: bytes, context: bytes) -> bytes:
        CALLS.append("unwrap")
        return super().unwrap(key_id, wrapped, context)


def recording_kms() -> RecordingKms:
    return RecordingKms([bytes(32)])


def test_a_configured_provider_wraps_and_unwraps_every_data_key(
    case: Case, caseworker: User, settings: Any
) -> None:
    settings.KEY_PROVIDER = f"{__name__}.recording_kms"
    reset()
    CALLS.clear()
    actions.update_case(
        case, actor=caseworker, expected_version=case.version, changes={"summary": "Via KMS."}
    )
    assert "wrap" in CALLS
    CALLS.clear()
    assert Case.objects.get(pk=case.pk).summary == "Via KMS."
    assert CALLS == ["unwrap"]


def test_a_provider_that_cannot_be_imported_stops_with_a_clear_message(settings: Any) -> None:
    settings.KEY_PROVIDER = "hogo.keys.nowhere.provider"
    reset()
    with pytest.raises(ImproperlyConfigured, match="HOGO_KEY_PROVIDER"):
        provider()
