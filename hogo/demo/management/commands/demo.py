"""`hogo demo`: a local instance with synthetic cases, ready to sign in to."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django_otp.oath import totp
from tqdm import tqdm

from hogo.accounts import factors
from hogo.accounts.models import Compartment, Role, User
from hogo.cases.models import Case
from hogo.demo import generator
from hogo.demo.registry import REGISTRY_NAME
from hogo.lib.progress import drawn_on


def refuse_production_settings(*, on_postgresql: bool) -> None:
    """The demo creates accounts whose password it prints: never in a real instance.

    `hogo demo` turns debug on for itself, so debug off means someone set
    HOGO_DEBUG=0 on purpose, as a production instance does. A PostgreSQL
    database is what production runs on; the demo's own is a SQLite file, so
    loading into PostgreSQL must be asked for by name.
    """
    if not settings.DEBUG:
        raise CommandError(
            "HOGO_DEBUG is off, as in production: the demo creates accounts with a published "
            "password and is not loaded here. Run it on its own instance (make demo)."
        )
    if connection.vendor == "postgresql" and not on_postgresql:
        raise CommandError(
            "The configured database is PostgreSQL, where production data lives: the demo "
            "is not loaded there unless you add --on-postgresql, for a database made for it."
        )


def refuse_a_database_in_use() -> None:
    """Whatever is already in the database must have been made by the demo itself.

    One account, compartment or case the demo did not create means the database
    is in use: then nothing is loaded, however the instance is configured.
    """
    usernames = {account.username for account in generator.ACCOUNTS}
    foreign = (
        User.objects.exclude(username__in=usernames).exists()
        or Compartment.objects.exclude(code__in=generator.ALL_COMPARTMENTS).exists()
        or Case.objects.exclude(compartment__code__in=generator.ALL_COMPARTMENTS).exists()
    )
    if foreign:
        raise CommandError(
            "The configured database holds accounts, compartments or cases that the demo "
            "did not make: it is in use, and the demo is not loaded into it. Point "
            "HOGO_DATABASE_URL at an empty database."
        )


class Command(BaseCommand):
    help = "Load synthetic demo cases (once) and serve the site on 127.0.0.1."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-serve", action="store_true", help="Load the data and stop; do not serve."
        )
        parser.add_argument(
            "--cases",
            type=int,
            default=generator.DEFAULT_COUNT,
            help=f"How many cases to generate (default {generator.DEFAULT_COUNT}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=generator.DEFAULT_SEED,
            help="Random seed: the same seed gives the same cases.",
        )
        parser.add_argument("--port", type=int, default=8000, help="Port to serve on.")
        parser.add_argument(
            "--on-postgresql",
            action="store_true",
            help="Load into the configured PostgreSQL database: say so, it is never assumed.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count: int = options["cases"]
        if count < 2:
            self.stderr.write("--cases must be at least 2.")
            raise SystemExit(2)
        refuse_production_settings(on_postgresql=options["on_postgresql"])
        call_command("migrate", verbosity=0, interactive=False)
        refuse_a_database_in_use()
        if generator.is_loaded():
            existing = Case.objects.filter(compartment__code__in=generator.ALL_COMPARTMENTS)
            self.stdout.write(
                f"Demo data is already loaded ({existing.count()} cases); not loading it again. "
                "To start over, delete the database (the audit log is append-only)."
            )
        else:
            self._load(count=count, seed=options["seed"])
        self._load_extras(seed=options["seed"])
        self._print_sign_in()
        if options["no_serve"]:
            self.stdout.write(
                "Serve it later with `hogo demo` again, or `HOGO_DEBUG=1 hogo serve`: "
                "both open the demo with the keys kept beside its database."
            )
        else:
            self.stdout.write(f"Open http://127.0.0.1:{options['port']}/")
            self._serve(options["port"])

    def _load(self, *, count: int, seed: int) -> None:
        with tqdm(total=count, desc="Generating demo cases", unit="case") as bar:
            result = generator.generate(seed=seed, count=count, progress=drawn_on(bar))
        self.stdout.write(
            f"Loaded {result.cases} cases, {result.persons} persons and "
            f"{result.events} timeline entries (seed {seed})."
        )
        for status, number in sorted(result.statuses.items()):
            self.stdout.write(f"  {status:<22} {number:>4}")

    def _load_extras(self, *, seed: int) -> None:
        extras = generator.load_extras(seed=seed)
        if extras.households:
            self.stdout.write(f"Set up {extras.households} resettled households with support.")
        if extras.registry_rows:
            self.stdout.write(
                f"Imported the registry {REGISTRY_NAME} ({extras.registry_rows} rows) and "
                "trained its model: verify identity on a case finds its person there."
            )
        if extras.articles:
            self.stdout.write(
                f"Ingested {extras.articles} press articles: {extras.alerts} exposure alerts "
                "were raised on demo cases."
            )
        if extras.feeds:
            self.stdout.write(
                f"Added {extras.feeds} example press feeds, paused: supervisors manage them "
                "on the Press feeds page."
            )

    def _print_sign_in(self) -> None:
        """Everything a demo user needs: the password, then a second factor. The
        authenticator key can be typed into an app; the code shown is the current one
        (it changes every 30 seconds); the recovery code works once."""
        header = (
            "username",
            "password",
            "role",
            "authenticator key (TOTP)",
            "code now",
            "recovery code",
        )
        rows = [header]
        users = {user.username: user for user in generator.ensure_accounts().values()}
        for account in generator.ACCOUNTS:
            user = users[account.username]
            device = generator.ensure_authenticator(user)
            recovery = factors.issue_recovery_codes(actor=user)[0]
            now = f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"
            rows.append(
                (
                    account.username,
                    generator.DEMO_PASSWORD,
                    str(Role(account.role).label),
                    factors.totp_secret(device),
                    now,
                    recovery,
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        self.stdout.write("")
        self.stdout.write(
            "Sign in with the password, then the code from an authenticator app set up with "
            "the key below (or the code shown now, for 30 seconds), or the recovery code "
            "(single use; a new one is printed at every start)."
        )
        for index, row in enumerate(rows):
            self.stdout.write(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            )
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write("")

    def _serve(self, port: int) -> None:
        call_command("serve", host="127.0.0.1", port=port)
