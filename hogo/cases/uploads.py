"""Upload handlers: where the bytes of an uploaded file go while the request is read.

Django's own handlers keep a small upload in memory and spool a larger one,
in plaintext, to the temporary directory. hogo uses neither. Everywhere, a file
in a request is skipped unread (`RefuseFiles`); the document upload page alone
puts `SealDocument` in its place, once it has authorised the case, and that
handler seals each chunk into the document store as it arrives.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest

from hogo.cases.documents import SealedUpload
from hogo.cases.models import Case

FILE_FIELD = "file"


class RefuseFiles(FileUploadHandler):
    """No page but the document upload takes files: any other is dropped unread."""

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        raise SkipFile

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        return None

    def file_complete(self, file_size: int) -> None:
        return None


class SealedUploadedFile(UploadedFile[bytes]):
    """What the form sees of a sealed upload: its name and size, never its bytes."""

    def __init__(self, sealed: SealedUpload, *, name: str, content_type: str) -> None:
        super().__init__(None, name=name, content_type=content_type, size=sealed.size)
        self.sealed = sealed

    def open(self, mode: str | None = None) -> Any:  # type: ignore[override]
        raise ValueError("a sealed upload cannot be read back as plaintext")

    def close(self) -> None:
        # Django closes a request's files when the response is done: one that was
        # not kept by then is deleted.
        if not self.sealed.kept:
            self.sealed.discard()


class SealDocument(FileUploadHandler):
    """Seals the one document of the upload form, chunk by chunk, into the store."""

    def __init__(self, request: HttpRequest, *, case: Case) -> None:
        super().__init__(request)
        self.case = case
        self.sealed: SealedUpload | None = None

    def new_file(
        self,
        field_name: str,
        file_name: str,
        content_type: str,
        content_length: int | None,
        charset: str | None = None,
        content_type_extra: dict[str, bytes] | None = None,
    ) -> None:
        super().new_file(
            field_name, file_name, content_type, content_length, charset, content_type_extra
        )
        if field_name != FILE_FIELD or self.sealed is not None:
            raise SkipFile
        self.sealed = SealedUpload(self.case, filename=file_name)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        assert self.sealed is not None
        self.sealed.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> UploadedFile[bytes] | None:
        if self.sealed is None:
            return None
        self.sealed.finish()
        return SealedUploadedFile(
            self.sealed, name=self.file_name or "", content_type=self.content_type or ""
        )

    def upload_interrupted(self) -> None:
        self.discard()

    def discard(self) -> None:
        """Delete whatever was received and not kept; safe to call at any time."""
        if self.sealed is not None and not self.sealed.kept:
            self.sealed.discard()
