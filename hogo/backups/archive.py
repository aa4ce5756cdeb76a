"""Writing a whole instance into one encrypted backup, and reading it back.

The backup is a tar, sealed by `container`, of:

    data/NNNN-<app.model>-NNNNN.jsonl   rows, one JSON object per line (Django's
                                        "python" serialisation, full-precision times)
    documents/<name>                    every file under DOCUMENT_ROOT
    manifest.json                       format, row counts, migrations, audit head

The manifest comes last, so it can state what was written before it. Restoring
reads the whole file twice: once to authenticate and check every part without
touching anything, then to load it in one transaction.
"""

from __future__ import annotations

import datetime
import functools
import io
import itertools
import json
import os
import re
import secrets
import shutil
import tarfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, Any, TypedDict, cast

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers import python
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from tqdm import tqdm
from tqdm.utils import CallbackIOWrapper

from hogo.audit import log
from hogo.backups.container import (
    BackupError,
    DecryptingReader,
    EncryptingWriter,
    key_id,
)
from hogo.keys.fields import Sealed, SealedMixin, sealed_fields
from hogo.lib.envelope import EnvelopeError, is_sealed

FORMAT = 1
# Progress on a terminal only: nothing in logs or under cron.
_bar = functools.partial(tqdm, disable=None)
ROWS_PER_MEMBER = 5000
MANIFEST = "manifest.json"
# Recreated by `migrate` on the target (and numbered differently there), or not worth
# restoring: sign-ins and throttling records would only revive stale sessions.
SKIPPED_MODELS = frozenset({"contenttypes.contenttype", "auth.permission", "sessions.session"})
SKIPPED_APPS = frozenset({"axes"})
# Referred to by natural key, since their numbers differ between instances.
_NATURAL_KEY_MODELS = (ContentType, Permission)
_DATA_NAME = re.compile(r"^data/\d{4}-([a-z0-9_]+\.[a-z0-9_]+)-\d{5}\.jsonl$")
_DOCUMENT_PART = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]*$")


class Manifest(TypedDict):
    format: int
    created_at: str
    database: str
    key_id: str
    migrations: dict[str, list[str]]
    counts: dict[str, int]
    documents: int
    document_bytes: int
    audit_entries: int
    audit_head: str


def models_to_back_up() -> list[type[models.Model]]:
    """Every table of the instance that a restore needs, parents before children."""
    by_app: dict[Any, list[type[models.Model]]] = {}
    for model in apps.get_models():
        meta = model._meta
        if not meta.managed or meta.proxy or meta.app_label in SKIPPED_APPS:
            continue
        if meta.label_lower in SKIPPED_MODELS:
            continue
        by_app.setdefault(meta.app_config, []).append(model)
    ordered: list[type[models.Model]] = serializers.sort_dependencies(list(by_app.items()))
    return ordered


class _Encoder(DjangoJSONEncoder):
    # DjangoJSONEncoder cuts times to milliseconds; the audit chain hashes microseconds.
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class _Serializer(python.Serializer):
    """Natural keys only for content types and permissions; every other key as stored.

    Encrypted fields are written as stored, sealed: a backup carries the wrapped
    data keys, never a plaintext, and restoring it needs the master keys.
    """

    def handle_field(self, obj: models.Model, field: Any) -> None:
        if isinstance(field, SealedMixin):
            self._current[field.name] = field.pre_save(obj, False)  # type: ignore[attr-defined]
        else:
            super().handle_field(obj, field)

    def handle_fk_field(self, obj: models.Model, field: Any) -> None:
        self.use_natural_foreign_keys = field.remote_field.model in _NATURAL_KEY_MODELS
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj: models.Model, field: Any) -> None:
        self.use_natural_foreign_keys = field.remote_field.model in _NATURAL_KEY_MODELS
        super().handle_m2m_field(obj, field)


def _applied_migrations(labels: Iterable[str]) -> dict[str, list[str]]:
    wanted = set(labels)
    applied: dict[str, list[str]] = {}
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        if app_label in wanted:
            applied.setdefault(app_label, []).append(name)
    return {label: sorted(names) for label, names in sorted(applied.items())}


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))


def _document_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    # A ".part" file is an upload still being written (or abandoned): not a document yet.
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and not path.name.endswith(".part")
    )


