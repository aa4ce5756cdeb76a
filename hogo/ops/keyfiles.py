"""The key files hogo reads, checked before settings are loaded: no Django here.

`hogo doctor` runs these first, so that a missing or unreadable key is reported
in plain words even when it is the reason hogo cannot start at all.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hogo.ops.findings import Finding, ok, problem, warning


@dataclass(frozen=True)
class Key:
    variable: str  # the key given directly
    what: str
    needed_to_serve: bool

    @property
    def file_variable(self) -> str:
        return self.variable + "_FILE"


KEYS = (
    Key("HOGO_SECRET_KEY", "the signing key (sessions, CSRF)", needed_to_serve=True),
    Key("HOGO_MASTER_KEY", "the master keys (encrypted fields and documents)", True),
    Key("HOGO_BACKUP_KEY", "the backup key (hogo backup, hogo restore)", False),
)


def check_key_file(key: Key, path: Path) -> Finding:
    name = f"{key.file_variable} ({path})"
    try:
        info = path.stat()
    except FileNotFoundError:
        return problem(f"{name}: the file does not exist, so {key.what} cannot be read")
    except OSError as error:
        return problem(f"{name}: cannot look at the file: {error.strerror}")
    if not stat.S_ISREG(info.st_mode):
        return problem(f"{name}: this is not a plain file")
    try:
        text = path.read_text(encoding="ascii")
    except PermissionError:
        return problem(
            f"{name}: this user cannot read it; make it readable by hogo's user "
            "(owner root, group hogo, mode 0440)"
        )
    except (OSError, UnicodeDecodeError) as error:
        return problem(f"{name}: cannot read it: {error}")
    if not text.strip():
        return problem(f"{name}: the file is empty")
    if info.st_mode & (stat.S_IROTH | stat.S_IWOTH):
        return problem(
            f"{name}: every user of this machine can read or change it; "
            f"run: chmod 0440 {path} (owner root, group hogo)"
        )
    if info.st_mode & stat.S_IWGRP:
        return warning(f"{name}: its group may change it; mode 0440 is enough")
    return ok(f"{key.what}: read from {path}, which other users cannot read")


def check_key_files(environ: Mapping[str, str] = os.environ) -> list[Finding]:
    findings = []
    for key in KEYS:
        value, file = environ.get(key.variable, ""), environ.get(key.file_variable, "")
        if value and file:
            findings.append(
                problem(f"{key.variable} and {key.file_variable} are both set: set one")
            )
        elif file:
            findings.append(check_key_file(key, Path(file)))
        elif value:
            findings.append(
                warning(
                    f"{key.what} is given in {key.variable}, in the environment; a file "
                    f"({key.file_variable}, mode 0440) keeps it out of process listings"
                )
            )
        elif key.needed_to_serve:
            findings.append(
                problem(f"{key.what}: neither {key.variable} nor {key.file_variable} is set")
            )
        else:
            findings.append(
                warning(f"{key.what}: neither {key.variable} nor {key.file_variable} is set")
            )
    return findings
