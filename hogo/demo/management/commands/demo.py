"""`hogo demo`: a local instance with synthetic cases, ready to sign in to."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django_otp.oath import totp
from tqdm import tqdm

from hogo.accounts import factors
from hogo.accounts.models import Role
from hogo.cases.models import Case
from hogo.demo import generator


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

    def handle(self, *args: Any, **options: Any) -> None:
        count: int = options["cases"]
        if count < 2:
            self.stderr.write("--cases must be at least 2.")
            raise SystemExit(2)
        call_command("migrate", verbosity=0, interactive=False)
        if generator.is_loaded():
            existing = Case.objects.filter(compartment__code__in=generator.ALL_COMPARTMENTS)
            self.stdout.write(
                f"Demo data is already loaded ({existing.count()} cases); not loading it again. "
                "To start over, delete the database (the audit log is append-only)."
            )
        else:
            self._load(count=count, seed=options["seed"])
        self._print_sign_in(options["port"])
        if not options["no_serve"]:
            self._serve(options["port"])

    def _load(self, *, count: int, seed: int) -> None:
        with tqdm(total=count, desc="Generating demo cases", unit="case") as bar:
            result = generator.generate(seed=seed, count=count, progress=bar.update)
        self.stdout.write(
            f"Loaded {result.cases} cases, {result.persons} persons and "
            f"{result.events} timeline entries (seed {seed})."
        )
        for status, number in sorted(result.statuses.items()):
            self.stdout.write(f"  {status:<22} {number:>4}")

    def _print_sign_in(self, port: int) -> None:
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
        self.stdout.write(f"Open http://127.0.0.1:{port}/")

    def _serve(self, port: int) -> None:
        call_command("serve", host="127.0.0.1", port=port)
