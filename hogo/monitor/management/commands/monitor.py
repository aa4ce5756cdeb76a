"""`hogo monitor`: ingest articles, run the feed worker, list open alerts."""

from __future__ import annotations

import argparse
import csv
import os
import signal
import socket
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

from hogo.audit.log import record
from hogo.monitor import actions, scoring, selectors, sources
from hogo.monitor.models import Alert, AlertStatus

HELP = """\
Watch the press for articles that describe protected persons.

  ingest PATH|URL [--published YYYY-MM-DD]
                    store the articles in a file, a folder, a feed file, or at a
                    URL (page or feed); each is scored against every open case.
                    --published dates the articles that carry no date of their
                    own (plain-text files, pages without metadata).
  run [--once]      poll the configured feeds when due, until SIGTERM or SIGINT.
  feed-add NAME URL add a feed (a URL or a feed file) to poll.
  alerts --format csv
                    print the open alerts: article_id,source,case_id,score.
  thresholds        how decided alerts spread over scores, and why alerts were
                    dismissed: the evidence for moving the alert threshold.
"""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from error


class Command(BaseCommand):
    help = HELP

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(
            dest="monitor_command", metavar="{ingest,run,feed-add,alerts,thresholds}"
        )
        commands.required = True
        ingest = commands.add_parser("ingest", help="store and score articles from PATH or URL")
        ingest.add_argument("target", metavar="PATH|URL")
        ingest.add_argument(
            "--published",
            type=_iso_date,
            default=None,
            metavar="YYYY-MM-DD",
            help="publication date for articles that carry none (plain-text files)",
        )
        run = commands.add_parser("run", help="poll configured feeds until stopped")
        run.add_argument("--once", action="store_true", help="poll every due feed once and stop")
        run.add_argument("--sleep", type=float, default=30.0, help="seconds between rounds")
        feed = commands.add_parser("feed-add", help="add a feed to poll")
        feed.add_argument("name")
        feed.add_argument("url")
        feed.add_argument("--every", type=int, default=60, help="minutes between polls")
        alerts = commands.add_parser("alerts", help="print the open alerts")
        alerts.add_argument("--format", choices=["csv"], default="csv")
        commands.add_parser("thresholds", help="decisions by score band, and dismissal reasons")

    def handle(self, *args: Any, **options: Any) -> None:
        command = options["monitor_command"]
        if command == "ingest":
            self._ingest(options["target"], published=options["published"])
        elif command == "run":
            self._run(once=options["once"], sleep=options["sleep"])
        elif command == "feed-add":
            try:
                feed = actions.add_feed(
                    name=options["name"],
                    url=options["url"],
                    every_minutes=options["every"],
                    actor=None,
                    # The operator on the host may name a feed file; pages never can.
                    local_file=True,
                )
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from error
            self.stdout.write(f"Feed {feed.pk} added: {feed.name}")
        elif command == "thresholds":
            self._thresholds()
        else:
            self._alerts()

    def _raws(self, target: str) -> tuple[list[sources.RawArticle], list[str]]:
        if target.startswith(("http://", "https://")):
            try:
                return sources.fetch_url(target), []
            except sources.SourceError as error:
                return [], [str(error)]
        raws: list[sources.RawArticle] = []
        errors: list[str] = []
        try:
            paths = list(sources.files_in(Path(target)))
        except sources.SourceError as error:
            raise CommandError(str(error)) from error
        for path in tqdm(paths, desc="Reading", unit="file", disable=len(paths) < 2):
            try:
                raws += sources.read_file(path)
            except sources.SourceError as error:
                errors.append(str(error))
        return raws, errors

    def _ingest(self, target: str, *, published: date | None = None) -> None:
        raws, errors = self._raws(target)
        if published is not None:
            raws = [r if r.published_on else replace(r, published_on=published) for r in raws]
        stored = duplicates = alerts = 0
        for raw in tqdm(raws, desc="Scoring", unit="article", disable=len(raws) < 2):
            try:
                result = actions.ingest_article(raw, actor=None)
            except ValidationError as error:
                errors.append(f"{raw.source}: {'; '.join(error.messages)}")
                continue
            stored += result.new
            duplicates += not result.new
            alerts += len(result.alerts)
        for problem in errors:
            self.stderr.write(f"error: {problem}")
        self.stdout.write(
            f"{stored} article(s) stored, {duplicates} duplicate(s), {alerts} alert(s) raised, "
            f"{len(errors)} source(s) failed."
        )
        if errors and not raws:
            raise CommandError("nothing could be read")

    def _run(self, *, once: bool, sleep: float) -> None:
        worker = f"{socket.gethostname()}:{os.getpid()}"
        stopping = False

        def stop(signum: int, frame: FrameType | None) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while not stopping:
            while not stopping and (feed := actions.claim_feed(worker)) is not None:
                result = actions.poll_feed(feed)
                line = f"{feed.name}: {result.stored} stored, {result.duplicates} duplicate(s), "
                self.stdout.write(line + f"{result.alerts} alert(s)")
                if result.error:
                    self.stderr.write(f"error: {feed.name}: {result.error}")
            if once:
                break
            deadline = time.monotonic() + sleep
            while not stopping and time.monotonic() < deadline:
                time.sleep(0.2)
        self.stdout.write("Monitor worker stopped.")

    def _alerts(self) -> None:
        alerts = Alert.objects.filter(status=AlertStatus.OPEN).select_related("article")
        rows = list(alerts.order_by("pk"))
        record("monitor.export", actor=None, data={"alerts": [a.pk for a in rows]})
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(["article_id", "source", "case_id", "score", "created_at"])
        for alert in rows:
            writer.writerow(
                [
                    alert.article_id,
                    alert.article.source,
                    alert.case_id,
                    f"{alert.score:.2f}",
                    alert.created_at.isoformat(),
                ]
            )

    def _thresholds(self) -> None:
        bands: dict[int, Counter[str]] = {}
        for score, status in Alert.objects.values_list("score", "status"):
            bands.setdefault(int(score), Counter())[status] += 1
        self.stdout.write(f"Alert threshold now: {scoring.THRESHOLD}")
        self.stdout.write("score band  open  acknowledged  dismissed")
        for band in sorted(bands):
            tally = bands[band]
            self.stdout.write(
                f"{band:>4}-{band + 1:<5} {tally[AlertStatus.OPEN]:>5} "
                f"{tally[AlertStatus.ACKNOWLEDGED]:>13} {tally[AlertStatus.DISMISSED]:>10}"
            )
        reasons = selectors.dismissal_reasons()
        record("monitor.export", actor=None, data={"thresholds": len(reasons)})
        if reasons:
            self.stdout.write("\nDismissed as unrelated (lowest score first):")
        for row in reasons:
            self.stdout.write(
                f"  alert {row['alert_id']}  score {row['score']:.2f}  {row['reason']}"
            )
