"""The encrypted container a backup is written in; no database access here.

Layout (all integers big-endian):

    header  = b"HOGOBAK\\0" | version (1 byte) | key id (8 bytes) | file id (16 bytes)
    chunk   = final flag (1 byte) | nonce (12 bytes) | length (4 bytes) | ciphertext

Each chunk is AES-256-GCM under the backup key, with a fresh random nonce. Its
associated data is the whole header, the chunk's index and its final flag, so
a flipped bit, a chunk moved, dropped or copied from another backup, and a
file cut after any chunk but the final one all fail authentication. Exactly
one chunk, the last, carries the final flag; a file that ends without it was
truncated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"HOGOBAK\0"
VERSION = 1
CHUNK_SIZE = 1024 * 1024
_HEADER = struct.Struct(">8sB8s16s")
_CHUNK = struct.Struct(">B12sI")
_TAG_BYTES = 16


class BackupError(Exception):
    """A backup cannot be written or read; the message says why, for the operator."""


def load_key(environ: Mapping[str, str] = os.environ) -> bytes:
    """The 32-byte backup key from HOGO_BACKUP_KEY or HOGO_BACKUP_KEY_FILE (base64)."""
    raw = environ.get("HOGO_BACKUP_KEY", "")
    path = environ.get("HOGO_BACKUP_KEY_FILE", "")
    if raw and path:
        raise BackupError("set HOGO_BACKUP_KEY or HOGO_BACKUP_KEY_FILE, not both")
    source = "HOGO_BACKUP_KEY"
    if path:
        source = "HOGO_BACKUP_KEY_FILE"
        try:
            raw = Path(path).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise BackupError(f"HOGO_BACKUP_KEY_FILE: cannot read {path}: {error}") from None
    if not raw.strip():
        raise BackupError(
            "no backup key: set HOGO_BACKUP_KEY or HOGO_BACKUP_KEY_FILE to 32 random bytes "
            "in base64 (for example the output of `openssl rand -base64 32`)"
        )
    try:
        key = base64.b64decode(raw.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BackupError(f"{source} is not valid base64") from None
    if len(key) != 32:
        raise BackupError(f"{source} must decode to 32 bytes, not {len(key)}")
    return key


def key_id(key: bytes) -> bytes:
    """Names the key in the header without revealing anything about it."""
    return hmac.new(key, b"hogo backup key id", hashlib.sha256).digest()[:8]


def _associated_data(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, int(final))


class EncryptingWriter:
    """A write-only binary stream that seals what it is given into `out`, chunk by chunk."""

    def __init__(self, out: IO[bytes], key: bytes, *, chunk_size: int = CHUNK_SIZE) -> None:
        self._out = out
        self._aead = AESGCM(key)
        self._chunk_size = chunk_size
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        self.header = _HEADER.pack(MAGIC, VERSION, key_id(key), os.urandom(16))
        out.write(self.header)

    def write(self, data: bytes) -> int:
        if self._closed:
            raise ValueError("write to a finished backup")
        self._buffer += data
        while len(self._buffer) > self._chunk_size:
            self._seal(bytes(self._buffer[: self._chunk_size]), final=False)
            del self._buffer[: self._chunk_size]
        return len(data)

    def finish(self) -> None:
        """Seal what is left as the final chunk (possibly empty)."""
        if not self._closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer.clear()
            self._closed = True

    def _seal(self, plain: bytes, *, final: bool) -> None:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plain, _associated_data(self.header, self._index, final))
        self._out.write(_CHUNK.pack(int(final), nonce, len(sealed)) + sealed)
        self._index += 1


def _read_exactly(source: IO[bytes], size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise BackupError("the backup is truncated: it ends in the middle of a chunk")
    return data


def decrypt_chunks(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    """The plaintext, chunk by chunk; raises BackupError at the first sign of damage."""
    header = source.read(_HEADER.size)
    if len(header) != _HEADER.size or not header.startswith(MAGIC):
        raise BackupError("this is not a hogo backup (the header is missing or damaged)")
    _, version, stored_key_id, _ = _HEADER.unpack(header)
    if version != VERSION:
        raise BackupError(f"backup format version {version} is not supported (expected {VERSION})")
    if not hmac.compare_digest(stored_key_id, key_id(key)):
        raise BackupError(
            f"wrong key: the backup was made with key id {stored_key_id.hex()}, "
            f"the configured key has id {key_id(key).hex()}"
        )
    aead = AESGCM(key)
    index = 0
    while True:
        prefix = source.read(_CHUNK.size)
        if not prefix:
            raise BackupError("the backup is truncated: its final chunk is missing")
        if len(prefix) != _CHUNK.size:
            raise BackupError("the backup is truncated: it ends in the middle of a chunk")
        flag, nonce, length = _CHUNK.unpack(prefix)
        if flag not in (0, 1) or length < _TAG_BYTES or length > CHUNK_SIZE + _TAG_BYTES:
            raise BackupError(f"the backup is damaged: chunk {index} has an impossible header")
        sealed = _read_exactly(source, length)
        try:
            plain = aead.decrypt(nonce, sealed, _associated_data(header, index, bool(flag)))
        except InvalidTag:
            raise BackupError(
                f"the backup is damaged or was altered: chunk {index} fails authentication"
            ) from None
        yield plain
        if flag:
            if source.read(1):
                raise BackupError("the backup is damaged: there is data after its final chunk")
            return
        index += 1


class DecryptingReader:
    """A read-only binary stream over the plaintext of a backup, for `tarfile`."""

    def __init__(self, source: IO[bytes], key: bytes) -> None:
        self._chunks = decrypt_chunks(source, key)
        self._buffer = b""
        self._position = 0
        self._done = False

    def read(self, size: int = -1) -> bytes:
        # An offset into the current chunk, not re-slicing it: tar reads 10 KiB at a time.
        while not self._done and (size < 0 or len(self._buffer) - self._position < size):
            try:
                chunk = next(self._chunks)
            except StopIteration:
                self._done = True
            else:
                self._buffer = self._buffer[self._position :] + chunk
                self._position = 0
        end = len(self._buffer) if size < 0 else self._position + size
        data = self._buffer[self._position : end]
        self._position += len(data)
        return data

    def drain(self) -> None:
        """Read to the end, so that a damaged or truncated tail is noticed."""
        while self.read(CHUNK_SIZE):
            pass
