"""Tests that change the keyring see their change: the provider is rebuilt around each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hogo.keys.provider import reset


@pytest.fixture(autouse=True)
def _fresh_provider() -> Iterator[None]:
    reset()
    yield
    reset()
