"""deploy/'s systemd units and nginx site, checked by the programs that will read them.

`systemd-analyze verify` parses each unit as systemd would on the host (an
unknown option, a misspelt value, a command that is not there, a timer whose
service is missing), under a scratch root that holds the programs the units
name, since /opt/hogo is not installed here. `nginx -t` reads the site as
docs/deploy.md renders it. Where a program is not installed the test says so
and skips; the rules below that need neither always run.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.deploy.nginx import NGINX, configure
from tests.tls import issue

ROOT = Path(__file__).resolve().parents[2]
SYSTEMD = ROOT / "deploy" / "systemd"
UNITS = sorted(SYSTEMD.glob("hogo-*.*"))
SERVICES = [unit for unit in UNITS if unit.suffix == ".service"]
HARDENING = {
    "NoNewPrivileges": "true",
    "ProtectSystem": "strict",
    "ProtectHome": "true",
    "PrivateTmp": "true",
    "PrivateDevices": "true",
    "ProtectKernelTunables": "true",
    "ProtectKernelModules": "true",
    "ProtectControlGroups": "true",
    "RestrictSUIDSGID": "true",
    "RestrictNamespaces": "true",
    "LockPersonality": "true",
    "CapabilityBoundingSet": "",
    "SystemCallArchitectures": "native",
}
# What a unit may start: hogo's own programs, or the base system's.
PROGRAMS = re.compile(r"^(/opt/hogo/\.venv/bin/(hogo|gunicorn)|/bin/(sh|kill)|/usr/bin/find)$")


def _unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def _programs(unit: Path) -> set[str]:
    """The executable of every Exec*= line, without systemd's prefixes (-, @, +, !, :)."""
    found = set()
    for line in unit.read_text(encoding="utf-8").splitlines():
        if re.match(r"^Exec\w+=", line):
            command = line.split("=", 1)[1].lstrip("-@+!:")
            found.add(command.split()[0])
    return found


@pytest.mark.parametrize("unit", SERVICES, ids=lambda path: path.name)
def test_every_service_runs_as_hogo_and_group_hogo_with_the_hardening_options(unit: Path) -> None:
    service = _unit(unit)["Service"]
    assert (service["User"], service["Group"]) == ("hogo", "hogo")
    for option, value in HARDENING.items():
        assert service.get(option) == value, f"{unit.name}: {option}={service.get(option)}"
    assert service["UMask"] in ("0027", "0077")
    writable = service["ReadWritePaths"].split()
    assert set(writable) <= {"/var/lib/hogo", "/var/log/hogo", "/var/backups/hogo"}


@pytest.mark.parametrize("unit", SERVICES, ids=lambda path: path.name)
def test_every_service_starts_an_absolute_program_hogo_ships_or_the_system_has(
    unit: Path,
) -> None:
    programs = _programs(unit)
    assert programs, f"{unit.name} starts nothing"
    for program in programs:
        assert PROGRAMS.match(program), f"{unit.name} starts {program}"


def test_every_timer_and_socket_names_an_existing_service_and_is_installed() -> None:
    for unit in UNITS:
        if unit.suffix not in (".timer", ".socket"):
            continue
        parsed = _unit(unit)
        section = parsed["Timer" if unit.suffix == ".timer" else "Socket"]
        service = section.get("Unit", f"{unit.stem}.service")
        assert (SYSTEMD / service).exists(), f"{unit.name} starts {service}, which is not there"
        wanted_by = "timers.target" if unit.suffix == ".timer" else "sockets.target"
        assert parsed["Install"]["WantedBy"] == wanted_by


def _scratch_root(tmp_path: Path, units: list[Path]) -> Path:
    """A root holding the units and, as empty executables, every program they start."""
    root = tmp_path / "root"
    (root / "etc" / "systemd" / "system").mkdir(parents=True)
    for unit in units:
        shutil.copy(unit, root / "etc" / "systemd" / "system" / unit.name)
        for program in _programs(unit):
            stub = root / program.lstrip("/")
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text("#!/bin/sh\n")
            stub.chmod(0o755)
    return root


def _verify(root: Path) -> subprocess.CompletedProcess[str]:
    installed = sorted(str(path) for path in (root / "etc" / "systemd" / "system").iterdir())
    return subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", "--man=no", "--recursive-errors=no",
         *installed],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def systemd_analyze() -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian package systemd)")


@pytest.mark.usefixtures("systemd_analyze")
def test_systemd_analyze_verify_finds_nothing_wrong_with_the_units(tmp_path: Path) -> None:
    result = _verify(_scratch_root(tmp_path, UNITS))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


@pytest.mark.usefixtures("systemd_analyze")
def test_systemd_analyze_verify_would_catch_a_misspelt_option(tmp_path: Path) -> None:
    # The check above means something only if verify reads the options at all.
    root = _scratch_root(tmp_path, UNITS)
    web = root / "etc" / "systemd" / "system" / "hogo-web.service"
    web.write_text(web.read_text().replace("ProtectSystem=strict", "ProtectSytem=strict"))

    result = _verify(root)

    assert "Unknown key 'ProtectSytem'" in result.stdout + result.stderr


def test_nginx_accepts_the_site_as_the_guide_renders_it(tmp_path: Path) -> None:
    if not Path(NGINX).exists():
        pytest.skip(f"{NGINX} is not installed: scripts/ensure-proxy installs it")
    certificate = issue(tmp_path, ("localhost", "127.0.0.1"))
    command = configure(
        tmp_path,
        certificate=certificate,
        https_port=8443,
        http_port=8080,
        upstream="unix:/run/hogo.sock",
    )

    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)

    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr
    assert "test is successful" in checked.stderr
