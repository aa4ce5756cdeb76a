"""The encrypted container notices every kind of damage, and nothing else."""

from __future__ import annotations

import io
import os

import pytest

from hogo.backups.container import BackupError, DecryptingReader, EncryptingWriter

KEY = os.urandom(32)
CHUNK = 64
PLAIN = bytes(range(256)) * 3  # 768 bytes: twelve full chunks and an empty final one


def sealed(plain: bytes = PLAIN, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    writer = EncryptingWriter(out, key, chunk_size=CHUNK)
    writer.write(plain)
    writer.finish()
    return out.getvalue()


def opened(data: bytes, key: bytes = KEY) -> bytes:
    return DecryptingReader(io.BytesIO(data), key).read()


def chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    header, rest, parts = data[:33], data[33:], []
    while rest:
        length = int.from_bytes(rest[13:17], "big")
        parts.append(rest[: 17 + length])
        rest = rest[17 + length :]
    return header, parts


def test_it_gives_back_exactly_what_was_sealed() -> None:
    assert opened(sealed()) == PLAIN
    assert opened(sealed(b"")) == b""


def test_it_reads_in_small_pieces_as_tar_does() -> None:
    reader = DecryptingReader(io.BytesIO(sealed()), KEY)
    pieces = iter(lambda: reader.read(10), b"")
    assert b"".join(pieces) == PLAIN


def test_it_refuses_every_single_flipped_byte() -> None:
    data = sealed(PLAIN[:100])
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(BackupError):
            opened(bytes(damaged))


def test_it_refuses_a_file_cut_at_a_chunk_boundary() -> None:
    header, parts = chunks(sealed())
    with pytest.raises(BackupError, match="truncated: its final chunk is missing"):
        opened(header + b"".join(parts[:-1]))


def test_it_refuses_a_file_cut_inside_a_chunk() -> None:
    data = sealed()
    with pytest.raises(BackupError, match="truncated"):
        opened(data[:-5])


def test_it_refuses_reordered_chunks() -> None:
    header, parts = chunks(sealed())
    parts[0], parts[1] = parts[1], parts[0]
    with pytest.raises(BackupError, match="chunk 0 fails authentication"):
        opened(header + b"".join(parts))


def test_it_refuses_a_chunk_taken_from_another_backup_with_the_same_key() -> None:
    header, parts = chunks(sealed())
    _, other = chunks(sealed())
    with pytest.raises(BackupError, match="chunk 2 fails authentication"):
        opened(header + b"".join(parts[:2] + other[2:3] + parts[3:]))


def test_it_refuses_data_after_the_final_chunk() -> None:
    with pytest.raises(BackupError, match="data after its final chunk"):
        opened(sealed() + b"\0")


def test_it_names_a_wrong_key_as_such() -> None:
    with pytest.raises(BackupError, match="wrong key"):
        opened(sealed(), key=os.urandom(32))


def test_it_refuses_what_is_not_a_backup() -> None:
    with pytest.raises(BackupError, match="not a hogo backup"):
        opened(b"PK\x03\x04 a zip file, perhaps")
