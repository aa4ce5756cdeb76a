"""The README documents every setting and every hogo command; nothing is undocumented."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_is_documented() -> None:
    used: set[str] = set()
    for source in (ROOT / "hogo").rglob("*.py"):
        used |= set(re.findall(r"\"(HOGO_[A-Z_]+)\"", source.read_text(encoding="utf-8")))
    missing = sorted(name for name in used if f"`{name}`" not in README)
    assert not missing, f"settings missing from README.md: {missing}"


def test_every_hogo_command_is_documented() -> None:
    commands = {
        path.stem
        for path in (ROOT / "hogo").glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    }
    missing = sorted(name for name in commands if f"`hogo {name}" not in README)
    assert not missing, f"commands missing from README.md: {missing}"


def test_the_readme_shows_exactly_the_two_setup_commands() -> None:
    assert "make demo" in README
    assert "make test" in README
