"""hogo link LEFT.csv RIGHT.csv --out LINKS.csv [--threshold P] [--backend duckdb|spark]"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hogo.linkage import cli
from hogo.linkage.records import RecordFileError


class Command(BaseCommand):
    help = "Link two person-record files into a links file. Needs no database."
    # No system checks: they may look at the database, which this job never needs.
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        namespace = type("Args", (), options)()
        try:
            self.stdout.write(cli.run(namespace))
        except RecordFileError as error:
            raise CommandError(str(error)) from None
