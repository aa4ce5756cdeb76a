"""`hogo doctor`: configuration problems of this instance, in plain words."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from hogo.ops.doctor import run_all
from hogo.ops.findings import Level


class Command(BaseCommand):
    help = (
        "Check this instance's configuration: key files, debug and HTTPS, the database "
        "role (not a superuser nor the tables' owner), migrations, the clock against the "
        "database server's, the document directory, and with --url the proxy in front. "
        "Exits 1 when it finds a problem."
    )
    # It reports Django's own checks itself, as findings, rather than stopping on them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--url", help="the address users reach hogo at, e.g. https://hogo.example.org"
        )
        parser.add_argument("--cafile", help="certificate authority file to check --url with")
        parser.add_argument(
            "--timeout", type=float, default=10.0, help="seconds to wait for --url (default 10)"
        )
        parser.add_argument("--quiet", action="store_true", help="print only what is wrong")

    def handle(
        self, *args: Any, url: str | None, cafile: str | None, timeout: float, **options: Any
    ) -> None:
        findings = run_all(url=url, cafile=cafile, timeout=timeout)
        for finding in findings:
            if finding.level is not Level.OK or not options["quiet"]:
                self.stdout.write(finding.line())
        problems = sum(finding.level is Level.PROBLEM for finding in findings)
        if problems:
            self.stdout.write(f"{problems} problem(s) found")
            raise SystemExit(1)
        self.stdout.write("no problems found")
