"""Bind every sealed value of a case's rows to the case, and key the broker index by case.

Timeline entries, screening findings and documents had their encrypted values
bound to their table, column and row only; they are now bound to their case as
well, so a row moved to another case no longer opens there. Each value is
opened under its old binding and sealed afresh under the new one; a document
keeps its data key (and so its digest), re-wrapped, and its file is sealed
again into a new file, the old one deleted once the migration has committed.

The organisation's blind index was 32 bits, one key per column: the same broker
had the same index in every case. It is now 64 bits, keyed per case.
Running the migration backwards restores the old bindings and index.
"""

import hashlib
import hmac
import secrets
import uuid

import django.core.validators
from django.conf import settings
from django.db import migrations, models, transaction

import hogo.keys.fields

SEALED = {
    "cases_event": (
        "text",
        "contact_with",
        "channel",
        "request",
        "outcome",
        "organisation",
        "demand_amount",
        "demand_currency",
    ),
    "cases_securityscreening": ("findings",),
    "cases_document": ("original_name",),
}
INDEX_LABEL = "cases_event.organisation"


def _old_index(keys, plain):
    from hogo.lib import envelope

    key = keys.derive(keys.active_key_id, b"blind index\0" + INDEX_LABEL.encode())
    return hmac.new(key, envelope.normalise(plain).encode(), hashlib.sha256).hexdigest()[:8]


def _contexts(table, column, uid, case_id, forward):
    from hogo.lib import envelope

    record_id = str(uuid.UUID(str(uid)))  # SQLite hands back the hex digits only
    old = envelope.context(table, column, record_id)
    new = envelope.context(table, column, record_id, "case", str(case_id))
    return (old, new) if forward else (new, old)


def _reseal_rows(schema_editor, forward):
    from hogo.keys.provider import provider
    from hogo.lib import envelope

    keys = provider()
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    for table, columns in SEALED.items():
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, uid, case_id, {', '.join(quote(c) for c in columns)} "
                f"FROM {quote(table)}"
            )
            rows = cursor.fetchall()
        for pk, uid, case_id, *values in rows:
            changes = {}
            for column, value in zip(columns, values, strict=True):
                if not value:
                    continue
                source, target = _contexts(table, column, uid, case_id, forward)
                plain = envelope.unseal(keys, value, source)
                changes[column] = envelope.seal(keys, plain, target)
                if column == "organisation":
                    text = plain.decode("utf-8")
                    changes["organisation_index"] = (
                        envelope.blind_index(
                            keys, keys.active_key_id, INDEX_LABEL, text, scope=str(case_id)
                        )
                        if forward
                        else _old_index(keys, text)
                    )
            if changes:
                assignments = ", ".join(f"{quote(c)} = %s" for c in changes)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"UPDATE {quote(table)} SET {assignments} WHERE id = %s",
                        [*changes.values(), pk],
                    )


def _reseal_documents(apps, forward):
    from hogo.keys.provider import provider
    from hogo.lib import envelope

    keys = provider()
    Document = apps.get_model("cases", "Document")
    root = settings.DOCUMENT_ROOT
    retired = []
    rows = Document.objects.exclude(sealed_key="").values_list(
        "pk", "uid", "case_id", "storage_name", "sealed_key", "digest"
    )
    for pk, uid, case_id, storage_name, sealed_key, digest in rows:
        source, target = _contexts("cases_document", "file", uid, case_id, forward)
        data_key = envelope.file_key(keys, sealed_key, source)
        key_id, wrapped = keys.wrap(data_key, target)
        changes = {"sealed_key": envelope.Envelope(key_id, wrapped, b"").text()}
        old_file = root / storage_name
        if old_file.is_file():
            new_name = secrets.token_hex(20)
            partial = root / f"{new_name}.part"
            with old_file.open("rb") as sealed, partial.open("xb") as out:
                sealer = envelope.FileSealer(out, data_key, target)
                for chunk in envelope.open_file(sealed, data_key, source):
                    sealer.write(chunk)
                if sealer.finish() != digest:
                    raise RuntimeError(f"document {pk}: its file does not match its digest")
            partial.rename(root / new_name)
            changes["storage_name"] = new_name
            retired.append(old_file)
        Document.objects.filter(pk=pk).update(**changes)

    def remove_old_files():
        for path in retired:
            path.unlink(missing_ok=True)

    transaction.on_commit(remove_old_files)


def bind_to_the_case(apps, schema_editor):
    _reseal_rows(schema_editor, forward=True)
    _reseal_documents(apps, forward=True)


def unbind_from_the_case(apps, schema_editor):
    _reseal_rows(schema_editor, forward=False)
    _reseal_documents(apps, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ('cases', '0002_sealed_fields'),
    ]

    operations = [
        migrations.AlterField(
            model_name='document',
            name='original_name',
            field=hogo.keys.fields.SealedCharField(max_length=255, scope='case', verbose_name='file name'),
        ),
        migrations.AlterField(
            model_name='document',
            name='sealed_key',
            field=hogo.keys.fields.WrappedKeyField(purpose='file', scope='case'),
        ),
        migrations.AlterField(
            model_name='event',
            name='channel',
            field=hogo.keys.fields.SealedCharField(blank=True, max_length=100, scope='case', verbose_name='channel'),
        ),
        migrations.AlterField(
            model_name='event',
            name='contact_with',
            field=hogo.keys.fields.SealedCharField(blank=True, max_length=200, scope='case', verbose_name='contact with'),
        ),
        migrations.AlterField(
            model_name='event',
            name='demand_amount',
            field=hogo.keys.fields.SealedDecimalField(blank=True, decimal_places=2, max_digits=14, null=True, scope='case', validators=[django.core.validators.MinValueValidator(0)], verbose_name='amount demanded'),
        ),
        migrations.AlterField(
            model_name='event',
            name='demand_currency',
            field=hogo.keys.fields.SealedCharField(blank=True, max_length=3, scope='case', validators=[django.core.validators.RegexValidator('^[A-Z]{3}$', 'Use a three-letter ISO 4217 code, e.g. USD.')], verbose_name='currency'),
        ),
        migrations.AlterField(
            model_name='event',
            name='organisation',
            field=hogo.keys.fields.SealedCharField(blank=True, blind_index='organisation_index', max_length=200, scope='case', verbose_name='organisation'),
        ),
        migrations.AlterField(
            model_name='event',
            name='organisation_index',
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=16),
        ),
        migrations.AlterField(
            model_name='event',
            name='outcome',
            field=hogo.keys.fields.SealedTextField(blank=True, max_length=4000, scope='case', verbose_name='outcome'),
        ),
        migrations.AlterField(
            model_name='event',
            name='request',
            field=hogo.keys.fields.SealedTextField(blank=True, max_length=4000, scope='case', verbose_name='request'),
        ),
        migrations.AlterField(
            model_name='event',
            name='text',
            field=hogo.keys.fields.SealedTextField(blank=True, max_length=10000, scope='case', verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='securityscreening',
            name='findings',
            field=hogo.keys.fields.SealedTextField(blank=True, max_length=10000, scope='case', verbose_name='findings'),
        ),
        migrations.RunPython(bind_to_the_case, unbind_from_the_case),
    ]
