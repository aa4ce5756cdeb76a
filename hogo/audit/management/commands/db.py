"""`hogo db grant-app-role ROLE`: the application's PostgreSQL role, kept off the audit table."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from hogo.audit.roles import RoleError, grant_app_role


class Command(BaseCommand):
    help = (
        "Database roles (PostgreSQL). grant-app-role ROLE: run as the owner of hogo's "
        "tables (HOGO_MIGRATE_DATABASE_URL, as for `hogo migrate`), it gives ROLE read "
        "and write on hogo's tables but only SELECT and INSERT on the audit log. The "
        "application then connects as ROLE (HOGO_DATABASE_URL) and cannot alter, truncate "
        "or drop the triggers of the audit table. See docs/security.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="db_command", metavar="{grant-app-role}")
        commands.required = True
        grant = commands.add_parser("grant-app-role", help="grant the application's role")
        grant.add_argument("role", help="the role HOGO_DATABASE_URL connects as")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            with transaction.atomic():
                statements = grant_app_role(options["role"])
        except RoleError as error:
            raise CommandError(str(error)) from None
        for statement in statements:
            self.stdout.write(statement + ";")
        self.stdout.write(f"{options['role']} may now serve hogo; it cannot reshape the audit log")
