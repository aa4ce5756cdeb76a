"""`hogo support ...`: payment runs, schedules and the ledger, from the shell.

The command-line contract (docs/support.md) is relied on by other systems: its
headers, exit statuses and formats do not change without a new version.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser, DjangoHelpFormatter

from hogo.access import system_reader
from hogo.audit.log import record
from hogo.lib.spreadsheets import safe_row
from hogo.support import ledger, selectors
from hogo.support.actions import SupportRefused
from hogo.support.calendar import parse_month
from hogo.support.models import Batch, Household
from hogo.support.payments import export_batch, import_results
from hogo.support.programmes import load_programmes
from hogo.support.runs import run_month

HELP = """\
Resettlement support from the shell. Amounts are whole yen.

  run --month YYYY-MM --out BATCH.csv [--dry-run]
           gather every instalment due that month and not yet in a batch into
           one batch waiting for approval, and write it as CSV. Run again: no
           new batch, a file with the header only. --dry-run creates nothing.
  schedule CASE_REFERENCE --format csv
           write a case's instalments and their status to standard output.
  ledger verify
           exit 0 when every ledger entry is intact and every account balances;
           otherwise name the first entry or account that does not fit.
  programmes load
           create the programmes hogo ships with (docs/support.md), if missing.
  export BATCH_ID --out FILE
           write an approved batch as a Zengin transfer file (Shift_JIS).
  results BATCH_ID FILE
           read the bank's result file: every payment marked paid, failed or
           returned, or (when its count or total does not match) nothing at all.
"""

RUN_HEADER = [
    "payment_id",
    "case_reference",
    "beneficiary",
    "benefit",
    "period",
    "due_date",
    "amount_jpy",
]
SCHEDULE_HEADER = ["beneficiary", "benefit", "period", "due_date", "amount_jpy", "status"]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class _HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Django's option order, and the line breaks of HELP kept."""


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(
            dest="support_command", metavar="{run,schedule,ledger,programmes,export,results}"
        )
        commands.required = True
        run = commands.add_parser("run", help="gather a month's instalments into a batch")
        run.add_argument("--month", required=True, metavar="YYYY-MM")
        run.add_argument("--out", required=True, type=Path, metavar="BATCH.csv")
        run.add_argument("--dry-run", action="store_true")
        sched = commands.add_parser("schedule", help="one case's instalments")
        sched.add_argument("reference", metavar="CASE_REFERENCE")
        sched.add_argument("--format", choices=["csv"], default="csv")
        led = commands.add_parser("ledger", help="the support ledger")
        led_commands = led.add_subparsers(dest="ledger_command", metavar="{verify}")
        led_commands.required = True
        led_commands.add_parser("verify", help="check every entry and balance")
        progs = commands.add_parser("programmes", help="the shipped programmes")
        prog_commands = progs.add_subparsers(dest="programmes_command", metavar="{load}")
        prog_commands.required = True
        prog_commands.add_parser("load", help="create the shipped programmes if missing")
        export = commands.add_parser("export", help="an approved batch as a Zengin file")
        export.add_argument("batch", type=int, metavar="BATCH_ID")
        export.add_argument("--out", required=True, type=Path, metavar="FILE")
        results = commands.add_parser("results", help="read the bank's result file")
        results.add_argument("batch", type=int, metavar="BATCH_ID")
        results.add_argument("file", type=Path, metavar="FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        command = options["support_command"]
        if command == "run":
            self.run(options["month"], options["out"], dry_run=options["dry_run"])
        elif command == "schedule":
            self.schedule(options["reference"])
        elif command == "ledger":
            self.verify()
        elif command == "export":
            self.export(options["batch"], options["out"])
        elif command == "results":
            self.results(options["batch"], options["file"])
        else:
            created = load_programmes(actor=None)
            self.stdout.write(f"programmes loaded: {created} rows created")

    def run(self, month_text: str, out: Path, *, dry_run: bool) -> None:
        try:
            month = parse_month(month_text)
        except ValueError as error:
            self.stderr.write(str(error))
            raise SystemExit(2) from None
        try:
            result = run_month(month, actor=None, dry_run=dry_run)
        except SupportRefused as error:
            self.stderr.write(str(error))
            raise SystemExit(1) from None
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(RUN_HEADER)
            for row in result.rows:
                writer.writerow(
                    safe_row(
                        [
                            "" if row.payment_id is None else row.payment_id,
                            row.case_reference,
                            row.beneficiary,
                            row.benefit,
                            f"{row.period:%Y-%m}",
                            row.due_date.isoformat(),
                            row.amount,
                        ]
                    )
                )
        what = "would gather" if dry_run else "gathered"
        batch = f" into batch {result.batch.pk}" if result.batch else ""
        self.stderr.write(
            f"{month:%Y-%m}: {what} {len(result.rows)} payments, {result.total} yen{batch}; "
            f"{result.held} held"
        )

    def schedule(self, reference: str) -> None:
        household = (
            Household.objects.filter(case__reference=reference.strip())
            .select_related("case")
            .first()
        )
        if household is None:
            exists = (
                system_reader("support.schedule").cases().filter(reference=reference.strip())
            ).exists()
            self.stderr.write(
                f"case {reference!r} has no resettlement support"
                if exists
                else f"no case with the reference {reference!r}"
            )
            raise SystemExit(1)
        rows = selectors.schedule_of(household)
        record(
            "support.schedule_view",
            actor=None,
            obj=household.case,
            data={"via": "command", "os_user": _os_user(), "rows": len(rows)},
        )
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(SCHEDULE_HEADER)
        for item in rows:
            writer.writerow(
                safe_row(
                    [
                        item.beneficiary,
                        item.benefit,
                        f"{item.period:%Y-%m}",
                        item.due_date.isoformat(),
                        item.amount,
                        item.status,
                    ]
                )
            )
        self.stdout.write(buffer.getvalue(), ending="")

    def _batch(self, pk: int) -> Batch:
        batch = Batch.objects.filter(pk=pk).first()
        if batch is None:
            self.stderr.write(f"no batch {pk}")
            raise SystemExit(1)
        return batch

    def export(self, pk: int, out: Path) -> None:
        try:
            exported = export_batch(self._batch(pk), actor=None)
        except SupportRefused as error:
            self.stderr.write(str(error))
            raise SystemExit(1) from None
        out.write_bytes(exported.data)
        for first, second in exported.shared_accounts:
            self.stderr.write(f"warning: {first} and {second} are paid into one account")
        self.stderr.write(f"batch {pk} written to {out}")

    def results(self, pk: int, path: Path) -> None:
        batch = self._batch(pk)
        try:
            data = path.read_bytes()
        except OSError as error:
            self.stderr.write(f"{path}: {error.strerror}")
            raise SystemExit(1) from None
        try:
            counts = import_results(batch, data, actor=None)
        except SupportRefused as error:
            self.stderr.write(f"refused, nothing changed: {error}")
            raise SystemExit(1) from None
        self.stdout.write(", ".join(f"{n} {outcome}" for outcome, n in counts.items()))

    def verify(self) -> None:
        verdict = ledger.verify()
        if not verdict.ok:
            self.stderr.write(f"support ledger damaged: {verdict.problem}")
            raise SystemExit(1)
        record(
            "support.ledger_verify",
            actor=None,
            data={"entries": verdict.entries, "os_user": _os_user()},
        )
        self.stdout.write(f"support ledger intact: {verdict.entries} entries, balanced")
