"""`hogo audit head` and `hogo audit verify`: the audit chain, checked from the shell."""

from __future__ import annotations

import argparse
import getpass
import re
from typing import Any

from django.core.management.base import BaseCommand, CommandParser, DjangoHelpFormatter

from hogo.audit import log

_HASH = re.compile(r"^[0-9a-f]{64}$")

HELP = """\
Inspect the hash-chained audit log.

  head     print the hash of the newest entry (64 zeros for an empty log).
           Publish it somewhere the database's administrators cannot rewrite
           (a signed mail, a paper register): a later `verify --head` proves
           that nothing was cut from the end of the log since.
  verify   walk the whole chain. Exit status 0 and "audit log intact: N
           entries, head H" when every entry is in place; exit status 1 and
           the first bad entry on stderr when an entry was modified, deleted,
           inserted or reordered, or, with --head, when entries after that
           published head were cut.

Recording: a successful `verify` appends one `audit.verify` entry (system
actor, the operating-system user, the number of entries and the head it
verified). Who checked the log, when, and what they found intact is itself an
act auditors ask about, and each such entry is a head attested from inside
the chain. The entry is written only after the check succeeds, in its own
short transaction: a failed check writes nothing, so the evidence of tampering
is left exactly as it was found, and the chain being verified is never
changed while it is read. Use --no-record to check a read-only copy (a
backup, a replica) that must not be written to.
"""


def _published_head(value: str) -> str:
    head = value.strip().lower()
    if not _HASH.match(head):
        raise argparse.ArgumentTypeError(f"{value!r} is not a head: expected 64 hex digits")
    return head


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


class _HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Django's option order, and the line breaks of HELP kept."""


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="audit_command", metavar="{head,verify}")
        commands.required = True
        commands.add_parser("head", help="print the hash of the newest entry")
        verify = commands.add_parser("verify", help="check every entry of the chain")
        verify.add_argument(
            "--head",
            dest="published_head",
            type=_published_head,
            default=None,
            metavar="HASH",
            help="an earlier published head that must still be in the log",
        )
        verify.add_argument(
            "--no-record",
            dest="record",
            action="store_false",
            help="do not append an audit.verify entry (for read-only copies)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["audit_command"] == "head":
            self.stdout.write(log.head())
            return
        self.verify(published_head=options["published_head"], record=options.get("record", True))

    def verify(self, *, published_head: str | None, record: bool) -> None:
        verdict = log.verify(published_head=published_head)
        if not verdict.ok:
            self.stderr.write(f"audit log damaged: {verdict.problem}")
            raise SystemExit(1)
        if record:
            log.record(
                "audit.verify",
                actor=None,
                data={
                    "entries": verdict.entries,
                    "head": verdict.head,
                    "published_head": published_head,
                    "os_user": _os_user(),
                },
            )
        self.stdout.write(f"audit log intact: {verdict.entries} entries, head {verdict.head}")
