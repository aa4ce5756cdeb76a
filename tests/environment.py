"""Environment for the test run, loaded as a pytest plugin before Django starts.

Tests run with production settings (debug off) and a throwaway secret key;
`HOGO_DATABASE_URL` picks the database, SQLite in memory by default.
"""

from __future__ import annotations

import base64
import os
import secrets
import tempfile

os.environ.setdefault("HOGO_SECRET_KEY", secrets.token_urlsafe(64))
os.environ.setdefault("HOGO_DEBUG", "0")
os.environ.setdefault("HOGO_MASTER_KEY", base64.b64encode(secrets.token_bytes(32)).decode())
# The test client speaks plain HTTP; the HTTPS settings are checked by check --deploy.
os.environ.setdefault("HOGO_HTTPS", "0")
os.environ.setdefault("HOGO_VAR_DIR", tempfile.mkdtemp(prefix="hogo-test-var-"))
os.environ.setdefault("HOGO_DATABASE_URL", "sqlite:///:memory:")
# Each test runs inside one transaction that never commits, where nothing would
# run after a commit: entries are chained before it instead. The tests of the
# sequencer (tests/audit/test_sequencer*.py) switch to after-commit, with commits.
os.environ.setdefault("HOGO_AUDIT_SEQUENCING", "in-transaction")
