"""deploy/'s files hold together: every unit runs a real hogo command as hogo, the
proxy sets the headers hogo believes, and docs/deploy.md accounts for every file."""

from __future__ import annotations

import configparser
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
GUIDE = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


def _unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_every_file_in_deploy_is_in_the_guide() -> None:
    for path in DEPLOY.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.name in GUIDE, f"docs/deploy.md does not mention {path.name}"


@pytest.mark.parametrize("unit", UNITS, ids=lambda path: path.name)
def test_every_service_runs_as_hogo_with_the_settings_file(unit: Path) -> None:
    service = _unit(unit)["Service"]
    assert service["User"] == "hogo"
    assert service["EnvironmentFile"] == "/etc/hogo/hogo.env"
    assert service["ProtectSystem"] == "strict"
    assert service["NoNewPrivileges"] == "true"


@pytest.mark.parametrize("unit", UNITS, ids=lambda path: path.name)
def test_every_hogo_command_a_unit_runs_exists(unit: Path) -> None:
    commands = {path.stem for path in (ROOT / "hogo").glob("*/management/commands/*.py")}
    start = _unit(unit)["Service"]["ExecStart"]
    for used in re.findall(r"/bin/hogo (\w+)", start):
        assert used in commands, f"{unit.name} runs hogo {used}, which does not exist"


def test_every_timer_starts_a_service_of_its_name() -> None:
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        assert (DEPLOY / "systemd" / f"{timer.stem}.service").exists()
        assert "Timer" in _unit(timer)


def test_the_proxy_sets_every_header_hogo_believes() -> None:
    site = (DEPLOY / "nginx" / "hogo.conf").read_text(encoding="utf-8")
    for header, value in (
        ("X-Forwarded-Proto", "$scheme"),
        ("X-Forwarded-For", "$remote_addr"),
        ("X-Request-ID", "$request_id"),
    ):
        assert f"proxy_set_header {header} {value};" in site
    assert "server_tokens off;" in site


def test_the_settings_file_turns_on_what_production_needs() -> None:
    env = dict(
        line.split("=", 1)
        for line in (DEPLOY / "hogo.env").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert env["HOGO_DEBUG"] == "0"
    assert env["HOGO_BEHIND_PROXY"] == "1"
    assert env["HOGO_DATABASE_URL"].startswith("postgres://hogo_app@")
    assert env["HOGO_MIGRATE_DATABASE_URL"].startswith("postgres://hogo_owner@")
    # Key files, never keys.
    assert not {"HOGO_SECRET_KEY", "HOGO_MASTER_KEY", "HOGO_BACKUP_KEY"} & env.keys()


def test_hogo_admin_is_a_valid_shell_script() -> None:
    subprocess.run(["sh", "-n", str(DEPLOY / "hogo-admin")], check=True, timeout=10)
