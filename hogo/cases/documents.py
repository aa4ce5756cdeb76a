"""Documents: sealed as their bytes arrive, checked on the way, opened chunk by chunk.

A document's bytes are encrypted with its own data key the moment they are
received (from an upload, chunk by chunk, or from any stream) and written to a
partial file in the document store; no plaintext ever reaches a disk, not even
a temporary file. What must be judged on the whole file is judged on what was
kept in memory while it passed: its size, its first bytes (the type) and its
last 64 KiB (a hidden ZIP archive). `upload_document` in `cases.actions` keeps
a received document, or refuses it; a refused one leaves nothing behind.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hogo.cases.models import Case, Document
from hogo.keys.fields import WrappedKeyField
from hogo.keys.provider import provider
from hogo.lib import envelope

# A ZIP archive is read from its end: its "end of central directory" record sits in the
# last 65,557 bytes of the file. A PDF or image that carries one is a polyglot, which a
# mail filter or an unpacking tool would open as an archive: it is refused.
ZIP_END = b"PK\x05\x06"
ZIP_TAIL = 65557
HEAD_SIZE = 8192
READ_SIZE = 64 * 1024


def document_context(document: Document) -> bytes:
    """What a document's file and data key are bound to: its row and its case."""
    field = Document._meta.get_field("sealed_key")
    assert isinstance(field, WrappedKeyField)
    return field.seal_context(document)


def too_large_message() -> str:
    return _("The file is larger than %(limit)s MB.") % {
        "limit": settings.DOCUMENT_MAX_BYTES // (1024 * 1024)
    }


def sniff(head: bytes) -> str:
    """The type the first bytes show; the name and the type the sender claims are ignored."""
    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    # Plain text has no magic number: accept it only if it decodes as UTF-8.
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The sample may end inside a multi-byte character: only that is forgiven.
        if error.reason != "unexpected end of data":
            return "application/octet-stream"
    return "text/plain"


def safe_display_name(filename: str) -> str:
    """The uploader's file name, kept only as a label: never used as a path."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:200] or "document"


class SealedUpload:
    """A document being received for `case`, sealed into a partial file as it arrives.

    Past `DOCUMENT_MAX_BYTES` the partial file is deleted at once and the rest
    is only counted. `keep()` gives the file its final name (inside the
    transaction that records it); `discard()` deletes whatever was not kept
    and may be called any number of times.
    """

    def __init__(self, case: Case, *, filename: str = "") -> None:
        self.filename = filename
        self.limit = settings.DOCUMENT_MAX_BYTES
        self.document = Document(case=case, storage_name=secrets.token_hex(20))
        ctx = document_context(self.document)
        self._data_key, self.document.sealed_key = envelope.new_file_key(provider(), ctx)
        root = Path(settings.DOCUMENT_ROOT)
        root.mkdir(parents=True, exist_ok=True)
        self._final = root / self.document.storage_name
        self._partial = root / f"{self.document.storage_name}.part"
        self._out: IO[bytes] | None = self._partial.open("xb")
        self._sealer = envelope.FileSealer(self._out, self._data_key, ctx)
        self.size = 0
        self.head = b""
        self.tail = b""
        self.digest = ""
        self.kept = False

    @property
    def too_large(self) -> bool:
        return self.size > self.limit

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.too_large:
            self._drop()
            return
        if len(self.head) < HEAD_SIZE:
            self.head += chunk[: HEAD_SIZE - len(self.head)]
        self.tail = (self.tail + chunk)[-ZIP_TAIL:]
        self._sealer.write(chunk)

    def finish(self) -> None:
        """Seal the last chunk and close the partial file."""
        if self._out is None:
            return
        self.digest = self._sealer.finish()
        self._out.close()
        self._out = None

    def check(self) -> str:
        """The document's type; a ValidationError, in words, if it is not to be kept."""
        if self.too_large:
            raise ValidationError({"file": too_large_message()})
        if self.size == 0:
            raise ValidationError({"file": _("The file is empty.")})
        content_type = sniff(self.head)
        if content_type not in settings.DOCUMENT_TYPES:
            raise ValidationError(
                {
                    "file": _(
                        "Files of type %(type)s are not accepted; use PDF, JPEG, PNG or text."
                    )
                    % {"type": content_type}
                }
            )
        if ZIP_END in self.tail:
            raise ValidationError(
                {
                    "file": _(
                        "This file also holds a ZIP archive hidden behind its %(type)s content "
                        "and is not accepted: save or print it again as a plain file."
                    )
                    % {"type": content_type}
                }
            )
        return content_type

    def keep(self) -> None:
        self.finish()
        self._partial.rename(self._final)
        self.kept = True

    def discard(self) -> None:
        self._drop()
        if self.kept:
            self._final.unlink(missing_ok=True)
            self.kept = False

    def _drop(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
        self._partial.unlink(missing_ok=True)
        self.head = self.tail = b""


def receive(case: Case, stream: IO[bytes], *, filename: str = "") -> SealedUpload:
    """A document read from any stream (a command, the demo, a test), sealed as it is read."""
    upload = SealedUpload(case, filename=filename)
    try:
        while chunk := stream.read(READ_SIZE):
            upload.write(chunk)
            if upload.too_large:
                break
        upload.finish()
    except BaseException:
        upload.discard()
        raise
    return upload


def open_document(document: Document) -> Iterator[bytes]:
    """The plaintext of a stored document, chunk by chunk, authenticated as it is read.

    The caller has authorised the read and recorded it. A damaged file raises
    EnvelopeError part-way; a missing one raises FileNotFoundError before any byte.
    """
    ctx = document_context(document)
    data_key = envelope.file_key(provider(), document.sealed_key, ctx)
    source = (Path(settings.DOCUMENT_ROOT) / document.storage_name).open("rb")

    def chunks() -> Iterator[bytes]:
        with source:
            yield from envelope.open_file(source, data_key, ctx)

    return chunks()
