"""`hogo audit head`, `publish` and `verify`: the audit chain, published and checked."""

from __future__ import annotations

import argparse
import getpass
import re
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser, DjangoHelpFormatter

from hogo.audit import heads, log

_HASH = re.compile(r"^[0-9a-f]{64}$")

HELP = """\
Inspect the hash-chained, sealed audit log.

  head     print the hash of the newest entry (64 zeros for an empty log).
  seal     chain the entries written but not chained yet, in the order they
           were written, and say how many. The application chains each
           entry just after its transaction commits (HOGO_AUDIT_SEQUENCING);
           head, publish and verify chain what is waiting first as well, so
           this is for a timer or to look: an entry left unchained for long
           means the application stopped between a commit and its chaining.
  publish  sign the current head (Ed25519, under a key derived from the
           active master key) and send it to HOGO_AUDIT_HEAD_SINK, or to
           --sink: a file, syslog or an HTTPS collector the database's
           administrators cannot rewrite. Run it from a timer (every few
           minutes); the application also publishes after writing entries,
           at most once every HOGO_AUDIT_HEAD_SECONDS. --dry-run prints the
           signed line (with the public key that checks it) and sends nothing.
  verify   walk the whole chain: every link, every entry's seal under the
           audit keys of the keyring, and every signed head published to
           HOGO_AUDIT_HEAD_SINK (or given with --heads FILE or --head HASH),
           which must all still be in the chain. Exit status 0 and "audit
           log intact: ..." saying what was checked; exit status 1 and the
           first problem on stderr when an entry was modified, deleted,
           inserted, reordered or forged, when entries after a published head
           were cut, when a published head's signature does not verify, or
           when the configured sink cannot be read (--chain-only checks the
           chain without any published head, and says so). A sink nothing
           has reached yet (a file sink whose file is not made, or no line)
           is said in a warning, and the chain is checked on its own. Entries
           waiting to be chained are chained first (not with --no-record).

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


def _nothing_published(where: str) -> str:
    return (
        f"nothing has been published to {where} yet: the chain was checked on its own, "
        "so entries cut from its end would go unseen. `hogo audit publish` publishes "
        "the head (hogo-audit-publish.timer does it every five minutes)"
    )


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
        commands = parser.add_subparsers(dest="audit_command", metavar="{head,seal,publish,verify}")
        commands.required = True
        commands.add_parser("head", help="print the hash of the newest entry")
        commands.add_parser("seal", help="chain the entries not chained yet")
        publish = commands.add_parser("publish", help="sign the current head and publish it")
        publish.add_argument(
            "--sink", default=None, help="where to publish instead of HOGO_AUDIT_HEAD_SINK"
        )
        publish.add_argument(
            "--dry-run", action="store_true", help="print the signed head, send nothing"
        )
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
            "--heads",
            dest="heads_file",
            default=None,
            metavar="FILE",
            help="published heads to check against instead of those of the sink",
        )
        verify.add_argument(
            "--chain-only",
            action="store_true",
            help="check the chain without reading any published head",
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
        if options["audit_command"] == "seal":
            chained = log.sequence()
            self.stdout.write(f"chained {chained} entries; head {log.head(chain_first=False)}")
            return
        if options["audit_command"] == "publish":
            self.publish(sink=options["sink"], dry_run=options["dry_run"])
            return
        published, source = self.published_heads(
            heads_file=options.get("heads_file"), chain_only=options.get("chain_only", False)
        )
        self.verify(
            published_head=options["published_head"],
            published=published,
            source=source,
            record=options.get("record", True),
        )

    def fail(self, message: str) -> None:
        self.stderr.write(message)
        raise SystemExit(1)

    def publish(self, *, sink: str | None, dry_run: bool) -> None:
        if dry_run:
            seq, entry_hash = log.latest()
            self.stdout.write(heads.sign(seq, entry_hash).line())
            return
        # Counted repeats (refused sign-ins) reach the chain before its head is signed.
        log.flush_held()
        try:
            head = heads.publish(sink)
        except heads.SinkError as error:
            self.fail(f"head not published: {error}")
        else:
            target = sink or settings.AUDIT_HEAD_SINK
            self.stdout.write(f"published head #{head.seq} {head.hash} to {target}")

    def published_heads(
        self, *, heads_file: str | None, chain_only: bool
    ) -> tuple[dict[int, str], str]:
        """The genuine published heads, by entry number, and a sentence saying where from."""
        if chain_only:
            return {}, "no published head checked (--chain-only): a cut tail would go unseen"
        if heads_file:
            try:
                with open(heads_file, encoding="utf-8") as lines:
                    found = heads.read_lines(lines.read().splitlines())
            except (OSError, UnicodeDecodeError) as error:
                self.fail(f"cannot read the published heads: {error}")
            where = heads_file
        elif settings.AUDIT_HEAD_SINK:
            try:
                found = heads.read(settings.AUDIT_HEAD_SINK)
            except heads.NothingPublished:
                found = []
            except heads.SinkError as error:
                self.fail(f"cannot read the published heads: {error}")
            where = settings.AUDIT_HEAD_SINK
        else:
            return {}, (
                "no published head checked: HOGO_AUDIT_HEAD_SINK is not set, "
                "so a cut tail would go unseen"
            )
        published: dict[int, str] = {}
        unchecked = 0
        for head in found:
            genuine = heads.is_genuine(head)
            if genuine is False:
                self.fail(
                    f"audit log damaged: the head published for entry #{head.seq} at "
                    f"{head.published_at} does not carry a valid signature (forged)"
                )
            if genuine is None:
                unchecked += 1
                continue
            if published.get(head.seq, head.hash) != head.hash:
                self.fail(
                    f"audit log damaged: two signed heads for entry #{head.seq} differ: "
                    "the log was rewritten between them"
                )
            published[head.seq] = head.hash
        if not found:
            source = _nothing_published(where)
            self.stderr.write(f"warning: {source}")
        elif not published:
            source = f"no published head found in {where} that a master key held can check"
        else:
            newest = max(published)
            source = (
                f"checked against {len(published)} signed heads from {where}, "
                f"the newest for entry #{newest}"
            )
        if unchecked:
            source += f" ({unchecked} signed under a master key no longer held, not checked)"
        return published, source

    def verify(
        self,
        *,
        published_head: str | None,
        published: dict[int, str],
        source: str,
        record: bool,
    ) -> None:
        # A copy that must not be written to is checked as it stands.
        verdict = log.verify(published_head=published_head, published=published, chain_first=record)
        if not verdict.ok:
            self.fail(f"audit log damaged: {verdict.problem}")
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
        self.stdout.write(
            f"sealed with an audit key held: {verdict.sealed}; sealed under a retired key: "
            f"{verdict.retired}; written before the audit key: {verdict.unkeyed}"
        )
        waiting = log.unchained()
        if waiting:
            self.stdout.write(
                f"not chained yet, so not checked: {waiting} entries "
                "(`hogo audit seal` chains them)"
            )
        if published_head:
            self.stdout.write(f"the head given with --head is in the log: {published_head}")
        self.stdout.write(source)
