"""`hogo serve`: the site in one process (waitress), for the demo and for trying hogo out.

Production runs several gunicorn processes behind nginx (deploy/, docs/deploy.md).
`hogo serve` still works behind a proxy: waitress removes X-Forwarded-* headers
from any peer it was not told to trust, before Django could read them, so with
HOGO_BEHIND_PROXY on it trusts the proxy's address (--trusted-proxy); without
that, every request forwarded as HTTPS would be redirected to HTTPS again, forever.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Serve hogo in one process (waitress) on 127.0.0.1: for the demo and for trying "
        "hogo out. Production runs gunicorn behind a TLS proxy: see docs/deploy.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--threads", type=int, default=4)
        parser.add_argument(
            "--trusted-proxy",
            default="127.0.0.1",
            help="with HOGO_BEHIND_PROXY on: the proxy's address, whose X-Forwarded-Proto "
            "and X-Forwarded-For are believed (default 127.0.0.1)",
        )

    def handle(
        self, *args: Any, port: int, host: str, threads: int, trusted_proxy: str, **options: Any
    ) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"--port {port} is not a TCP port")
        from waitress import serve

        from hogo.wsgi import application

        proxy: dict[str, Any] = {}
        if settings.BEHIND_PROXY:
            proxy = {
                "trusted_proxy": trusted_proxy,
                "trusted_proxy_count": 1,
                "trusted_proxy_headers": {"x-forwarded-proto", "x-forwarded-for"},
                "clear_untrusted_proxy_headers": True,
            }
        mode = "debug" if settings.DEBUG else "production settings"
        self.stdout.write(
            f"hogo ({mode}) on http://{host}:{port}/ in one process, for the demo and for "
            "trying hogo out; production runs gunicorn behind a TLS proxy (docs/deploy.md). "
            "Ctrl-C stops it."
        )
        if settings.BEHIND_PROXY:
            self.stdout.write(
                f"Trusting X-Forwarded-Proto and X-Forwarded-For from {trusted_proxy}"
            )
        elif settings.SECURE_SSL_REDIRECT:
            self.stderr.write(
                "HOGO_HTTPS is on and HOGO_BEHIND_PROXY is off: every request will be sent to "
                "https://, which this server does not speak. Put a TLS proxy in front and set "
                "HOGO_BEHIND_PROXY=1 (docs/deploy.md), or try hogo out with HOGO_DEBUG=1."
            )
        serve(application, host=host, port=port, threads=threads, ident="hogo", **proxy)
