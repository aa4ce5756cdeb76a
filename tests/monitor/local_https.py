"""A small HTTPS server on this machine, with a throwaway certificate, for fetching tests.

Its certificate names `news.test` and `internal.test`; tests resolve those names
themselves, so nothing here needs the internet or a DNS server.
"""

from __future__ import annotations

import ipaddress
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from hogo.monitor import sources
from tests.tls import issue

NAMES = ("news.test", "internal.test")
LOOPBACK = ipaddress.ip_address("127.0.0.1")

# A route answers a path with a status, headers and a body given as chunks.
Route = tuple[int, dict[str, str], Callable[[], Iterator[bytes]]]


@dataclass
class LocalHttps:
    port: int
    cert: Path  # the authority that signed the server's certificate
    routes: dict[str, Route] = field(default_factory=dict)
    resolutions: list[str] = field(default_factory=list)

    def url(self, path: str, host: str = "news.test") -> str:
        return f"https://{host}:{self.port}{path}"

    def fetcher(
        self, *, names: dict[str, str] | None = None, max_bytes: int = sources.MAX_BYTES
    ) -> sources.Fetcher:
        """A fetcher that trusts this server's certificate, resolves the test names
        itself (news.test is this machine unless `names` says otherwise) and permits
        this machine's loopback address besides the public internet."""
        table = {"news.test": "127.0.0.1", **(names or {})}

        def resolve(host: str, port: int) -> list[sources.Address]:
            self.resolutions.append(host)
            if host in table:
                return [ipaddress.ip_address(table[host])]
            return sources.resolve_host(host, port)

        return sources.Fetcher(
            resolve=resolve,
            permit=lambda address: address == LOOPBACK or sources.is_public(address),
            tls=ssl.create_default_context(cafile=str(self.cert)),
            max_bytes=max_bytes,
            timeout=5,
        )


def serve(directory: Path) -> Iterator[LocalHttps]:
    certificate = issue(directory, NAMES)
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            status, headers, body = routes.get(self.path, (404, {}, lambda: iter([b""])))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            try:
                for chunk in body():
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate.chain, certificate.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalHttps(port=server.server_address[1], cert=certificate.authority, routes=routes)
    finally:
        server.shutdown()
        server.server_close()
