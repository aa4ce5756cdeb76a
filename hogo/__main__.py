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
    app_role = None
    if len(argv) > 1 and argv[1] in OWNER_COMMANDS and os.environ.get("HOGO_MIGRATE_DATABASE_URL"):
        # Schema changes run as the owner of the tables; the application's own
        # role cannot alter them (docs/security.md, "Database roles").
        if argv[1] == "migrate" and _changes_the_schema(argv[2:]):
            app_role = _application_role(
                os.environ.get("HOGO_DATABASE_URL", ""), os.environ["HOGO_MIGRATE_DATABASE_URL"]
            )
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
    if app_role:
        _grant_after_migrating(app_role)


def _application_role(app_url: str, owner_url: str) -> str | None:
    """The role the application connects as, when migrations run as another one.

    None when there is no separate application role to grant: not PostgreSQL,
    no user named, or the same user for both (a development database).
    """
    import dj_database_url

    try:
        app, owner = dj_database_url.parse(app_url), dj_database_url.parse(owner_url)
    except (ValueError, dj_database_url.UnknownSchemeError):
        return None
    if not app["ENGINE"].endswith("postgresql") or not owner["ENGINE"].endswith("postgresql"):
        return None
    role = str(app.get("USER") or "")
    return role if role and role != owner.get("USER") else None


def _changes_the_schema(args: list[str]) -> bool:
    return not asks_for_help(args) and not {"--plan", "--check"} & set(args)


def _grant_after_migrating(role: str) -> None:
    """Give the application's role its grants on what the migrations just made.

    An upgrade that adds a table, or a database set up before the default
    privileges, would otherwise leave the site refused on the new table (or, for
    a new audit-like table, with more than it should have) until someone
    remembered `hogo db grant-app-role`. Running it here makes the documented
    upgrade (`hogo-admin migrate`) whole.
    """
    from django.core.management import CommandError, call_command

    try:
        call_command("db", "grant-app-role", role)
    except CommandError as error:
        print(
            f"hogo: the migrations were applied, but the application's role {role!r} "
            f"was not granted its rights on them: {error}. Fix that, then run "
            f"`hogo db grant-app-role {role}`.",
            file=sys.stderr,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
