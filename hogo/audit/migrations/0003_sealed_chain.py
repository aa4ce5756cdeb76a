"""Chain version 2: each entry is sealed with an HMAC under the audit key.

Entries already written keep version 1 and their hashes; this migration seals
each of them as it stands, under the audit key of the active master key, so
that from now on an unsealed entry is a forgery (hogo/audit/chain.py). Run
`hogo audit verify` before upgrading: what is sealed here is what was there.

It is the one place that changes audit rows, and it does so as the table's
owner, with the append-only triggers lifted for its own transaction only.
Adding columns with a default makes SQLite rebuild the table, which drops its
triggers, so the append-only triggers are put back here as well.
"""

from __future__ import annotations

import hashlib
import hmac

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

SQLITE_TRIGGERS = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update;",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete;",
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only (UPDATE refused)'); END;""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only (DELETE refused)'); END;""",
]


# As in hogo.audit.log and hogo.audit.chain, copied so the migration stays as it was written.
AUDIT_KEY_PURPOSE = b"audit chain\0seal"


def _seal(entry_hash: str, key: bytes) -> str:
    return hmac.new(key, b"hogo audit entry\0" + entry_hash.encode(), hashlib.sha256).hexdigest()


def seal_existing(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    entry_model = apps.get_model("audit", "AuditEntry")
    rows = entry_model.objects.filter(mac="")
    if not rows.exists():
        return
    from hogo.keys.provider import provider

    keys = provider()
    key_id = keys.active_key_id
    key = keys.derive(key_id, AUDIT_KEY_PURPOSE)
    table = entry_model._meta.db_table
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER", params=None)
    elif vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS audit_entry_no_update", params=None)
    for pk, entry_hash in rows.values_list("pk", "hash").iterator(chunk_size=2000):
        entry_model.objects.filter(pk=pk).update(key_id=key_id.hex(), mac=_seal(entry_hash, key))
    if vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER", params=None)


def reinstall_triggers(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_TRIGGERS:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only")]
    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="version",
            field=models.PositiveSmallIntegerField(default=1),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="key_id",
            field=models.CharField(blank=True, default="", max_length=16),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="mac",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.RunPython(seal_existing, migrations.RunPython.noop),
        migrations.RunPython(reinstall_triggers, migrations.RunPython.noop),
    ]
