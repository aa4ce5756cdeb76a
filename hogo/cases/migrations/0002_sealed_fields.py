"""Encrypt narrative notes, screening findings, broker and contact details, and documents.

Rows get a `uid` first (what their encrypted values are bound to), then the
columns become text holding sealed values, and every value already there is
sealed in place; documents on disk are sealed into new files, and the old,
plaintext files are deleted once the migration has committed.
"""

import hashlib
import hmac
import uuid
from decimal import Decimal

import django.core.validators
from django.conf import settings
from django.db import migrations, models, transaction

import hogo.keys.fields

SEALED = {
    "case": ("summary",),
    "event": (
        "text",
        "contact_with",
        "channel",
        "request",
        "outcome",
        "organisation",
        "demand_amount",
        "demand_currency",
    ),
    "securityscreening": ("findings",),
    "document": ("original_name",),
}
UID_MODELS = tuple(SEALED)


def fill_uids(apps, schema_editor):
    for name in UID_MODELS:
        model = apps.get_model("cases", name)
        for pk in model.objects.filter(uid__isnull=True).values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(uid=uuid.uuid4())


def _plain(column, value):
    if column == "demand_amount":
        # SQLite hands back a number ("2500"); the field has two decimal places.
        return str(Decimal(str(value)).quantize(Decimal("0.01")))
    return str(value)


def seal_rows(apps, schema_editor):
    from hogo.keys.provider import provider
    from hogo.lib import envelope

    keys = provider()
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    for name, columns in SEALED.items():
        table = apps.get_model("cases", name)._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, uid, {', '.join(quote(c) for c in columns)} FROM {quote(table)}"
            )
            rows = cursor.fetchall()
        for pk, uid, *values in rows:
            record_id = str(uuid.UUID(str(uid)))
            changes = {}
            for column, value in zip(columns, values, strict=True):
                if value is None or value == "" or envelope.is_sealed(value):
                    continue
                plain = _plain(column, value)
                ctx = envelope.context(table, column, record_id)
                changes[column] = envelope.seal(keys, plain.encode(), ctx)
                if column == "organisation":
                    # The index as it was then (32 bits, not keyed by case): 0003 replaces it.
                    index_key = keys.derive(
                        keys.active_key_id, b"blind index\0" + f"{table}.{column}".encode()
                    )
                    changes["organisation_index"] = hmac.new(
                        index_key, envelope.normalise(plain).encode(), hashlib.sha256
                    ).hexdigest()[:8]
            if changes:
                assignments = ", ".join(f"{quote(c)} = %s" for c in changes)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"UPDATE {quote(table)} SET {assignments} WHERE id = %s",
                        [*changes.values(), pk],
                    )


def seal_documents(apps, schema_editor):
    import secrets

    from hogo.keys.provider import provider
    from hogo.lib import envelope

    keys = provider()
    Document = apps.get_model("cases", "Document")
    root = settings.DOCUMENT_ROOT
    table = Document._meta.db_table
    retired = []
    for document in Document.objects.filter(sealed_key=""):
        source = root / document.storage_name
        if not source.is_file():
            continue
        ctx = envelope.context(table, "file", str(document.uid))  # as WrappedKeyField
        data_key, sealed_key = envelope.new_file_key(keys, ctx)
        storage_name = secrets.token_hex(20)
        partial = root / f"{storage_name}.part"
        with source.open("rb") as plain, partial.open("xb") as out:
            sealer = envelope.FileSealer(out, data_key, ctx)
            while chunk := plain.read(envelope.CHUNK_SIZE):
                sealer.write(chunk)
            digest = sealer.finish()
        partial.rename(root / storage_name)
        Document.objects.filter(pk=document.pk).update(
            storage_name=storage_name, sealed_key=sealed_key, digest=digest
        )
        retired.append(source)

    def remove_plaintext():
        for path in retired:
            path.unlink(missing_ok=True)

    transaction.on_commit(remove_plaintext)


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [
        *(
            migrations.AddField(name, "uid", models.UUIDField(null=True, editable=False))
            for name in UID_MODELS
        ),
        migrations.RunPython(fill_uids, migrations.RunPython.noop),
        *(
            migrations.AlterField(
                name,
                "uid",
                models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
            )
            for name in UID_MODELS
        ),
        migrations.RenameField("document", "sha256", "digest"),
        migrations.AddField(
            "document",
            "sealed_key",
            hogo.keys.fields.WrappedKeyField(default="", purpose="file"),
            False,
        ),
        migrations.AlterField(
            "case",
            "summary",
            hogo.keys.fields.SealedTextField(blank=True, max_length=4000, verbose_name="summary"),
        ),
        migrations.AlterField(
            "document",
            "original_name",
            hogo.keys.fields.SealedCharField(max_length=255, verbose_name="file name"),
        ),
        migrations.AlterField(
            "event",
            "text",
            hogo.keys.fields.SealedTextField(blank=True, max_length=10000, verbose_name="text"),
        ),
        migrations.AlterField(
            "event",
            "contact_with",
            hogo.keys.fields.SealedCharField(
                blank=True, max_length=200, verbose_name="contact with"
            ),
        ),
        migrations.AlterField(
            "event",
            "channel",
            hogo.keys.fields.SealedCharField(blank=True, max_length=100, verbose_name="channel"),
        ),
        migrations.AlterField(
            "event",
            "request",
            hogo.keys.fields.SealedTextField(blank=True, max_length=4000, verbose_name="request"),
        ),
        migrations.AlterField(
            "event",
            "outcome",
            hogo.keys.fields.SealedTextField(blank=True, max_length=4000, verbose_name="outcome"),
        ),
        migrations.AlterField(
            "event",
            "organisation",
            hogo.keys.fields.SealedCharField(
                blank=True,
                blind_index="organisation_index",
                max_length=200,
                verbose_name="organisation",
            ),
        ),
        migrations.AddField(
            "event",
            "organisation_index",
            models.CharField(blank=True, db_index=True, editable=False, max_length=8, default=""),
            False,
        ),
        migrations.AlterField(
            "event",
            "demand_amount",
            hogo.keys.fields.SealedDecimalField(
                blank=True,
                decimal_places=2,
                max_digits=14,
                null=True,
                validators=[django.core.validators.MinValueValidator(0)],
                verbose_name="amount demanded",
            ),
        ),
        migrations.AlterField(
            "event",
            "demand_currency",
            hogo.keys.fields.SealedCharField(
                blank=True,
                max_length=3,
                validators=[
                    django.core.validators.RegexValidator(
                        "^[A-Z]{3}$", "Use a three-letter ISO 4217 code, e.g. USD."
                    )
                ],
                verbose_name="currency",
            ),
        ),
        migrations.AlterField(
            "securityscreening",
            "findings",
            hogo.keys.fields.SealedTextField(blank=True, max_length=10000, verbose_name="findings"),
        ),
        migrations.RunPython(seal_rows, migrations.RunPython.noop),
        migrations.RunPython(seal_documents, migrations.RunPython.noop),
    ]
