"""Settings come from the environment, fail loudly and default to safe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOOD_KEY = "k" * 20 + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789"
MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="


def _settings(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOGO_")}
    if "HOGO_MASTER_KEY_FILE" not in env:
        clean["HOGO_MASTER_KEY"] = MASTER_KEY
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from django.conf import settings; print(settings.DEBUG)",
        ],
        env={**clean, "DJANGO_SETTINGS_MODULE": "hogo.settings", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_debug_is_off_by_default() -> None:
    result = _settings({"HOGO_SECRET_KEY": GOOD_KEY})
    assert result.stdout.strip() == "False"


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = _settings({})
    assert result.returncode != 0
    assert "HOGO_SECRET_KEY" in result.stderr


def test_a_secret_key_is_read_from_a_file(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text(GOOD_KEY)
    assert _settings({"HOGO_SECRET_KEY_FILE": str(key)}).returncode == 0


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({"HOGO_DEBUG": "maybe"}, "not a boolean"),
        ({"HOGO_SECRET_KEY": "short"}, "at least 50"),
        ({"HOGO_DATABASE_URL": "mysql://x@y/z"}, "not supported"),
        ({"HOGO_SESSION_SECONDS": "soon"}, "not a whole number"),
        ({"HOGO_SECRET_KEY_FILE": "/nonexistent/key"}, "HOGO_SECRET_KEY_FILE"),
        ({"HOGO_MASTER_KEY": ""}, "HOGO_MASTER_KEY or HOGO_MASTER_KEY_FILE is required"),
        ({"HOGO_MASTER_KEY": "not-a-key"}, "not valid base64"),
        ({"HOGO_MASTER_KEY": "YWJj"}, "must decode to 32 bytes"),
        ({"HOGO_MASTER_KEY_FILE": "/nonexistent/master"}, "HOGO_MASTER_KEY_FILE"),
    ],
)
def test_a_bad_value_stops_the_process_with_a_clear_message(
    env: dict[str, str], complaint: str
) -> None:
    result = _settings(
        {"HOGO_SECRET_KEY": GOOD_KEY, **env} if "HOGO_SECRET_KEY_FILE" not in env else env
    )
    assert result.returncode != 0
    assert complaint in result.stderr


def test_master_keys_are_read_from_a_file_the_first_one_active(tmp_path: Path) -> None:
    keys = tmp_path / "master"
    keys.write_text(f"# active\n{MASTER_KEY[:-4]}ISE=\n# retired\n{MASTER_KEY}\n")
    result = _settings({"HOGO_SECRET_KEY": GOOD_KEY, "HOGO_MASTER_KEY_FILE": str(keys)})
    assert result.returncode == 0, result.stderr


def test_the_master_key_is_given_once(tmp_path: Path) -> None:
    keys = tmp_path / "master"
    keys.write_text(MASTER_KEY)
    result = _settings(
        {
            "HOGO_SECRET_KEY": GOOD_KEY,
            "HOGO_MASTER_KEY": MASTER_KEY,
            "HOGO_MASTER_KEY_FILE": str(keys),
        }
    )
    assert result.returncode != 0
    assert "not both" in result.stderr


def test_check_deploy_is_clean_under_production_settings() -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOGO_")}
    result = subprocess.run(
        [sys.executable, "-m", "hogo", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            **clean,
            "HOGO_SECRET_KEY": GOOD_KEY,
            "HOGO_MASTER_KEY": MASTER_KEY,
            "HOGO_DATABASE_URL": "sqlite:///:memory:",
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_pages_are_never_cached(client: object, caseworker: object) -> None:
    from django.test import Client

    assert isinstance(client, Client)
    response = client.get("/accounts/login/")
    assert "no-store" in response["Cache-Control"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_production_hashes_with_argon2id_and_names_cookies_for_this_host_only() -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOGO_")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.PASSWORD_HASHERS[0], s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, "
            "s.LANGUAGE_COOKIE_NAME, s.LANGUAGE_COOKIE_SECURE, s.LANGUAGE_COOKIE_HTTPONLY, "
            "s.MESSAGE_STORAGE)",
        ],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "hogo.settings",
            "HOGO_SECRET_KEY": GOOD_KEY,
            "HOGO_MASTER_KEY": MASTER_KEY,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    hasher, session, csrf, language, secure, httponly, messages = result.stdout.split()
    assert hasher.endswith("Argon2PasswordHasher")
    assert session.startswith("__Host-")
    assert csrf.startswith("__Host-")
    assert language.startswith("__Host-")
    assert (secure, httponly) == ("True", "True")
    # Notices after a redirect ride in the server-side session, not in a cookie of their own.
    assert messages.endswith("SessionStorage")


@pytest.mark.parametrize("method", ["TRACE", "TRACK", "CONNECT", "PROPFIND"])
def test_methods_hogo_does_not_use_are_refused_before_any_view(
    client: object, db: None, method: str
) -> None:
    from django.test import Client

    assert isinstance(client, Client)
    response = client.generic(method, "/accounts/login/")
    assert response.status_code == 405
    assert "TRACE" not in response["Allow"]
    assert b"password" not in response.content


def test_pages_carry_a_content_security_policy_without_unsafe_inline(
    client: object, db: None
) -> None:
    from django.test import Client

    assert isinstance(client, Client)
    policy = client.get("/accounts/login/")["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "'nonce-" in policy
    assert "frame-ancestors 'none'" in policy


def _keys_seen(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOGO_")}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import base64, django; django.setup(); from django.conf import settings; "
            "print(base64.b64encode(settings.MASTER_KEYS[0]).decode()); print(settings.SECRET_KEY)",
        ],
        env={**clean, "DJANGO_SETTINGS_MODULE": "hogo.settings", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_debug_instance_opens_the_demo_with_the_keys_kept_beside_it(tmp_path: Path) -> None:
    # `hogo serve` or `hogo audit verify` on the demo database, with no key given:
    # a throwaway key would open nothing the demo sealed.
    (tmp_path / "master_key").write_text(MASTER_KEY + "\n")
    (tmp_path / "secret_key").write_text(GOOD_KEY)
    result = _keys_seen({"HOGO_DEBUG": "1", "HOGO_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [MASTER_KEY, GOOD_KEY]


def test_production_never_takes_a_key_from_the_var_directory(tmp_path: Path) -> None:
    (tmp_path / "master_key").write_text(MASTER_KEY + "\n")
    result = _keys_seen(
        {"HOGO_DEBUG": "0", "HOGO_VAR_DIR": str(tmp_path), "HOGO_SECRET_KEY": GOOD_KEY}
    )
    assert result.returncode != 0
    assert "HOGO_MASTER_KEY or HOGO_MASTER_KEY_FILE is required" in result.stderr


def test_a_debug_instance_with_no_demo_beside_it_takes_a_throwaway_key(tmp_path: Path) -> None:
    first = _keys_seen({"HOGO_DEBUG": "1", "HOGO_VAR_DIR": str(tmp_path)})
    second = _keys_seen({"HOGO_DEBUG": "1", "HOGO_VAR_DIR": str(tmp_path)})
    assert first.returncode == second.returncode == 0
    assert first.stdout.split()[0] != second.stdout.split()[0]


def _database_setting(env: dict[str, str]) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOGO_")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "d = settings.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])",
        ],
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "hogo.settings",
            "HOGO_SECRET_KEY": GOOD_KEY,
            "HOGO_MASTER_KEY": MASTER_KEY,
            "HOGO_DATABASE_URL": "postgres://hogo@127.0.0.1:5432/hogo",
            **env,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_worker_keeps_its_database_connection_checked_before_reuse() -> None:
    # A connection per request costs a PostgreSQL server process and its cold caches.
    assert _database_setting({}) == "600 True"


def test_a_connection_per_request_can_be_asked_for() -> None:
    assert _database_setting({"HOGO_DATABASE_CONN_SECONDS": "0"}) == "0 True"
