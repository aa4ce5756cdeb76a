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

--code DIR runs another checkout of hogo (say, an older release unpacked
with `git archive`) against the same procedure, for a before/after.
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


def serve(env: dict[str, str], *, code: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "hogo.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        "--worker-class=sync",
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
    if not (p50 and p99 and rps):
        sys.exit(f"could not read wrk's output:\n{out}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    failed = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    errors += sum(int(n) for n in failed.groups()) if failed else 0
    return Result(_ms(p50.group(1)), _ms(p99.group(1)), float(rps.group(1)), errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database", action="append", choices=("sqlite", "postgresql"), required=True
    )
    parser.add_argument("--code", type=Path, default=ROOT, help="the hogo checkout to serve")
    parser.add_argument("--label", default="after", help="names the work files and the run")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seconds", type=int, default=5, help="per measurement")
    parser.add_argument("--repeats", type=int, default=3, help="medians of this many runs")
    parser.add_argument("--clients", default=",".join(map(str, CLIENTS)))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--port", type=int, default=8791)
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
    code = args.code.resolve()
    rows: list[dict[str, object]] = []
    for database in args.database:
        env = prepare(
            database,
            work=args.work,
            code=code,
            cases=args.cases,
            postgres_url=args.postgres_url,
            label=args.label,
            fresh=args.fresh,
        )
        if args.prepare_only:
            continue
        given = json.loads(_run([sys.executable, "-c", SETUP], env, code).strip().splitlines()[-1])
        reads = [
            Read("case list", "/cases/", "session"),
            Read("case page", f"/cases/{given['case']}/", "session"),
            Read("search", "/cases/?q=kim", "session"),
            Read("API read", f"/api/v1/cases/{given['case']}", "token"),
        ]
        if args.only:
            wanted = set(args.only.split(","))
            reads = [read for read in reads if read.name in wanted]
        server = serve(env, code=code, port=args.port, workers=args.workers)
        try:
            for read in reads:
                header = (
                    f"Cookie: {given['cookie']}"
                    if read.auth == "session"
                    else f"Authorization: Bearer {given['token']}"
                )
                url = f"http://127.0.0.1:{args.port}{read.path}"
                wrk(url, header, clients=4, seconds=2)  # warm-up
                for count in clients:
                    runs = [
                        wrk(url, header, clients=count, seconds=args.seconds)
                        for _ in range(args.repeats)
                    ]
                    row = {
                        "label": args.label,
                        "database": database,
                        "workers": args.workers,
                        "read": read.name,
                        "clients": count,
                        "p50_ms": statistics.median(r.p50_ms for r in runs),
                        "p99_ms": statistics.median(r.p99_ms for r in runs),
                        "rps": statistics.median(r.rps for r in runs),
                        "errors": sum(r.errors for r in runs),
                    }
                    rows.append(row)
                    print(
                        f"| {database} | {read.name} | {count} | {row['p50_ms']:.1f} | "
                        f"{row['p99_ms']:.1f} | {row['rps']:.1f} | {row['errors']} |",
                        flush=True,
                    )
        finally:
            stop(server)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
