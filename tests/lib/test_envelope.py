"""Envelope encryption, on its own: sealing, binding to a row, wrapping, files, indexes."""

from __future__ import annotations

import io

import pytest

from hogo.lib import envelope
from hogo.lib.envelope import EnvelopeError, LocalKeyring

OLD, NEW = bytes(range(32)), bytes(range(1, 33))
HERE = envelope.context("cases_event", "text", "0f8e6a36-0000-4000-8000-000000000001")
THERE = envelope.context("cases_event", "text", "0f8e6a36-0000-4000-8000-000000000002")


def test_a_sealed_value_opens_only_in_its_own_row_and_column() -> None:
    keys = LocalKeyring([OLD])
    sealed = envelope.seal(keys, "会いに来た".encode(), HERE)
    assert "会いに来た" not in sealed
    assert sealed.startswith(envelope.PREFIX)
    assert envelope.unseal(keys, sealed, HERE).decode() == "会いに来た"
    with pytest.raises(EnvelopeError):
        envelope.unseal(keys, sealed, THERE)
    other_column = envelope.context(
        "cases_event", "outcome", "0f8e6a36-0000-4000-8000-000000000001"
    )
    with pytest.raises(EnvelopeError):
        envelope.unseal(keys, sealed, other_column)


def test_every_value_gets_its_own_data_key() -> None:
    keys = LocalKeyring([OLD])
    first, second = (envelope.Envelope.parse(envelope.seal(keys, b"same", HERE)) for _ in "ab")
    assert first.wrapped != second.wrapped
    assert first.payload != second.payload


def test_a_tampered_value_does_not_open_and_the_message_holds_no_plaintext() -> None:
    keys = LocalKeyring([OLD])
    sealed = envelope.seal(keys, b"secret broker", HERE)
    flipped = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
    with pytest.raises(EnvelopeError) as raised:
        envelope.unseal(keys, flipped, HERE)
    assert "secret" not in str(raised.value)
    with pytest.raises(EnvelopeError):
        envelope.unseal(keys, "hg1.!!", HERE)
    with pytest.raises(EnvelopeError):
        envelope.unseal(keys, "plain text", HERE)


def test_rewrapping_moves_a_value_to_the_active_key_and_keeps_its_ciphertext() -> None:
    sealed = envelope.seal(LocalKeyring([OLD]), b"note", HERE)
    rotated_keys = LocalKeyring([NEW, OLD])
    rewrapped = envelope.rewrap(rotated_keys, sealed, HERE)
    assert envelope.key_id_of(sealed) == envelope.master_key_id(OLD)
    assert envelope.key_id_of(rewrapped) == envelope.master_key_id(NEW)
    assert envelope.Envelope.parse(rewrapped).payload == envelope.Envelope.parse(sealed).payload
    # After rotation the retired key is no longer needed to read it.
    assert envelope.unseal(LocalKeyring([NEW]), rewrapped, HERE) == b"note"
    assert envelope.rewrap(rotated_keys, rewrapped, HERE) == rewrapped
    with pytest.raises(EnvelopeError, match="not in the keyring"):
        envelope.unseal(LocalKeyring([NEW]), sealed, HERE)


@pytest.mark.parametrize("size", [0, 1, envelope.CHUNK_SIZE, envelope.CHUNK_SIZE * 2 + 5])
def test_a_file_round_trips_in_chunks(size: int) -> None:
    keys = LocalKeyring([OLD])
    data_key, wrapped = envelope.new_file_key(keys, HERE)
    plain = bytes(i % 251 for i in range(size))
    out = io.BytesIO()
    sealer = envelope.FileSealer(out, data_key, HERE)
    sealer.write(plain)
    digest = sealer.finish()
    stored = out.getvalue()
    assert size < 64 or plain[:64] not in stored
    key = envelope.file_key(keys, wrapped, HERE)
    opened = b"".join(envelope.open_file(io.BytesIO(stored), key, HERE))
    assert opened == plain
    assert envelope.digest(key, [opened]) == digest


