"""A real hogo server, in its own process and database, for the browser tests.

The server runs `hogo serve` against a fresh database of the same kind the
suite runs on (a temporary SQLite file, or a throwaway PostgreSQL database),
seeded through hogo's own actions, so the browser sees exactly what a user would.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("HOGO_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
HOGO = [sys.executable, "-m", "hogo"]
SERVER_START_SECONDS = 180

SEED = """
from hogo.accounts.models import Compartment, Role, User
from hogo.cases.actions import create_case
from hogo.people.actions import NameInput, create_person
east = Compartment.objects.create(code="east", name="East Asia desk")
officer = User.objects.create_user(username="officer", password="{password}", role=Role.CASEWORKER)
officer.compartments.add(east)
from hogo.accounts.actions import issue_enrolment_code
# Two colleagues who have not set up a second factor yet, each with the one-time
# code that lets them (read by live_server from what this prints).
for name in ("newcomer", "keyholder"):
    colleague = User.objects.create_user(username=name, password="{password}", role=Role.CASEWORKER)
    print("enrolment-code", name, issue_enrolment_code(colleague, actor=None)[0])
person = create_person(actor=officer, names=[
    NameInput("legal", "金", "正一"), NameInput("reading", "キン", "セイイチ"),
    NameInput("hangul", "김", "정일"), NameInput("alias", "金田", "正一")],
    sex="M", birth_date_text="S10.3.5", birthplace="新潟県")
create_case(actor=officer, person=person, category="former_resident", compartment=east)
other = create_person(actor=officer, names=[NameInput("legal", "佐藤", "花子")])
create_case(actor=officer, person=other, category="japanese_spouse", compartment=east)
"""


# The signing-in user's authenticator app, whatever the seed.
AUTHENTICATOR = """
from django_otp.plugins.otp_totp.models import TOTPDevice as _Device
from hogo.accounts.models import User as _User
_Device.objects.create(
    user=_User.objects.get(username="{username}"), name="phone", key="{totp_key}", confirmed=True
)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _database_url(tmp: Path) -> tuple[str, Any]:
    url = os.environ.get("HOGO_DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp / 'browser.sqlite3'}", None
    import psycopg

    name = f"hogo_browser_{secrets.token_hex(4)}"
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url.rsplit("/", 1)[0] + f"/{name}", drop


@contextmanager
def live_server(tmp: Path, seed: str, username: str) -> Iterator[dict[str, str]]:
    """`hogo serve` on a free port, over a fresh database seeded by `seed` (Python code).

    `seed` may use `{password}`, which is filled with a fresh password for `username`,
    and print "enrolment-code NAME CODE" lines, returned as `enrolment_code_NAME`.
    The user then gets an authenticator app with a fresh key, `totp_key` (hex), from
    which `sign_in` computes the code of the second step.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian's chromium package)")
    url, drop = _database_url(tmp)
    password = secrets.token_urlsafe(12)
    totp_key = secrets.token_hex(20)
    env = {
        **os.environ,
        "HOGO_DATABASE_URL": url,
        "HOGO_DEBUG": "0",
        "HOGO_HTTPS": "0",
        "HOGO_SECRET_KEY": secrets.token_urlsafe(64),
        "HOGO_VAR_DIR": str(tmp),
    }
    run: dict[str, Any] = {"env": env, "cwd": ROOT, "check": True, "capture_output": True}
    subprocess.run([*HOGO, "migrate", "--no-input"], timeout=300, **run)
    code = seed.format(password=password) + AUTHENTICATOR.format(
        username=username, totp_key=totp_key
    )
    seeded = subprocess.run([*HOGO, "shell", "-c", code], timeout=300, **run)
    # Enrolment codes the seed printed, one "enrolment-code NAME CODE" line each.
    codes = {
        f"enrolment_code_{words[1]}": words[2]
        for words in (line.split() for line in seeded.stdout.decode().splitlines())
        if len(words) == 3 and words[0] == "enrolment-code"
    }
    port = _free_port()
    log = (tmp / "server.log").open("wb")
    server = subprocess.Popen(
        [*HOGO, "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # By the clock, not a count of tries: on a busy machine the server takes longer
        # to start, and a refused connection returns at once.
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                urllib.request.urlopen(f"{base}/accounts/login/", timeout=2)  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("hogo serve did not start: " + (tmp / "server.log").read_text())
                time.sleep(0.2)
        yield {
            "base": base,
            "port": str(port),
            "username": username,
            "password": password,
            "totp_key": totp_key,
            **codes,
        }
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
        if drop is not None:
            drop()


@pytest.fixture(scope="session")
def live_hogo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with live_server(tmp_path_factory.mktemp("live"), SEED, "officer") as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


# The last time step whose code was used, per key: a code is accepted only once.
_USED_STEPS: dict[str, int] = {}


def fresh_totp_code(key_hex: str) -> str:
    """The code an authenticator app shows for this key, waiting for a new one if the
    current one was already used (hogo, rightly, takes each code only once)."""
    from django_otp.oath import totp

    step = int(time.time()) // 30
    if _USED_STEPS.get(key_hex, -1) >= step:
        time.sleep(30 - time.time() % 30 + 0.5)
        step = int(time.time()) // 30
    _USED_STEPS[key_hex] = step
    return f"{totp(bytes.fromhex(key_hex), t0=0, step=30, digits=6):06d}"


def submit_password(page: Any, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', password)
    page.locator('form:has(input[name="password"]) button[type="submit"]').click()
    page.wait_for_load_state()


def sign_in(page: Any, server: dict[str, str], language: str) -> None:
    """Sign in on the server's own page, choosing the language there as a user would,
    then pass the second step with the code the user's authenticator app shows."""
    page.goto(f"{server['base']}/accounts/login/")
    page.locator(f'button[name="language"][value="{language}"]').click()
    page.fill('input[name="username"]', server["username"])
    page.fill('input[name="password"]', server["password"])
    page.locator('form:has(input[name="password"]) button[type="submit"]').click()
    page.wait_for_url("**/accounts/verify/**")
    page.fill('input[name="code"]', fresh_totp_code(server["totp_key"]))
    page.locator('#code-form button[type="submit"]').click()
    page.wait_for_load_state()
