"""Load benchmark: hogo under gunicorn on loopback, driven by wrk, bounded in time.

Not a test (pytest collects tests/ only): run it by hand, on an otherwise idle
machine if the numbers are to mean anything. docs/benchmarks.md has the
results and the command.

What it does, for each database asked for:

1. loads the demo (`hogo demo --no-serve --cases N`) into a database of its own
   (a SQLite file in the work directory, or a PostgreSQL database it drops and
   creates: never point --postgres-url at a server holding anything you keep);
2. issues a supervisor a bearer token (accounts.actions.issue_token) and opens
   a signed-in session for them (a second factor verified), as a browser would;
3. starts gunicorn on 127.0.0.1 (sync workers, one per core unless --workers),
   with debug off and plain HTTP, configured on the command line only;
4. runs wrk (Debian package `wrk`) against four reads, each at 1, 4, 16 and 64
   connections for --seconds, after a short warm-up, --repeats times, and
   prints the median p50, p99 and requests per second as a Markdown table.

Each read is audited: the case list, a case page, a search and an API read each
append an audit entry, so this measures the audit chain under concurrency too.

Usage (from the repository root, with the project's virtualenv):

    python bench/load.py --database sqlite --database postgresql

--variant LABEL=DIR serves another checkout of hogo (say, an older release
unpacked with `git archive`) beside this one, on a copy of the same demo
database, for a before/after measured in turn.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = (1, 4, 16, 64)

# Run inside the app's environment: a token and a verified session for the
# supervisor, a case they see, and a name to search for.
SETUP = """
import json
import django
django.setup()
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from hogo.accounts.actions import issue_token
from hogo.accounts.models import User
from hogo.access.cases import cases_visible_to
from django.conf import settings

