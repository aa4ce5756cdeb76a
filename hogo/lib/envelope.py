"""Envelope encryption: a fresh data key per value or file, wrapped by a master key.

A sealed value is text, so it fits any column:

    "hg1." + base64url( version | key id (8) | wrap length (2) | wrapped data key | payload )

The payload is the value's AES-256-GCM nonce and ciphertext (empty for a
document, whose bytes are on disk). The data key is wrapped by the master key
named by the key id; rotating the master key re-wraps the data key and leaves
the payload as it is. Every seal is bound to a *context* (table, column, the
row's record id and, for what belongs to a case, the case), as associated data
of both the wrapping and the payload, so a sealed value copied into another
row, column or case does not open.

Nothing here touches the database. Error messages never carry plaintext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "hg1."
VERSION = 1
KEY_ID_SIZE = 8
NONCE_SIZE = 12
TAG_SIZE = 16
CHUNK_SIZE = 64 * 1024
FILE_MAGIC = b"HOGODOC1"
_HEAD = struct.Struct(f">B{KEY_ID_SIZE}sH")
# How many derived secrets a keyring keeps (a few per encrypted column and key).
DERIVED_KEPT = 256


class EnvelopeError(Exception):
    """A sealed value or file cannot be opened: damaged, misplaced, or its key is absent."""


class KeyProvider(Protocol):
    """Who holds the master keys. hogo only ever asks it to wrap and unwrap data keys.

    `LocalKeyring` (keys from the environment or a file) is the default; a
    KMS or HSM is plugged in by implementing these four methods and naming a
    factory in HOGO_KEY_PROVIDER (docs/security.md).
    """

    @property
    def active_key_id(self) -> bytes:
        """The key new data keys are wrapped with (8 bytes)."""
        ...

    def key_ids(self) -> tuple[bytes, ...]:
        """Every key that can still unwrap, the active one first."""
        ...

    def wrap(self, data_key: bytes, context: bytes) -> tuple[bytes, bytes]:
        """(key id, wrapped key) under the active key, bound to `context`."""
        ...

    def unwrap(self, key_id: bytes, wrapped: bytes, context: bytes) -> bytes:
        """The data key; raises EnvelopeError if the key is unknown or the wrap is damaged."""
        ...

    def derive(self, key_id: bytes, purpose: bytes) -> bytes:
        """A 32-byte secret for `purpose` (a blind index), stable for that key."""
        ...


def master_key_id(key: bytes) -> bytes:
    """Names a master key without revealing anything about it."""
    return hmac.new(key, b"hogo master key id", hashlib.sha256).digest()[:KEY_ID_SIZE]


def generate_key() -> str:
    """A new master key, as the base64 text the keyring reads."""
    return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


def parse_keys(text: str, *, source: str) -> list[bytes]:
    """Keys in base64, one per line or comma-separated, `#` starting a comment."""
    keys: list[bytes] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for item in line.split("#", 1)[0].split(","):
            item = item.strip()
            if not item:
                continue
            try:
                key = base64.b64decode(item, validate=True)
            except (binascii.Error, ValueError):
                raise ValueError(f"{source}, line {number}: a key is not valid base64") from None
            if len(key) != 32:
                raise ValueError(
                    f"{source}, line {number}: a key must decode to 32 bytes, not {len(key)}"
                )
            keys.append(key)
    if not keys:
        raise ValueError(f"{source} holds no key")
    if len({master_key_id(key) for key in keys}) != len(keys):
        raise ValueError(f"{source} lists the same key twice")
    return keys


class LocalKeyring:
    """Master keys held in this process; the first is active, the others only unwrap."""

    def __init__(self, keys: Sequence[bytes]) -> None:
        if not keys:
            raise ValueError("a keyring needs at least one key")
        self._keys = {master_key_id(key): key for key in keys}
        self._order = tuple(master_key_id(key) for key in keys)
        # Derived secrets, kept: a search derives the same blind-index key once per
        # case it may see, and every audit entry its audit key. They are no more
        # secret than the master keys this object already holds.
        self._derived: dict[tuple[bytes, bytes], bytes] = {}

    @property
    def active_key_id(self) -> bytes:
        return self._order[0]

    def key_ids(self) -> tuple[bytes, ...]:
        return self._order

    def wrap(self, data_key: bytes, context: bytes) -> tuple[bytes, bytes]:
        key_id = self.active_key_id
        nonce = os.urandom(NONCE_SIZE)
        wrapped = AESGCM(self._keys[key_id]).encrypt(nonce, data_key, b"wrap\0" + context)
        return key_id, nonce + wrapped

    def unwrap(self, key_id: bytes, wrapped: bytes, context: bytes) -> bytes:
        key = self._keys.get(key_id)
        if key is None:
            raise EnvelopeError(f"the master key {key_id.hex()} is not in the keyring")
        try:
            return AESGCM(key).decrypt(
                wrapped[:NONCE_SIZE], wrapped[NONCE_SIZE:], b"wrap\0" + context
            )
        except InvalidTag:
            raise EnvelopeError("a data key does not unwrap: damaged or misplaced") from None

    def derive(self, key_id: bytes, purpose: bytes) -> bytes:
        derived = self._derived.get((key_id, purpose))
        if derived is not None:
            return derived
        key = self._keys.get(key_id)
        if key is None:
            raise EnvelopeError(f"the master key {key_id.hex()} is not in the keyring")
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"hogo derived key", info=purpose)
        derived = hkdf.derive(key)
        if len(self._derived) >= DERIVED_KEPT:
            self._derived.clear()
        self._derived[(key_id, purpose)] = derived
        return derived


def context(table: str, column: str, record_id: str, *scope: str) -> bytes:
    """What a seal is bound to: table, column and row, then the row's owner if it has one
    (`"case", "42"`). The parts cannot contain NUL, so the join is unambiguous."""
    parts = (table, column, record_id, *scope)
    if any("\0" in part or not part for part in parts):
        raise ValueError("a context part is empty or contains NUL")
    return "\0".join(("hogo", *parts)).encode()


@dataclass(frozen=True)
class Envelope:
    key_id: bytes
    wrapped: bytes
    payload: bytes

    def text(self) -> str:
        head = _HEAD.pack(VERSION, self.key_id, len(self.wrapped))
        raw = head + self.wrapped + self.payload
        return PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    @classmethod
    def parse(cls, text: str) -> Envelope:
        if not isinstance(text, str) or not text.startswith(PREFIX):
            raise EnvelopeError("not a sealed value")
        body = text[len(PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError):
            raise EnvelopeError("a sealed value is damaged") from None
        if len(raw) < _HEAD.size:
            raise EnvelopeError("a sealed value is damaged")
        version, key_id, length = _HEAD.unpack_from(raw)
        if version != VERSION:
            raise EnvelopeError(f"sealed value format {version} is not supported")
        wrapped = raw[_HEAD.size : _HEAD.size + length]
        if len(wrapped) != length:
            raise EnvelopeError("a sealed value is damaged")
        return cls(key_id, wrapped, raw[_HEAD.size + length :])


def is_sealed(text: object) -> bool:
    return isinstance(text, str) and text.startswith(PREFIX)


def key_id_of(text: str) -> bytes:
    return Envelope.parse(text).key_id


def seal(provider: KeyProvider, plaintext: bytes, ctx: bytes) -> str:
    """Encrypt under a fresh data key, wrapped by the provider's active key."""
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(NONCE_SIZE)
    payload = nonce + AESGCM(data_key).encrypt(nonce, plaintext, b"data\0" + ctx)
    key_id, wrapped = provider.wrap(data_key, ctx)
    return Envelope(key_id, wrapped, payload).text()


