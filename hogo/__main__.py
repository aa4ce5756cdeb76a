"""The `hogo` command: Django's management commands, with hogo's own among them."""

from __future__ import annotations

import os
import sys

# Commands that run as the owner of the tables when HOGO_MIGRATE_DATABASE_URL is set.
OWNER_COMMANDS = ("migrate", "db")


def asks_for_help(args: list[str]) -> bool:
    return args[:1] == ["help"] or any(arg in ("-h", "--help") for arg in args)


def _settings_for_help() -> None:
    """Help lists commands and options: it needs no keys, so a missing one is no reason to fail.

    When the configured settings cannot be read, help is read with debug settings,
    which make throwaway keys in memory and write nothing.
    """
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reading it imports the settings
    except ImproperlyConfigured:
        os.environ["HOGO_DEBUG"] = "1"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    argv = sys.argv[:]
    if len(argv) > 1 and argv[1] == "link":
        # Linkage needs no database, settings or server: it runs without Django.
        from hogo.linkage.cli import main as link

        sys.exit(link(argv[2:]))
    if argv[1:] == ["keys", "generate"]:
        # A first key is made before there is one to configure the instance with.
        from hogo.lib.envelope import generate_key

        print(generate_key())
        sys.exit(0)
    if len(argv) > 1 and argv[1] in OWNER_COMMANDS and os.environ.get("HOGO_MIGRATE_DATABASE_URL"):
        # Schema changes run as the owner of the tables; the application's own
        # role cannot alter them (docs/security.md, "Database roles").
        os.environ["HOGO_DATABASE_URL"] = os.environ["HOGO_MIGRATE_DATABASE_URL"]
    if len(argv) > 1 and argv[1] == "doctor" and not asks_for_help(argv[1:]):
        # A configuration that keeps hogo from starting is the first thing to report.
        from hogo.ops.preflight import report_if_settings_fail

        report_if_settings_fail()
    if asks_for_help(argv[1:]):
        _settings_for_help()
    elif len(argv) > 1 and argv[1] == "demo":
        # The demo runs with debug on and a secret key kept beside its database.
        from hogo.demo.environment import prepare_demo_environment

        prepare_demo_environment()
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["hogo", *argv[1:]])
    except ImproperlyConfigured as error:
        # A configuration mistake is the operator's to fix: say which, not where in Django.
        print(f"hogo: the instance is not configured: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
