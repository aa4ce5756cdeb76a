"""gunicorn's configuration for hogo: `gunicorn -c /opt/hogo/deploy/gunicorn.conf.py`.

Several worker processes, each with a few threads: a request waiting on the
database (or the audit chain) holds a thread, not the whole site. Under systemd
the address is the Unix socket hogo-web.socket holds and hands over (socket
activation), which only nginx's group may open; `bind` below is for running it
by hand. The end-to-end test binds a loopback port with `--bind`, which
overrides the value here, as every command-line option does.
"""

from __future__ import annotations

import multiprocessing
import os

wsgi_app = "hogo.wsgi:application"
bind = [os.environ.get("HOGO_GUNICORN_BIND", "unix:/run/hogo.sock")]
# Two per core, at least two: one worker busy with a long page never stalls the rest.
workers = int(os.environ.get("HOGO_GUNICORN_WORKERS", max(2, multiprocessing.cpu_count() * 2)))
worker_class = "gthread"
threads = int(os.environ.get("HOGO_GUNICORN_THREADS", 4))
# Slow uploads are buffered by nginx; a request still running after this is killed.
timeout = 60
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, so no slow leak grows without end.
max_requests = 2000
max_requests_jitter = 200
# Load hogo once in the master, then fork: the name dictionaries are shared.
preload_app = True
# Files hogo writes (documents, backups) are closed to other users.
umask = 0o027
# Only the proxy talks to gunicorn (a Unix socket, or the loopback), and it sets
# X-Forwarded-Proto on every request; Django reads it (HOGO_BEHIND_PROXY=1).
forwarded_allow_ips = "127.0.0.1,::1"
# hogo's own lines are JSON (HOGO_LOG_FORMAT); gunicorn's go to the same stderr.
# No access log here: nginx writes it, with the request id hogo logs too.
errorlog = "-"
accesslog = None
loglevel = os.environ.get("HOGO_GUNICORN_LOG_LEVEL", "info")
proc_name = "hogo"
# Request lines and headers: hogo's pages never need more.
limit_request_line = 8190
limit_request_fields = 100


def when_ready(server: object) -> None:
    """Before the first fork: no database connection the master may have opened
    while loading hogo is inherited, and so shared, by the workers."""
    from django.db import connections

    connections.close_all()