def unseal(provider: KeyProvider, text: str, ctx: bytes) -> bytes:
    envelope = Envelope.parse(text)
    data_key = provider.unwrap(envelope.key_id, envelope.wrapped, ctx)
    nonce, sealed = envelope.payload[:NONCE_SIZE], envelope.payload[NONCE_SIZE:]
    try:
        return AESGCM(data_key).decrypt(nonce, sealed, b"data\0" + ctx)
    except (InvalidTag, ValueError):
        raise EnvelopeError("a sealed value does not open: damaged or misplaced") from None


def new_file_key(provider: KeyProvider, ctx: bytes) -> tuple[bytes, str]:
    """A fresh data key for a file, and its wrap (an envelope with no payload) to store."""
    data_key = AESGCM.generate_key(bit_length=256)
    key_id, wrapped = provider.wrap(data_key, ctx)
    return data_key, Envelope(key_id, wrapped, b"").text()


def file_key(provider: KeyProvider, text: str, ctx: bytes) -> bytes:
    envelope = Envelope.parse(text)
    return provider.unwrap(envelope.key_id, envelope.wrapped, ctx)


def rewrap(provider: KeyProvider, text: str, ctx: bytes) -> str:
    """The same value with its data key wrapped by the active key; the payload is untouched."""
    envelope = Envelope.parse(text)
    if envelope.key_id == provider.active_key_id:
        return text
    data_key = provider.unwrap(envelope.key_id, envelope.wrapped, ctx)
    key_id, wrapped = provider.wrap(data_key, ctx)
    return Envelope(key_id, wrapped, envelope.payload).text()


