"""deploy/ as a Debian host runs it, end to end, in a few minutes.

A PostgreSQL database made by deploy/postgresql/roles.sql, migrated as the owner
role; the application's role granted by `hogo db grant-app-role`; gunicorn with
two workers from deploy/gunicorn.conf.py on a loopback port; nginx with
deploy/nginx/hogo.conf and a throwaway certificate in front. Headless Chromium
signs in over HTTPS with a password and an authenticator code and reads a case.
The test checks the cookies, HSTS, that the proxy's request id reaches hogo, that
no request is redirected round in a loop, and `hogo doctor` against it all.

It runs on the PostgreSQL half of `make test` (the roles it checks exist only
there); scripts/ensure-proxy installs nginx, scripts/ensure-chromium Chromium.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from tests.browser.fixtures import AUTHENTICATOR, CHROMIUM, SEED, sign_in
from tests.deploy.database import scratch_database
from tests.deploy.nginx import NGINX, configure
from tests.tls import issue

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
HOGO = [sys.executable, "-m", "hogo"]

pytestmark = [pytest.mark.postgres, pytest.mark.browser]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, what: str, log: Path, process: subprocess.Popen[bytes]) -> None:
    # Generous: on a machine busy with a parallel suite, starting takes a while.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what} stopped at start: {log.read_text(errors='replace')[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.25)
    pytest.fail(f"{what} did not start: {log.read_text(errors='replace')[-3000:]}")


def _start(
    stack: ExitStack, command: list[str], log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    out = stack.enter_context(log.open("wb"))
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)

    def stop() -> None:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    stack.callback(stop)
    return process


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    url = os.environ.get("HOGO_DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.skip("the end-to-end deployment test runs on the PostgreSQL half of make test")
    for program, make in ((NGINX, "scripts/ensure-proxy"), (CHROMIUM, "scripts/ensure-chromium")):
        if not Path(program).exists():
            pytest.fail(f"{program} is missing: run {make}")
    if shutil.which("psql") is None:
        pytest.fail("psql is missing: install postgresql-client")
    from hogo.lib.envelope import generate_key

    tmp = tmp_path_factory.mktemp("deploy")
    server = url.rsplit("/", 1)[0]
    with ExitStack() as stack:
        owner, app, name = scratch_database(stack, f"{server}/postgres", tmp)
        keys = tmp / "keys"
        keys.mkdir(mode=0o750)
        (keys / "secret_key").write_text(secrets.token_urlsafe(64))
        (keys / "master_key").write_text(generate_key() + "\n")
        for key in keys.iterdir():
            key.chmod(0o440)
        documents = tmp / "documents"
        documents.mkdir(mode=0o700)
        host = server.split("@", 1)[1]
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("HOGO_")},
            "HOGO_DEBUG": "0",
            "HOGO_BEHIND_PROXY": "1",
            "HOGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HOGO_DATABASE_URL": f"postgres://{app}@{host}/{name}",
            "HOGO_MIGRATE_DATABASE_URL": f"postgres://{owner}@{host}/{name}",
            "HOGO_SECRET_KEY_FILE": str(keys / "secret_key"),
            "HOGO_MASTER_KEY_FILE": str(keys / "master_key"),
            "HOGO_VAR_DIR": str(tmp),
            "HOGO_DOCUMENT_ROOT": str(documents),
            "HOGO_AUDIT_HEAD_SINK": f"file:{tmp / 'heads.jsonl'}",
            "HOGO_LOG_LEVEL": "INFO",
        }
        run: dict[str, Any] = {"env": env, "cwd": ROOT, "capture_output": True, "timeout": 300}
        # As the owner, which then grants the application's role (docs/deploy.md, step 3).
        migrated = subprocess.run([*HOGO, "migrate", "--no-input"], check=True, text=True, **run)
        assert f"{app} may now serve hogo" in migrated.stdout
        password, totp_key = secrets.token_urlsafe(12), secrets.token_hex(20)
        seed = SEED.format(password=password) + AUTHENTICATOR.format(
            username="officer", totp_key=totp_key
        )
        # Seeded as the application's role, through its grants.
        subprocess.run([*HOGO, "shell", "-c", seed], check=True, **run)

        app_port, https_port, http_port = _free_port(), _free_port(), _free_port()
        gunicorn = _start(
            stack,
            [sys.executable, "-m", "gunicorn", "--config", str(DEPLOY / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{app_port}", "--workers", "2"],
            tmp / "gunicorn.log",
            env,
        )  # fmt: skip
        _wait_for(app_port, "gunicorn", tmp / "gunicorn.log", gunicorn)

        certificate = issue(tmp, ("localhost", "127.0.0.1"))
        nginx = configure(
            tmp,
            certificate=certificate,
            https_port=https_port,
            http_port=http_port,
            upstream=f"127.0.0.1:{app_port}",
        )
        checked = subprocess.run([*nginx, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        proxy = _start(stack, nginx, tmp / "nginx.out")
        _wait_for(https_port, "nginx", tmp / "nginx-logs" / "error.log", proxy)

        yield {
            "base": f"https://127.0.0.1:{https_port}",
            "http": f"http://127.0.0.1:{http_port}",
            "username": "officer",
            "password": password,
            "totp_key": totp_key,
            "env": env,
            "cert": str(certificate.authority),
            "tmp": tmp,
        }


def test_a_user_signs_in_over_https_and_reads_a_case(
    deployment: dict[str, Any], browser: Any
) -> None:
    base = deployment["base"]
    context = browser.new_context(locale="en-GB", ignore_https_errors=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    redirects: list[tuple[str, str]] = []
    documents: list[Any] = []

    def seen(response: Any) -> None:
        if 300 <= response.status < 400:
            redirects.append((response.url, response.headers.get("location", "")))
        if response.request.resource_type == "document":
            documents.append(response)

    page.on("response", seen)

    sign_in(page, {**deployment, "base": base}, "en")
    page.wait_for_url(f"{base}/cases/**")
    page.fill('input[name="q"]', "キン")
    page.get_by_role("button", name="Search").click()
    results = page.locator("#results tbody tr")
    results.first.wait_for()
    results.first.locator("a").first.click()
    page.wait_for_url(f"{base}/cases/*/")
    assert "金 正一" in page.locator("body").inner_text()
    assert page.get_by_role("heading", name="Timeline").is_visible()

    # No loop: a handful of redirects (after sign-in, after the second factor), none
    # to the address it came from, none to plain HTTP.
    assert len(redirects) <= 6, redirects
    for source, location in redirects:
        target = urllib.parse.urljoin(source, location)
        assert target != source, f"{source} redirected to itself"
        assert not target.startswith("http:"), f"{source} sent the browser to {target}"
    # Every page came over HTTPS, with HSTS, and with the id nginx gave the request.
    assert documents
    for response in documents:
        assert response.url.startswith("https://")
        if 200 <= response.status < 300:
            headers = response.headers
            assert "max-age=63072000" in headers.get("strict-transport-security", "")
            assert re.fullmatch(r"[0-9a-f]{32}", headers.get("x-request-id", "")), headers

    cookies = {cookie["name"]: cookie for cookie in context.cookies()}
    assert {"__Host-hogo-session", "__Host-hogo-csrf"} <= cookies.keys(), cookies.keys()
    for cookie in cookies.values():
        assert cookie["secure"], cookie["name"]
        assert cookie["httpOnly"], cookie["name"]
        assert cookie["sameSite"] == "Strict", cookie["name"]
    context.close()

    # The id hogo answered with is the one nginx wrote in its access log.
    request_id = documents[-1].headers["x-request-id"]
    access_log = (deployment["tmp"] / "nginx-logs" / "hogo.access.log").read_text()
    assert f"request_id={request_id}" in access_log
    # The search's query (a name) is not in nginx's log.
    assert "q=" not in access_log


def test_plain_http_is_sent_to_https_and_the_health_check_sees_https(
    deployment: dict[str, Any],
) -> None:
    import ssl

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    context = ssl.create_default_context(cafile=deployment["cert"])
    opener = urllib.request.build_opener(NoRedirect(), urllib.request.HTTPSHandler(context=context))
    with pytest.raises(urllib.error.HTTPError) as refused:
        opener.open(deployment["http"] + "/cases/", timeout=10)
    assert refused.value.code == 301
    assert refused.value.headers["Location"].startswith("https://")
    # The one path plain HTTP serves itself: certbot's ACME challenges (none here).
    with pytest.raises(urllib.error.HTTPError) as challenge:
        opener.open(deployment["http"] + "/.well-known/acme-challenge/none", timeout=10)
    assert challenge.value.code == 404
    with opener.open(deployment["base"] + "/healthz", timeout=10) as response:
        assert json.loads(response.read()) == {"status": "ok", "secure": True}
        assert "set-cookie" not in {name.lower() for name in response.headers}


def test_doctor_finds_nothing_wrong_with_this_deployment_and_flags_the_owner_role(
    deployment: dict[str, Any],
) -> None:
    env = deployment["env"]
    command = [*HOGO, "doctor", "--url", deployment["base"], "--cafile", deployment["cert"]]
    # A machine busy with the parallel suite may answer slowly; slow is not wrong here.
    command += ["--timeout", "120"]
    run: dict[str, Any] = {"cwd": ROOT, "capture_output": True, "text": True, "timeout": 300}
    healthy = subprocess.run(command, env=env, **run)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "sees HTTPS and sends HSTS" in healthy.stdout
    assert "may only read the audit log, append to it and chain what it appended" in healthy.stdout
    assert "clock: within" in healthy.stdout

    # Serving as the owner of the tables is what doctor is there to catch.
    as_owner = subprocess.run(
        command, env={**env, "HOGO_DATABASE_URL": env["HOGO_MIGRATE_DATABASE_URL"]}, **run
    )
    assert as_owner.returncode == 1
    assert "owns hogo's tables" in as_owner.stdout
