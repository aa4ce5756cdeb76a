"""The application's PostgreSQL role: it may append to the audit log, never reshape it.

hogo's tables belong to the role that migrates them (the owner, reached with
HOGO_MIGRATE_DATABASE_URL). The application connects as another role
(HOGO_DATABASE_URL) that `grant_app_role` gives only what serving needs: read
and write on the ordinary tables, and on the audit table SELECT, INSERT and
UPDATE of the four columns that give an entry its place in the chain (which
the table's trigger lets the sequencer fill once, in an entry not chained yet).
Only an owner may ALTER a table, disable or drop its triggers, and no
TRUNCATE is granted, so an intruder holding the application's connection can
neither edit nor remove an audit entry nor lift the triggers that refuse it.
"""

from __future__ import annotations

from django.db import connection
from psycopg import sql

from hogo.audit.models import AuditEntry

MIGRATIONS_TABLE = "django_migrations"
# The columns the sequencer fills in when it chains an entry (hogo.audit.log.sequence).
CHAIN_POSITION = ("seq", "prev_hash", "hash", "mac")


class RoleError(Exception):
    pass


def _one(query: str, params: list[str] | None = None) -> object:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        row = cursor.fetchone()
    return row[0] if row else None


def grant_app_role(role: str) -> list[str]:
    """Grant `role` what the application needs, on every table of the current schema.

    Returns the statements run. Refuses a role that owns the audit table, is a
    superuser, or is a member of the owner's role: any of those could lift the
    triggers, and the separation would be only on paper.
    """
    if connection.vendor != "postgresql":
        raise RoleError("database roles exist on PostgreSQL only; SQLite has none to separate")
    audit_table = AuditEntry._meta.db_table
    if not _one("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]):
        raise RoleError(f"no database role is named {role!r}: create it first (CREATE ROLE)")
    owner = _one("SELECT tableowner FROM pg_tables WHERE tablename = %s", [audit_table])
    if owner is None:
        raise RoleError("the audit table does not exist yet: run `hogo migrate` first")
    if _one("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [role]):
        raise RoleError(f"{role!r} is a superuser: it could lift the audit triggers")
    if _one("SELECT pg_has_role(%s, %s, 'USAGE')", [role, str(owner)]):
        raise RoleError(
            f"{role!r} is (or is a member of) {owner!r}, which owns the tables: "
            "the application needs a role of its own"
        )
    schema = str(_one("SELECT current_schema()"))
    target, where = sql.Identifier(role), sql.Identifier(schema)
    statements = [
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(where, target),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(
            where, target
        ),
        sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            where, target
        ),
        # The audit table: read and append, and chain what was appended, nothing else.
        sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(sql.Identifier(audit_table), target),
        sql.SQL("GRANT SELECT, INSERT ON TABLE {} TO {}").format(
            sql.Identifier(audit_table), target
        ),
        sql.SQL("GRANT UPDATE ({}) ON TABLE {} TO {}").format(
            sql.SQL(", ").join(sql.Identifier(column) for column in CHAIN_POSITION),
            sql.Identifier(audit_table),
            target,
        ),
        # The migration history is the owner's to write.
        sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(sql.Identifier(MIGRATIONS_TABLE), target),
        sql.SQL("GRANT SELECT ON TABLE {} TO {}").format(sql.Identifier(MIGRATIONS_TABLE), target),
        # Tables a later migration creates are open to the application at once;
        # `hogo migrate` runs this function again after migrating as the owner,
        # which puts back the audit table's narrower grants as well.
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT, INSERT, UPDATE, DELETE "
            "ON TABLES TO {}"
        ).format(where, target),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {}"
        ).format(where, target),
    ]
    done = []
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
            done.append(statement.as_string(cursor.connection))
    return done