def normalise(value: str) -> str:
    """What an exact search compares: NFKC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


INDEX_HEX_DIGITS = 16


def blind_index(
    provider: KeyProvider, key_id: bytes, column: str, value: str, *, scope: str = ""
) -> str:
    """A blind index: a keyed HMAC per column and per `scope` (a case), 64 bits wide.

    Keyed by the scope, the same value in two cases gets two unrelated
    indexes, so the column says nothing about which cases share a value; it
    only groups the rows of one case. Searching a value means computing its
    index for each case one may see. A match is still a candidate to open and
    compare, never an answer on its own.
    """
    if "\0" in scope:
        raise ValueError("a blind-index scope contains NUL")
    key = provider.derive(key_id, b"blind index\0" + column.encode())
    message = scope.encode() + b"\0" + normalise(value).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:INDEX_HEX_DIGITS]


def _chunk_nonce(index: int) -> bytes:
    # A data key seals one file only, so a counter is a unique nonce.
    return index.to_bytes(NONCE_SIZE, "big")


def _chunk_data(ctx: bytes, index: int, final: bool) -> bytes:
    return b"file\0" + ctx + struct.pack(">QB", index, int(final))


class FileSealer:
    """Writes a file's bytes to `out` in authenticated chunks; a cut-off file does not open."""

    def __init__(self, out: IO[bytes], data_key: bytes, ctx: bytes) -> None:
        self._out = out
        self._aead = AESGCM(data_key)
        self._ctx = ctx
        self._buffer = bytearray()
        self._index = 0
        self._mac = hmac.new(data_key, b"digest\0", hashlib.sha256)
        out.write(FILE_MAGIC)

    def write(self, data: bytes) -> None:
        self._mac.update(data)
        self._buffer += data
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]

    def finish(self) -> str:
        """Seal the last chunk; return a keyed digest of the plaintext, safe to show."""
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()
        return self._mac.hexdigest()

    def _seal(self, plain: bytes, *, final: bool) -> None:
        nonce = _chunk_nonce(self._index)
        self._out.write(
            self._aead.encrypt(nonce, plain, _chunk_data(self._ctx, self._index, final))
        )
        self._index += 1


def open_file(source: IO[bytes], data_key: bytes, ctx: bytes) -> Iterator[bytes]:
    """The plaintext of a sealed file, chunk by chunk; raises EnvelopeError on any damage."""
    if source.read(len(FILE_MAGIC)) != FILE_MAGIC:
        raise EnvelopeError("not a sealed document")
    aead = AESGCM(data_key)
    size = CHUNK_SIZE + TAG_SIZE
    index = 0
    current = source.read(size)
    while True:
        following = source.read(size)
        final = not following
        try:
            yield aead.decrypt(_chunk_nonce(index), current, _chunk_data(ctx, index, final))
        except (InvalidTag, ValueError):
            raise EnvelopeError("a sealed document does not open: damaged or cut off") from None
        if final:
            return
        current, index = following, index + 1


def digest(data_key: bytes, chunks: Iterable[bytes]) -> str:
    """The keyed digest `FileSealer.finish` returns, recomputed from the plaintext."""
    mac = hmac.new(data_key, b"digest\0", hashlib.sha256)
    for chunk in chunks:
        mac.update(chunk)
    return mac.hexdigest()
