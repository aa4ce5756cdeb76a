"""`hogo backup OUT`: the whole instance, encrypted, in one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hogo.backups.archive import write_backup
from hogo.backups.container import BackupError, load_key


class Command(BaseCommand):
    help = (
        "Write an encrypted, integrity-checked backup of the database, the documents and "
        "the audit chain head to OUT (through OUT.part). The key is read from "
        "HOGO_BACKUP_KEY or HOGO_BACKUP_KEY_FILE: 32 random bytes in base64. See docs/backups.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", type=Path, help="the backup file to create")

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        try:
            manifest = write_backup(out, key=load_key())
        except BackupError as error:
            raise CommandError(f"backup failed: {error}") from None
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"backup written to {out}: {rows} rows, {manifest['documents']} documents, "
            f"audit head {manifest['audit_head']}, key id {manifest['key_id']}"
        )