def test_a_cut_or_misplaced_file_does_not_open() -> None:
    keys = LocalKeyring([OLD])
    data_key, _wrapped = envelope.new_file_key(keys, HERE)
    out = io.BytesIO()
    sealer = envelope.FileSealer(out, data_key, HERE)
    sealer.write(b"x" * (envelope.CHUNK_SIZE * 2))
    sealer.finish()
    stored = out.getvalue()
    cut = stored[: len(envelope.FILE_MAGIC) + envelope.CHUNK_SIZE + envelope.TAG_SIZE]
    with pytest.raises(EnvelopeError):
        b"".join(envelope.open_file(io.BytesIO(cut), data_key, HERE))
    with pytest.raises(EnvelopeError):
        b"".join(envelope.open_file(io.BytesIO(stored), data_key, THERE))


def test_the_blind_index_is_keyed_per_column_and_ignores_case_and_spacing() -> None:
    keys = LocalKeyring([OLD])
    key_id = keys.active_key_id
    one = envelope.blind_index(keys, key_id, "cases_event.organisation", "Mediators  Ltd")
    assert one == envelope.blind_index(keys, key_id, "cases_event.organisation", "mediators ltd")
    assert one != envelope.blind_index(keys, key_id, "cases_event.contact_with", "mediators ltd")
    other_keys = LocalKeyring([NEW])
    assert one != envelope.blind_index(
        other_keys, other_keys.active_key_id, "cases_event.organisation", "mediators ltd"
    )
    assert len(one) == 16  # 64 bits


def test_the_blind_index_is_keyed_per_case() -> None:
    keys = LocalKeyring([OLD])
    key_id = keys.active_key_id
    label = "cases_event.organisation"
    in_one_case = envelope.blind_index(keys, key_id, label, "Mediators Ltd", scope="41")
    assert in_one_case == envelope.blind_index(keys, key_id, label, "mediators ltd", scope="41")
    assert in_one_case != envelope.blind_index(keys, key_id, label, "Mediators Ltd", scope="42")
    assert in_one_case != envelope.blind_index(keys, key_id, label, "Mediators Ltd")


def test_a_context_bound_to_a_case_differs_from_one_bound_to_another() -> None:
    here = envelope.context("cases_event", "text", "0f8e6a36", "case", "41")
    sealed = envelope.seal(LocalKeyring([OLD]), b"note", here)
    for elsewhere in (
        envelope.context("cases_event", "text", "0f8e6a36", "case", "42"),
        envelope.context("cases_event", "text", "0f8e6a36"),
    ):
        with pytest.raises(envelope.EnvelopeError):
            envelope.unseal(LocalKeyring([OLD]), sealed, elsewhere)


def test_keyrings_are_read_strictly() -> None:
    good = envelope.generate_key()
    assert (
        len(envelope.parse_keys(f"{good}\n# retired:\n{envelope.generate_key()}", source="x")) == 2
    )
    for text, problem in [
        ("", "holds no key"),
        ("not base64!", "not valid base64"),
        ("YWJj", "32 bytes"),
        (f"{good},{good}", "same key twice"),
    ]:
        with pytest.raises(ValueError, match=problem):
            envelope.parse_keys(text, source="HOGO_MASTER_KEY")


def test_a_derived_secret_is_kept_and_stays_what_the_key_derives() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    keys = LocalKeyring([NEW, OLD])
    old_id = envelope.master_key_id(OLD)
    expected = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"hogo derived key", info=b"purpose"
    ).derive(OLD)
    assert keys.derive(old_id, b"purpose") == expected
    assert keys.derive(old_id, b"purpose") == expected  # from what was kept
    assert keys.derive(old_id, b"another") != expected
    assert keys.derive(keys.active_key_id, b"purpose") != expected
    for number in range(envelope.DERIVED_KEPT + 10):  # what is kept stays bounded
        keys.derive(old_id, str(number).encode())
    assert len(keys._derived) <= envelope.DERIVED_KEPT
    assert keys.derive(old_id, b"purpose") == expected
    with pytest.raises(EnvelopeError):
        keys.derive(b"\0" * envelope.KEY_ID_SIZE, b"purpose")
