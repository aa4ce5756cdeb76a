"""`hogo stats tables` and `hogo stats publish TABLE --from --to --out [--method suppress|dp]`."""

from __future__ import annotations

import getpass
import os
import tempfile
from argparse import ArgumentTypeError
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone, translation

from hogo.stats import exports
from hogo.stats.actions import ReleaseError, publish_table
from hogo.stats.models import Method
from hogo.stats.tables import TABLES

DEFAULT_EPSILON = 0.25


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _write_atomically(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Command(BaseCommand):
    help = "List the releasable tables, or publish one through the protected release path."
    # The system checks import every page's module (the URL check), with their charts,
    # spreadsheets and linkage engine: seconds of start-up for a command that needs none
    # of it. `hogo check` and `hogo doctor` run them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="subcommand", required=True)
        commands.add_parser("tables", help="the table names, one per line")
        publish = commands.add_parser("publish", help="release a table and write it to a file")
        publish.add_argument("table")
        publish.add_argument("--from", dest="start", type=_day, required=True)
        publish.add_argument("--to", dest="end", type=_day, required=True)
        publish.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
        publish.add_argument("--method", choices=Method.values, default=Method.SUPPRESS)
        publish.add_argument(
            "--epsilon", type=float, default=DEFAULT_EPSILON, help="privacy loss (--method dp)"
        )
        publish.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="the language of the file's labels and of the withheld mark",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "tables":
            for name in TABLES:
                self.stdout.write(name)
            return
        out: Path = options["out"]
        if not out.parent.is_dir():
            raise CommandError(f"the folder of {out} does not exist")
        method = options["method"]
        try:
            with transaction.atomic():
                release = publish_table(
                    options["table"],
                    start=options["start"],
                    end=options["end"],
                    method=method,
                    epsilon=options["epsilon"] if method == Method.DP else None,
                    actor=None,
                    actor_label=f"cli:{getpass.getuser()}",
                    today=timezone.localdate(),
                )
                with translation.override(options["language"]):
                    if out.suffix.lower() == ".xlsx":
                        content = exports.as_xlsx(release)
                    else:
                        content = exports.as_csv(release).encode()
                # Written last, inside the transaction: no file without its record, and back.
                _write_atomically(out, content)
        except ReleaseError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(f"could not write {out}: {error}") from None
        self.stderr.write(f"release {release.pk} of {release.table} written to {out}")