user = User.objects.get(username="supervisor")
_token, secret = issue_token(actor=user, label="load benchmark", days=1)
device = TOTPDevice.objects.filter(user=user).first()
client = Client()
client.force_login(user)
session = client.session
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.save()
case = cases_visible_to(user).order_by("pk")[len(cases_visible_to(user)) // 2]
print(json.dumps({
    "token": secret,
    "cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
    "case": case.pk,
}))
"""


@dataclass(frozen=True)
class Read:
    name: str
    path: str
    auth: str  # "session" or "token"


@dataclass(frozen=True)
class Result:
    p50_ms: float
    p99_ms: float
    rps: float
    errors: int


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout


def _postgres_database(base: str, name: str, *, fresh: bool) -> str:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name


def prepare(
    database: str,
    *,
    work: Path,
    code: Path,
    cases: int,
    postgres_url: str,
    label: str,
    fresh: bool,
) -> dict[str, str]:
    """The demo loaded (once: kept for the next run unless `fresh`); the environment serving it."""
    var = work / f"{label}-{database}"
    if fresh:
        shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True, exist_ok=True)
    if database == "sqlite":
        url = f"sqlite:///{var / 'bench.sqlite3'}"
    else:
        url = _postgres_database(postgres_url, f"hogo_bench_{label}", fresh=fresh)
    env = {
        **os.environ,
        "HOGO_VAR_DIR": str(var),
        "HOGO_DATABASE_URL": url,
        "PYTHONPATH": str(code),
        "DJANGO_SETTINGS_MODULE": "hogo.settings",
    }
    # Nothing of the caller's own hogo configuration leaks in.
    for name in [key for key in env if key.startswith("HOGO_")]:
        if name not in ("HOGO_VAR_DIR", "HOGO_DATABASE_URL"):
            env.pop(name)
    demo = [sys.executable, "-m", "hogo", "demo", "--no-serve", "--cases", str(cases)]
    if database == "postgresql":
        demo.append("--on-postgresql")
    _run(demo, env | {"HOGO_DEBUG": "1"}, code)
    # Served as production is: debug off, with the keys the demo kept beside its data.
    return env | {
        "HOGO_DEBUG": "0",
        "HOGO_HTTPS": "0",
        "HOGO_SECRET_KEY_FILE": str(var / "secret_key"),
        "HOGO_MASTER_KEY_FILE": str(var / "master_key"),
        "HOGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
    }


def serve(
    env: dict[str, str], *, code: Path, port: int, workers: int, threads: int = 0
) -> subprocess.Popen[bytes]:
    # threads=0: sync workers; otherwise gthread workers, as deploy/gunicorn.conf.py runs them.
    kind = ["--worker-class=sync"]
    if threads:
        kind = ["--worker-class=gthread", f"--threads={threads}"]
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "hogo.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        *kind,
        "--timeout=60",
        "--graceful-timeout=5",
        "--log-level=warning",
    ]
    server = subprocess.Popen(cmd, env=env, cwd=code, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=20)
            return server
        except OSError:  # not listening yet, or a worker still starting
            if server.poll() is not None:
                sys.exit("gunicorn stopped before it served")
            time.sleep(0.5)
    stop(server)
    sys.exit("gunicorn did not answer within a minute")


def stop(server: subprocess.Popen[bytes]) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def check(url: str, header: str) -> int:
    """One request as wrk will send it: it must answer 200, not a sign-in redirect."""
    name, _colon, value = header.partition(": ")
    request = urllib.request.Request(url, headers={name: value})  # noqa: S310 (loopback http)
    opener = urllib.request.build_opener(_NoRedirect)
    # A server still draining the previous load may take a while to answer.
    try:
        with opener.open(request, timeout=120) as response:
            body = response.read()
            status = int(response.status)
    except urllib.error.HTTPError as error:
        sys.exit(f"{url} answered {error.code}, not 200: the benchmark would measure that")
    if status != 200:
        sys.exit(f"{url} answered {status}, not 200")
    return len(body)


def wrk(url: str, header: str, *, clients: int, seconds: int) -> Result:
    cmd = [
        "wrk",
        f"--threads={min(clients, 2)}",
        f"--connections={clients}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--latency",
        f"--header={header}",
        url,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.MULTILINE)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    failed = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    errors += sum(int(n) for n in failed.groups()) if failed else 0
    if not (p50 and p99 and rps):  # nothing answered within wrk's timeout
        return Result(float("inf"), float("inf"), 0.0, errors)
    return Result(_ms(p50.group(1)), _ms(p99.group(1)), float(rps.group(1)), errors)


def copy_database(database: str, *, source: dict[str, str], work: Path, label: str) -> Path:
    """A copy of another variant's database and keys, for `label` to migrate and serve."""
    var = work / f"{label}-{database}"
    shutil.rmtree(var, ignore_errors=True)
    shutil.copytree(Path(source["HOGO_VAR_DIR"]), var, ignore=shutil.ignore_patterns("bench.*"))
    if database == "sqlite":
        import sqlite3

        origin = sqlite3.connect(Path(source["HOGO_VAR_DIR"]) / "bench.sqlite3")
        target = sqlite3.connect(var / "bench.sqlite3")
        with target:
            origin.backup(target)
        origin.close()
        target.close()
    return var


def _postgres_copy(base: str, source: str, name: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')


@dataclass
class Variant:
    label: str
    code: Path
    env: dict[str, str]
    given: dict[str, str]
    port: int
    server: subprocess.Popen[bytes] | None = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database", action="append", choices=("sqlite", "postgresql"), required=True
    )
    parser.add_argument(
        "--variant",
        action="append",
        metavar="LABEL=DIR",
        help="a checkout of hogo to serve (default: after=this one). The first loads the "
        "demo; each other gets a copy of its database, migrated by its own code. "
        "Variants are measured in turn, read by read, so that a noisy machine is "
        "noisy for all of them alike",
    )
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seconds", type=int, default=5, help="per measurement")
    parser.add_argument("--repeats", type=int, default=3, help="medians of this many runs")
    parser.add_argument("--clients", default=",".join(map(str, CLIENTS)))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--threads",
        type=int,
        default=0,
        help="threads per worker (gthread workers, as in production); 0: sync workers",
    )
    parser.add_argument("--port", type=int, default=8791, help="the first variant's port")
    parser.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "hogo-bench")
    parser.add_argument("--json", type=Path, help="also write the medians here")
    parser.add_argument(
        "--fresh", action="store_true", help="load the demo again instead of reusing the last one"
    )
    parser.add_argument("--only", help="comma-separated read names to run")
    parser.add_argument("--prepare-only", action="store_true", help="load the demo and stop")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    clients = [int(n) for n in args.clients.split(",")]
    given_variants = [
        (label, Path(directory).resolve())
        for label, _eq, directory in (v.partition("=") for v in (args.variant or ["after=."]))
    ]
    rows: list[dict[str, object]] = []
    for database in args.database:
        variants: list[Variant] = []
        for index, (label, code) in enumerate(given_variants):
            if index == 0:
                env = prepare(
                    database,
                    work=args.work,
                    code=code,
                    cases=args.cases,
                    postgres_url=args.postgres_url,
                    label=label,
                    fresh=args.fresh,
                )
            else:
                first = variants[0]
                copy_database(database, source=first.env, work=args.work, label=label)
                if database == "postgresql":
                    _postgres_copy(
                        args.postgres_url, f"hogo_bench_{first.label}", f"hogo_bench_{label}"
                    )
                # The copy is migrated by this variant's code; the demo is already there.
                env = prepare(
                    database,
                    work=args.work,
                    code=code,
                    cases=args.cases,
                    postgres_url=args.postgres_url,
                    label=label,
                    fresh=False,
                )
            given = json.loads(
                _run([sys.executable, "-c", SETUP], env, code).strip().splitlines()[-1]
            )
            variants.append(Variant(label, code, env, given, args.port + index))
        if args.prepare_only:
            continue
        try:
            for variant in variants:
                variant.server = serve(
                    variant.env,
                    code=variant.code,
                    port=variant.port,
                    workers=args.workers,
                    threads=args.threads,
                )
            rows += measure(variants, database=database, clients=clients, args=args, rows=rows)
        finally:
            for variant in variants:
                if variant.server is not None:
                    stop(variant.server)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


