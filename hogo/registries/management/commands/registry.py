"""hogo registry import NAME FILE.csv [--strict] | list | describe NAME | train NAME |
refresh NAME | remove NAME | search NAME CLAIMS.csv --out CANDIDATES.csv [--top K]

(one command with verbs)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

from hogo.lib.progress import drawn_on
from hogo.linkage.records import RecordFileError, read_records
from hogo.registries import actions, selectors
from hogo.registries.models import Registry

NAME_HELP = "registry name: letters, digits, - and _"


class Command(BaseCommand):
    help = "Import, list, describe and remove historical registries."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        imp = sub.add_parser("import", help="import a person-record file into a registry")
        imp.add_argument("name", help=NAME_HELP)
        imp.add_argument("file", type=Path)
        imp.add_argument("--strict", action="store_true", help="import nothing if any row is bad")
        sub.add_parser("list", help="list the registries")
        describe = sub.add_parser("describe", help="row counts and field fill rates")
        describe.add_argument("name")
        train = sub.add_parser(
            "train", help="train the lookup model on the registry's rows and keep it with it"
        )
        train.add_argument("name")
        refresh = sub.add_parser(
            "refresh",
            help="derive every record's name keys and features again (after an upgrade that "
            "reads names differently); the model must then be trained again",
        )
        refresh.add_argument("name")
        remove = sub.add_parser("remove", help="remove a registry and all its rows")
        remove.add_argument("name")
        search = sub.add_parser(
            "search",
            help="look every claim of a person-record file up in the registry, as verify "
            "identity does, and write each claim's best candidates",
        )
        search.add_argument("name", help="the imported registry to search")
        search.add_argument(
            "claims", type=Path, help="person-record file of claims (claim_id as the id)"
        )
        search.add_argument(
            "--out",
            type=Path,
            required=True,
            help="candidates file to write: claim_id,rank,record_id,match_probability",
        )
        search.add_argument("--top", type=int, default=10, help="candidates per claim (10)")

    def handle(self, *args: Any, **options: Any) -> None:
        verb = options["verb"]
        if verb == "import":
            self._import(options["name"], options["file"], strict=options["strict"])
        elif verb == "list":
            self._list()
        elif verb == "describe":
            self._describe(self._get(options["name"]))
        elif verb == "train":
            self._train(self._get(options["name"]))
        elif verb == "refresh":
            registry = self._get(options["name"])
            with tqdm(desc=registry.name, unit="row") as bar:
                rows = actions.refresh_registry(registry, actor=None, progress=drawn_on(bar))
            self.stdout.write(
                f"registry {registry.name}: name keys and features of {rows} rows derived "
                f"again; train the model again (hogo registry train {registry.name})"
            )
        elif verb == "search":
            self._search(
                self._get(options["name"]), options["claims"], options["out"], options["top"]
            )
        else:
            registry = self._get(options["name"])
            actions.remove_registry(registry, actor=None)
            self.stdout.write(f"removed registry {registry.name}")

    def _get(self, name: str) -> Registry:
        registry = selectors.registry_by_name(name)
        if registry is None:
            raise CommandError(f"no registry named {name!r}")
        return registry

    def _import(self, name: str, path: Path, *, strict: bool) -> None:
        if not selectors.valid_name(name):
            raise CommandError(f"{name!r} is not a registry name ({NAME_HELP})")
        try:
            with tqdm(desc=name, unit="row") as bar:
                outcome = actions.import_registry(
                    name=name, path=path, actor=None, strict=strict, progress=drawn_on(bar)
                )
        except actions.ImportRefused as error:
            raise CommandError(str(error)) from None
        for rejection in outcome.rejections:
            self.stderr.write(f"{path}: rejected {rejection}")
        if outcome.unchanged:
            self.stdout.write(f"registry {name} already holds this file: nothing changed")
        else:
            self.stdout.write(
                f"registry {name}: {outcome.imported} rows imported, "
                f"{len(outcome.rejections)} rejected"
            )

    def _search(self, registry: Registry, claims: Path, out: Path, top: int) -> None:
        if top < 1:
            raise CommandError("--top must be at least 1")
        try:
            read = read_records(claims)
        except RecordFileError as error:
            raise CommandError(f"{claims}: {error}") from None
        for rejection in read.rejections:
            self.stderr.write(f"{claims}: rejected {rejection}")
        with tqdm(desc=registry.name, unit="claim", disable=None) as bar:
            outcome = actions.search_registry(
                registry, read, out, top=top, actor=None, progress=drawn_on(bar)
            )
        self.stdout.write(
            f"registry {registry.name}: claims searched: {outcome.claims}, "
            f"rejected: {len(outcome.rejections)}; candidates written to {out}: {outcome.rows}"
        )

    def _list(self) -> None:
        registries = selectors.all_registries()
        if not registries:
            self.stdout.write("no registries")
        for registry in registries:
            self.stdout.write(
                f"{registry.name}\t{registry.row_count} rows\t{registry.source_filename}\t"
                f"{registry.imported_at:%Y-%m-%d %H:%M}"
            )

    def _describe(self, registry: Registry) -> None:
        self.stdout.write(f"name: {registry.name}")
        self.stdout.write(f"file: {registry.source_filename} (sha256 {registry.source_sha256})")
        self.stdout.write(f"imported: {registry.imported_at:%Y-%m-%d %H:%M:%S %Z}")
        self.stdout.write(f"rows: {registry.row_count}")
        self.stdout.write(f"rejected at import: {registry.rejected_count}")
        self.stdout.write(
            f"model: {'trained' if registry.model_json else 'not trained (hogo registry train)'}"
        )
        if registry.row_count and not selectors.searchable(registry):
            self.stdout.write(
                "search: imported before name keys and features were kept; "
                f"run hogo registry refresh {registry.name} (or import the file again) "
                "so that verify identity can search it"
            )
        self.stdout.write("fill rates:")
        for field, rate in registry.fill_rates.items():
            self.stdout.write(f"  {field:<20} {rate:6.1%}")

    def _train(self, registry: Registry) -> None:
        try:
            trained = actions.train_registry(registry, actor=None)
        except actions.TrainingRefused as error:
            raise CommandError(str(error)) from None
        learnt = trained.get("hogo", {})
        decided = learnt.get("labels", {})
        calibration = "recalibrated" if learnt.get("calibration") else "default calibration"
        self.stdout.write(
            f"registry {registry.name}: model trained and stored (u from its own rows; "
            f"{decided.get('confirmed', 0)} confirmed and {decided.get('rejected', 0)} "
            f"rejected candidates; a claimant is in it with prior "
            f"{learnt.get('in_registry', 0.5):.2f}; {calibration})"
        )
