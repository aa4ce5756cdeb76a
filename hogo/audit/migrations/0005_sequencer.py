"""Chain version 3: entries are written without a place in the chain, and chained after.

An entry is written in the transaction of what it records, with no number,
no previous hash and no hash, sealed on its own (`entry_mac`); the sequencer
chains it shortly after the commit (hogo/audit/log.py). So the chain's
position columns become empty-able, and the append-only triggers now let
exactly one change through: filling in the position of an entry that has
none, its contents untouched. Every other update, and every delete, is still
refused.

On SQLite, altering the columns rebuilds the table, which drops its
triggers: they are created again here, in their new form.
"""

from __future__ import annotations

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

# What the sequencer may never change when it chains an entry.
CONTENTS = (
    "id",
    "created_at",
    "actor_id",
    "actor_label",
    "action",
    "object_type",
    "object_id",
    "changes",
    "data",
    "request_id",
    "version",
    "key_id",
    "entry_mac",
)

POSTGRES_CHAINING = " AND ".join(
    f"NEW.{column} IS NOT DISTINCT FROM OLD.{column}" for column in CONTENTS
)
POSTGRES_UP = f"""
CREATE OR REPLACE FUNCTION hogo_audit_append_only() RETURNS trigger AS $$
BEGIN
    -- The one update allowed: the sequencer chaining an entry not chained yet.
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND OLD.hash IS NULL AND OLD.mac = ''
       AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.mac <> ''
       AND {POSTGRES_CHAINING} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""
POSTGRES_DOWN = """
CREATE OR REPLACE FUNCTION hogo_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""

SQLITE_CHAINING = " AND ".join(f"NEW.{column} IS OLD.{column}" for column in CONTENTS)
SQLITE_UP = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update;",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete;",
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_auditentry
       WHEN NOT (OLD.seq IS NULL AND OLD.hash IS NULL AND OLD.mac = ''
                 AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.mac <> ''
                 AND {SQLITE_CHAINING})
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only (UPDATE refused)'); END;""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only (DELETE refused)'); END;""",
]


def install(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": [POSTGRES_UP], "sqlite": SQLITE_UP}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)


def remove(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0004_held_counts")]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="entry_mac",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="hash",
            field=models.CharField(blank=True, max_length=64, null=True, unique=True),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="prev_hash",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="seq",
            field=models.PositiveBigIntegerField(blank=True, null=True, unique=True),
        ),
        migrations.AddIndex(
            model_name="auditentry",
            index=models.Index(
                condition=models.Q(("seq__isnull", True)),
                fields=["id"],
                name="audit_entry_unchained",
            ),
        ),
        migrations.RunPython(install, remove),
    ]