@contextmanager
def _snapshot() -> Iterator[None]:
    """One consistent view of the database for the whole dump."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        # SQLite: the transaction is BEGIN IMMEDIATE (settings), so writers wait.
        yield


def _add_rows(tar: tarfile.TarFile, name: str, batch: list[models.Model]) -> None:
    lines = "".join(
        json.dumps(item, cls=_Encoder, ensure_ascii=False, allow_nan=False) + "\n"
        for item in _Serializer().serialize(batch)
    )
    _add_bytes(tar, name, lines.encode())


def _dump_rows(tar: tarfile.TarFile, model_list: list[type[models.Model]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    total = sum(model._base_manager.count() for model in model_list)
    with _bar(total=total, unit=" rows", desc="database") as bar:
        for number, model in enumerate(model_list):
            label = model._meta.label_lower
            counts[label] = 0
            batch: list[models.Model] = []
            rows = model._base_manager.order_by("pk").iterator(chunk_size=2000)
            for row in itertools.chain(rows, [None]):
                if row is not None:
                    batch.append(row)
                if batch and (row is None or len(batch) >= ROWS_PER_MEMBER):
                    part = counts[label] // ROWS_PER_MEMBER
                    _add_rows(tar, f"data/{number:04d}-{label}-{part:05d}.jsonl", batch)
                    counts[label] += len(batch)
                    bar.update(len(batch))
                    batch = []
    return counts


def _dump_documents(tar: tarfile.TarFile, root: Path) -> tuple[int, int]:
    files = _document_files(root)
    sizes = 0
    with _bar(total=len(files), unit=" files", desc="documents") as bar:
        for path in files:
            with path.open("rb") as source:
                info = tarfile.TarInfo("documents/" + path.relative_to(root).as_posix())
                info.size = os.fstat(source.fileno()).st_size
                info.mode = 0o600
                info.mtime = int(path.stat().st_mtime)
                tar.addfile(info, source)
            sizes += info.size
            bar.update(1)
    return len(files), sizes


def write_backup(out: Path, *, key: bytes) -> Manifest:
    """Write the backup to `out`, through `out.part`: `out` exists only once complete."""
    if out.exists():
        raise BackupError(f"{out} already exists: choose a new name, backups are never overwritten")
    partial = out.with_name(out.name + ".part")
    partial.unlink(missing_ok=True)
    log.record("backups.backup", actor=None, data={"key_id": key_id(key).hex()})
    log.sequence()
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise BackupError(f"cannot write {partial}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "wb") as raw:
            writer = EncryptingWriter(raw, key)
            with (
                _snapshot(),
                tarfile.open(
                    fileobj=cast(Any, writer), mode="w|", format=tarfile.PAX_FORMAT
                ) as tar,
            ):
                model_list = models_to_back_up()
                counts = _dump_rows(tar, model_list)
                documents, document_bytes = _dump_documents(tar, settings.DOCUMENT_ROOT)
                # Chained before the snapshot began; any entry written since is
                # dumped unchained and chained the same way after a restore.
                verdict = log.verify(chain_first=False)
                manifest = Manifest(
                    format=FORMAT,
                    created_at=datetime.datetime.now(datetime.UTC).isoformat(),
                    database=connection.vendor,
                    key_id=key_id(key).hex(),
                    migrations=_applied_migrations(m._meta.app_label for m in model_list),
                    counts=counts,
                    documents=documents,
                    document_bytes=document_bytes,
                    audit_entries=verdict.entries,
                    audit_head=log.head(chain_first=False),
                )
                if not verdict.ok:
                    raise BackupError(
                        f"the audit log is damaged, not backing up: {verdict.problem}"
                    )
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            writer.finish()
            raw.flush()
            os.fsync(raw.fileno())
        partial.rename(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


class _Restore:
    """What the first, read-only pass learnt about a backup."""

    def __init__(self) -> None:
        self.manifest: Manifest | None = None
        self.counts: Counter[str] = Counter()
        self.documents = 0


def _document_path(name: str) -> PurePosixPath:
    relative = PurePosixPath(name[len("documents/") :])
    if not relative.parts or not all(_DOCUMENT_PART.match(part) for part in relative.parts):
        raise BackupError(f"the backup holds a document with an unsafe name: {name!r}")
    return relative


def _members(source: IO[bytes], key: bytes) -> Iterator[tuple[tarfile.TarInfo, IO[bytes]]]:
    """Each member of the backup with its contents, then a check that nothing follows."""
    reader = DecryptingReader(source, key)
    try:
        with tarfile.open(fileobj=cast(Any, reader), mode="r|") as tar:
            for member in tar:
                if not member.isfile():
                    raise BackupError(
                        f"the backup holds something other than a file: {member.name!r}"
                    )
                contents = tar.extractfile(member)
                assert contents is not None  # a regular file always has contents
                yield member, contents
    except tarfile.TarError as error:
        raise BackupError(f"the backup's contents are damaged: {error}") from None
    reader.drain()


def _read_manifest(data: bytes) -> Manifest:
    try:
        manifest: Manifest = json.loads(data)
        if manifest["format"] != FORMAT:
            raise BackupError(f"backup contents format {manifest['format']} is not supported")
        return manifest
    except (ValueError, KeyError, TypeError):
        raise BackupError("the backup's manifest is damaged") from None


def check_backup(path: Path, *, key: bytes) -> Manifest:
    """Authenticate and check the whole backup, without writing anything anywhere."""
    found = _Restore()
    labels = {model._meta.label_lower for model in models_to_back_up()}
    with _open(path, "checking") as source:
        for member, contents in _members(source, key):
            if member.name == MANIFEST:
                found.manifest = _read_manifest(contents.read())
            elif (match := _DATA_NAME.match(member.name)) is not None:
                if match.group(1) not in labels:
                    raise BackupError(f"the backup holds rows of an unknown table {match.group(1)}")
                for line in contents:
                    if json.loads(line)["model"] != match.group(1):
                        raise BackupError(f"the backup's part {member.name} is inconsistent")
                    found.counts[match.group(1)] += 1
            elif member.name.startswith("documents/"):
                _document_path(member.name)
                while contents.read(1024 * 1024):
                    pass
                found.documents += 1
            else:
                raise BackupError(f"the backup holds an unexpected part {member.name!r}")
    if found.manifest is None:
        raise BackupError("the backup has no manifest: it is incomplete")
    manifest = found.manifest
    expected = {label: count for label, count in manifest["counts"].items() if count}
    if dict(found.counts) != expected or found.documents != manifest["documents"]:
        raise BackupError("the backup's contents do not match its manifest")
    return manifest


@contextmanager
def _open(path: Path, what: str) -> Iterator[IO[bytes]]:
    try:
        raw = path.open("rb")
    except OSError as error:
        raise BackupError(f"cannot read {path}: {error.strerror}") from None
    with raw, _bar(total=path.stat().st_size, unit="B", unit_scale=True, desc=what) as bar:
        yield cast(IO[bytes], CallbackIOWrapper(bar.update, raw, "read"))


def _refuse_unless_empty(manifest: Manifest, root: Path) -> None:
    model_list = models_to_back_up()
    try:
        present = _applied_migrations(m._meta.app_label for m in model_list)
        occupied = [m._meta.label_lower for m in model_list if m._base_manager.exists()]
    except DatabaseError as error:
        raise BackupError(
            f"the target database is not ready (run `hogo migrate`): {error}"
        ) from None
    if present != manifest["migrations"]:
        raise BackupError(
            "the backup was made at another database schema than this instance's: restore it "
            "with the hogo version that made it, then upgrade"
        )
    if occupied:
        raise BackupError(
            "restore needs an empty instance, but the target database already holds "
            f"hogo data ({', '.join(occupied)}); nothing was changed"
        )
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise BackupError(f"restore needs an empty document directory, but {root} is not empty")


def _load_rows(data: bytes) -> None:
    objects = [json.loads(line) for line in data.splitlines()]
    deferred = []
    for item in serializers.deserialize("python", objects, handle_forward_references=True):
        for field in sealed_fields(type(item.object)):
            value = item.object.__dict__.get(field.attname)
            if is_sealed(value):
                item.object.__dict__[field.attname] = Sealed(value)
        try:
            # A raw save opens each sealed value once: one that does not open stops here.
            item.save()
        except EnvelopeError as error:
            raise BackupError(
                f"an encrypted value of the backup does not open ({error}): restore needs the "
                "master keys of the instance that made it (HOGO_MASTER_KEY or "
                "HOGO_MASTER_KEY_FILE)"
            ) from None
        if item.deferred_fields:
            deferred.append(item)
    for item in deferred:
        item.save_deferred_fields()


def _check_loaded(manifest: Manifest) -> None:
    model_list = models_to_back_up()
    connection.check_constraints(table_names=[m._meta.db_table for m in model_list])
    if connection.vendor == "postgresql":
        # Rows came in with their own ids: move each sequence past them, as
        # `sqlsequencereset` would, or the next insert would collide.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), model_list):
                cursor.execute(statement)
    for model in model_list:
        label = model._meta.label_lower
        if model._base_manager.count() != manifest["counts"].get(label, 0):
            raise BackupError(f"restored {label} does not have the row count the backup states")
    verdict = log.verify(published_head=manifest["audit_head"], chain_first=False)
    if not verdict.ok:
        raise BackupError(f"the restored audit log does not verify: {verdict.problem}")
    if log.head(chain_first=False) != manifest["audit_head"]:
        raise BackupError("the restored audit log's head differs from the backup's")


def restore_backup(path: Path, *, key: bytes) -> Manifest:
    """Restore into an empty instance; on any failure nothing stays behind."""
    manifest = check_backup(path, key=key)
    root: Path = settings.DOCUMENT_ROOT
    _refuse_unless_empty(manifest, root)
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = root.parent / f".{root.name}.restore-{secrets.token_hex(8)}"
    staging.mkdir(mode=0o700)
    root_existed, installed = root.exists(), False
    try:
        with transaction.atomic():
            with _open(path, "restoring") as source:
                for member, contents in _members(source, key):
                    if _DATA_NAME.match(member.name):
                        _load_rows(contents.read())
                    elif member.name.startswith("documents/"):
                        target = staging.joinpath(*_document_path(member.name).parts)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        with target.open("xb") as out:
                            shutil.copyfileobj(contents, out)
            _check_loaded(manifest)
            log.record(
                "backups.restore",
                actor=None,
                data={
                    "backup_created_at": manifest["created_at"],
                    "backup_head": manifest["audit_head"],
                    "key_id": manifest["key_id"],
                },
            )
            if root_existed:
                root.rmdir()  # checked empty above
            staging.rename(root)
            installed = True
    except BaseException:
        if installed:
            shutil.rmtree(root, ignore_errors=True)
        if root_existed:
            root.mkdir(exist_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest
