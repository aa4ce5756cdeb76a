"""`hogo serve`: the site through a production WSGI server (waitress)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Serve hogo on 127.0.0.1 (put a TLS-terminating proxy in front in production)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--threads", type=int, default=4)

    def handle(self, *args: Any, port: int, host: str, threads: int, **options: Any) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"--port {port} is not a TCP port")
        from waitress import serve

        from hogo.wsgi import application

        mode = "debug" if settings.DEBUG else "production"
        self.stdout.write(f"hogo ({mode}) on http://{host}:{port}/ — Ctrl-C stops it")
        serve(application, host=host, port=port, threads=threads, ident="hogo")
