"""`hogo doctor` before settings: when they cannot load, say why in plain words."""

from __future__ import annotations

import sys

from hogo.ops.findings import Level, problem
from hogo.ops.keyfiles import check_key_files


def report_if_settings_fail() -> None:
    """Load the settings; if they fail, print the key checks and the reason, and exit 1."""
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as error:
        findings = check_key_files()
        findings.append(problem(f"hogo cannot start: {error}"))
        for finding in findings:
            print(finding.line())
        print(f"{sum(f.level is Level.PROBLEM for f in findings)} problem(s) found")
        sys.exit(1)
