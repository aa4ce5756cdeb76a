"""deploy/nginx/hogo.conf rendered for a test: an unprivileged nginx on loopback ports.

docs/deploy.md renders the template with sed into Debian's sites-available; a
test renders it the same way and includes it from a small main configuration
of its own, so that nginx needs no root, no /etc and no port below 1024.
"""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

from tests.tls import Certificate

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
NGINX = os.environ.get("HOGO_NGINX", "/usr/sbin/nginx")


def render(template: str, values: dict[str, str]) -> str:
    """deploy/nginx/hogo.conf with every @NAME@ filled in, as docs/deploy.md does it."""
    return re.sub(r"@([A-Z_]+)@", lambda match: values[match.group(1)], template)


def configure(
    tmp: Path, *, certificate: Certificate, https_port: int, http_port: int, upstream: str
) -> list[str]:
    """Write the site and a main configuration under `tmp`; the command that runs nginx."""
    logs = tmp / "nginx-logs"
    logs.mkdir(exist_ok=True)
    site = render(
        (DEPLOY / "nginx" / "hogo.conf").read_text(encoding="utf-8"),
        {
            "SERVER_NAME": "localhost 127.0.0.1",
            "HTTPS_LISTEN": f"127.0.0.1:{https_port}",
            "HTTP_LISTEN": f"127.0.0.1:{http_port}",
            "TLS_CERTIFICATE": str(certificate.chain),
            "TLS_CERTIFICATE_KEY": str(certificate.key),
            "UPSTREAM": upstream,
            "LOG_DIR": str(logs),
        },
    )
    assert "@" not in re.sub(r"#.*", "", site), "a placeholder was left unfilled"
    (tmp / "hogo.conf").write_text(site, encoding="utf-8")
    temp = {
        part: tmp / "nginx-temp" / part for part in ("body", "proxy", "fastcgi", "uwsgi", "scgi")
    }
    for path in temp.values():
        path.mkdir(parents=True, exist_ok=True)
    (tmp / "nginx.conf").write_text(
        f"""
user {getpass.getuser()};
worker_processes 1;
daemon off;
pid {tmp / "nginx.pid"};
error_log {logs / "error.log"} warn;
events {{ worker_connections 128; }}
http {{
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {tmp / "hogo.conf"};
}}
""",
        encoding="utf-8",
    )
    return [NGINX, "-p", str(tmp), "-e", str(logs / "error.log"), "-c", str(tmp / "nginx.conf")]
