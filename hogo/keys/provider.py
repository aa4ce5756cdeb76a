"""The process's key provider, chosen by HOGO_KEY_PROVIDER (the local keyring by default)."""

from __future__ import annotations

import functools

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from hogo.lib.envelope import KeyProvider, LocalKeyring


def local_keyring() -> KeyProvider:
    """The master keys of HOGO_MASTER_KEY or HOGO_MASTER_KEY_FILE, the first one active."""
    return LocalKeyring(settings.MASTER_KEYS)


@functools.cache
def provider() -> KeyProvider:
    try:
        factory = import_string(settings.KEY_PROVIDER)
    except ImportError as error:
        raise ImproperlyConfigured(f"HOGO_KEY_PROVIDER: {error}") from None
    made: KeyProvider = factory()
    return made


def reset() -> None:
    """Forget the provider, so the next use reads the settings again (tests, rotation)."""
    provider.cache_clear()
