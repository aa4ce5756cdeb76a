"""`hogo keys generate|status|rotate`: the master keys that wrap every data key."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hogo.keys import rotation
from hogo.keys.provider import provider
from hogo.lib.envelope import generate_key


class Command(BaseCommand):
    help = (
        "Manage the master keys of field and document encryption: `generate` prints a new "
        "key, `status` counts stored values per key id, `rotate` re-wraps every data key "
        "under the active (first) key. See docs/security.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("generate", help="print a new random master key (base64)")
        sub.add_parser("status", help="how many stored values each master key wraps")
        rotate = sub.add_parser("rotate", help="re-wrap every data key under the active key")
        rotate.add_argument(
            "--batch-size",
            type=int,
            default=rotation.BATCH_SIZE,
            help=f"rows per transaction (default {rotation.BATCH_SIZE})",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "generate":
            self.stdout.write(generate_key())
        elif action == "status":
            self._status()
        else:
            if options["batch_size"] < 1:
                raise CommandError("--batch-size must be at least 1")
            self._rotate(options["batch_size"])

    def _status(self) -> None:
        keys = provider()
        counts = rotation.status()
        known = keys.key_ids()
        for key_id in known:
            role = "active" if key_id == keys.active_key_id else "retired"
            self.stdout.write(f"{key_id.hex()}  {role:<8} {counts.pop(key_id.hex(), 0)}")
        for key_hex, count in sorted(counts.items()):
            self.stdout.write(f"{key_hex}  missing  {count}")
        if counts:
            raise CommandError(
                "some values are wrapped by a key that is not in the keyring: they cannot be "
                "read until it is added back"
            )

    def _rotate(self, batch_size: int) -> None:
        def progress(label: str, done: int) -> None:
            # A line per committed batch: what an interrupted run had finished.
            sys.stderr.write(f"{label}: {done} re-wrapped\n")
            sys.stderr.flush()

        total = rotation.rotate(batch_size=batch_size, progress=progress)
        self.stdout.write(
            f"{total} values re-wrapped under {provider().active_key_id.hex()}; "
            "check with `hogo keys status` before removing a retired key"
        )
