"""`hogo demo`: a local instance with synthetic cases, ready to sign in to."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

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
        rows = [("username", "password", "role")] + [
            (a.username, generator.DEMO_PASSWORD, str(Role(a.role).label))
            for a in generator.ACCOUNTS
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        self.stdout.write("")
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