def _reads(given: dict[str, str]) -> list[Read]:
    return [
        Read("case list", "/cases/", "session"),
        Read("case page", f"/cases/{given['case']}/", "session"),
        Read("search", "/cases/?q=kim", "session"),
        Read("API read", f"/api/v1/cases/{given['case']}", "token"),
    ]


def measure(
    variants: list[Variant],
    *,
    database: str,
    clients: list[int],
    args: argparse.Namespace,
    rows: list[dict[str, object]],
) -> list[dict[str, object]]:
    """Each read at each number of clients, the variants in turn; rows saved as they come."""
    done_before = list(rows)
    rows = []
    names = [read.name for read in _reads(variants[0].given)]
    if args.only:
        names = [name for name in names if name in set(args.only.split(","))]
    for name in names:
        targets = []
        for variant in variants:
            read = next(r for r in _reads(variant.given) if r.name == name)
            header = (
                f"Cookie: {variant.given['cookie']}"
                if read.auth == "session"
                else f"Authorization: Bearer {variant.given['token']}"
            )
            url = f"http://127.0.0.1:{variant.port}{read.path}"
            size = check(url, header)
            print(f"{variant.label} {name}: {url} answers 200, {size} bytes", file=sys.stderr)
            wrk(url, header, clients=4, seconds=2)  # warm-up
            targets.append((variant, url, header))
        for count in clients:
            runs: dict[str, list[Result]] = {variant.label: [] for variant in variants}
            for _repeat in range(args.repeats):
                for variant, url, header in targets:
                    runs[variant.label].append(
                        wrk(url, header, clients=count, seconds=args.seconds)
                    )
            for variant in variants:
                done = runs[variant.label]
                row: dict[str, object] = {
                    "variant": variant.label,
                    "database": database,
                    "workers": args.workers,
                    "threads": args.threads,
                    "read": name,
                    "clients": count,
                    "p50_ms": statistics.median(r.p50_ms for r in done),
                    "p99_ms": statistics.median(r.p99_ms for r in done),
                    "rps": statistics.median(r.rps for r in done),
                    "errors": sum(r.errors for r in done),
                }
                rows.append(row)
                if args.json:
                    args.json.write_text(json.dumps(done_before + rows, indent=2) + "\n")
                print(
                    f"| {database} | {variant.label} | {name} | {count} | {row['p50_ms']:.1f} | "
                    f"{row['p99_ms']:.1f} | {row['rps']:.1f} | {row['errors']} |",
                    flush=True,
                )
    return rows


if __name__ == "__main__":
    main()
