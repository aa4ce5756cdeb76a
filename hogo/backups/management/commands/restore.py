"""`hogo restore IN`: an empty instance, given back everything a backup holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hogo.backups.archive import restore_backup
from hogo.backups.container import BackupError, load_key


class Command(BaseCommand):
    help = (
        "Restore a backup made by `hogo backup` into this instance, which must be migrated "
        "and hold no hogo data. The whole file is authenticated before anything is written; "
        "on any error nothing is restored. See docs/backups.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path, metavar="IN", help="the backup file to restore")

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path = options["source"]
        try:
            manifest = restore_backup(source, key=load_key())
        except BackupError as error:
            raise CommandError(f"restore refused: {error}") from None
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"restored {rows} rows and {manifest['documents']} documents from {source} "
            f"(made {manifest['created_at']}); audit log verified, head {manifest['audit_head']}"
        )
