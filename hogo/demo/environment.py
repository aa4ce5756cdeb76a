"""Environment defaults for `hogo demo`: a local, debug instance on SQLite."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def prepare_demo_environment() -> None:
    var = Path(os.environ.get("HOGO_VAR_DIR") or Path(__file__).resolve().parents[2] / "var")
    var.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HOGO_VAR_DIR", str(var))
    os.environ.setdefault("HOGO_DEBUG", "1")
    if "HOGO_SECRET_KEY" not in os.environ and "HOGO_SECRET_KEY_FILE" not in os.environ:
        key_file = var / "secret_key"
        if not key_file.exists():
            key_file.touch(mode=0o600)
            key_file.write_text(secrets.token_urlsafe(64), encoding="utf-8")
        os.environ["HOGO_SECRET_KEY_FILE"] = str(key_file)
    if "HOGO_MASTER_KEY" not in os.environ and "HOGO_MASTER_KEY_FILE" not in os.environ:
        # The demo's encrypted fields and documents need the same key on every start.
        master = var / "master_key"
        if not master.exists():
            from hogo.lib.envelope import generate_key

            master.touch(mode=0o600)
            master.write_text(generate_key() + "\n", encoding="ascii")
            print(f"Generated the demo's master key into {master} (keep it with the database).")
        os.environ["HOGO_MASTER_KEY_FILE"] = str(master)
