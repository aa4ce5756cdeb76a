"""What one audited read costs: CPU time of hogo and of its database, and its queries.

Not a test (pytest collects tests/ only). Runs in one process against a demo
database that `bench/load.py --prepare-only` loaded, through the WSGI
application as gunicorn calls it (debug off, no test client), one request at
a time, so the numbers do not depend on how busy the machine is:

- **python ms**: this process's CPU time per request (time.process_time);
- **database ms**: on PostgreSQL, the CPU time of the server processes on this
  machine (read from /proc): the one serving this connection, and those that
  ended meanwhile (a connection per request starts and ends one each), so
  the figure is only right while nothing else uses the server;
- **queries**: SQL statements per request.

Usage (from the repository root; the environment is the one load.py serves with):

    HOGO_VAR_DIR=/tmp/hogo-bench/after-postgresql \\
    HOGO_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hogo_bench_after \\
        python bench/request_cost.py --requests 50 [--profile "case page"]

--profile prints the functions that took the most time for one read (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _configure() -> None:
    var = Path(os.environ["HOGO_VAR_DIR"])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    os.environ.setdefault("HOGO_DEBUG", "0")
    os.environ.setdefault("HOGO_HTTPS", "0")
    os.environ.setdefault("HOGO_SECRET_KEY_FILE", str(var / "secret_key"))
    os.environ.setdefault("HOGO_MASTER_KEY_FILE", str(var / "master_key"))
    os.environ.setdefault("HOGO_ALLOWED_HOSTS", "127.0.0.1,testserver")


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _server_cpu_ms(backend: int | None, postmaster: int | None) -> float:
    """CPU time (user + system) so far, in ms, of the PostgreSQL server process `backend`
    and of the server processes that have ended (counted in their parent's children time:
    a connection per request leaves one each)."""
    ticks = 0
    if backend is not None:
        fields = _stat(backend)
        ticks += int(fields[11]) + int(fields[12])
    if postmaster is not None:
        fields = _stat(postmaster)
        ticks += int(fields[13]) + int(fields[14])
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


class _Counter:
    def __init__(self, into: list[str]) -> None:
        self.into = into

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        self.into.append(sql)
        return execute(sql, params, many, context)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="per read")
    parser.add_argument("--profile", help="a read to profile (e.g. 'case page')")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--only", help="comma-separated reads to measure (e.g. 'API read')")
    args = parser.parse_args()
    _configure()
    if not os.environ.get("PYTHONPATH"):  # PYTHONPATH may name another checkout to measure
        sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from hogo.access.cases import cases_visible_to
    from hogo.accounts.actions import issue_token
    from hogo.accounts.models import User
    from hogo.wsgi import application

    user = User.objects.get(username="supervisor")
    _token, secret = issue_token(actor=user, label="request cost", days=1)
    device = TOTPDevice.objects.filter(user=user).first()
    assert device is not None
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    visible = cases_visible_to(user).order_by("pk")
    case = visible[visible.count() // 2]
    cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    reads = {
        "case list": ("/cases/", {"HTTP_COOKIE": cookie}),
        "case page": (f"/cases/{case.pk}/", {"HTTP_COOKIE": cookie}),
        "search": ("/cases/", {"HTTP_COOKIE": cookie, "QUERY_STRING": "q=kim"}),
        "API read": (f"/api/v1/cases/{case.pk}", {"HTTP_AUTHORIZATION": f"Bearer {secret}"}),
    }

    def call(path: str, extra: dict[str, str]) -> tuple[str, bytes]:
        environ: dict[str, Any] = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1",
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            **extra,
        }
        status: list[str] = []

        def start_response(code: str, headers: Any, exc_info: Any = None) -> Callable[..., Any]:
            status.append(code)
            return lambda _data: None

        result = application(environ, start_response)
        body = b"".join(result)
        close = getattr(result, "close", None)
        if close is not None:
            close()
        return status[0], body

    import hogo

    print(
        f"database: {connection.vendor}; hogo from {Path(hogo.__file__).parent}; "
        f"{args.requests} requests per read",
        file=sys.stderr,
    )
    print("| read | python ms (median) | database ms (mean) | queries | bytes |")
    print("|---|---:|---:|---:|---:|")
    for name, (path, extra) in reads.items():
        if args.profile and name != args.profile:
            continue
        if args.only and name not in args.only.split(","):
            continue
        for _ in range(3):  # warm: templates, translations, connection
            code, body = call(path, extra)
            if not code.startswith("200"):
                sys.exit(f"{name}: {path} answered {code}")
        # Django empties its query log when a request starts: count with a wrapper instead.
        queries: list[str] = []

        with connection.execute_wrapper(_Counter(queries)):
            call(path, extra)
        # The server processes on this machine: the one serving this connection, if it
        # is kept between requests, and their parent, which collects the others' time.
        connection.ensure_connection()
        backend = postmaster = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backend = int(cursor.fetchone()[0])
            postmaster = int(_stat(backend)[1])
            if connection.settings_dict["CONN_MAX_AGE"] == 0:
                backend = None
        spent: list[float] = []
        server_before = _server_cpu_ms(backend, postmaster)
        profiler = cProfile.Profile(time.process_time) if args.profile else None
        for _ in range(args.requests):
            start = time.process_time()
            if profiler:
                profiler.enable()
            call(path, extra)
            if profiler:
                profiler.disable()
            spent.append((time.process_time() - start) * 1000)
        server = (_server_cpu_ms(backend, postmaster) - server_before) / args.requests
        print(
            f"| {name} | {statistics.median(spent):.1f} | {server:.1f} | "
            f"{len(queries)} | {len(body)} |",
            flush=True,
        )
        if profiler:
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
            stats.print_stats(args.top)
            stats.sort_stats("tottime").print_stats(args.top)
            print(out.getvalue())
            for sql in queries:
                print(sql[:300])


if __name__ == "__main__":
    main()
