"""A request is a two-person record: the requester becomes `proposed_by`, as in every
two-person record, and the rule that they never decide is the shared constraint.

The column is renamed, never dropped: every request keeps who asked. Reversible."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("accounts", "0005_account_change_is_a_two_person_record"),
        ("approvals", "0003_alert_notifications"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="request",
            name="request_not_decided_by_requester",
        ),
        migrations.RenameField(
            model_name="request",
            old_name="requester",
            new_name="proposed_by",
        ),
        migrations.AlterField(
            model_name="request",
            name="decided_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="decided by",
            ),
        ),
        migrations.AlterField(
            model_name="request",
            name="proposed_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="proposed by",
            ),
        ),
        migrations.AddConstraint(
            model_name="request",
            constraint=models.CheckConstraint(
                condition=models.Q(("decided_by", models.F("proposed_by")), _negated=True),
                name="approvals_request_not_decided_by_proposer",
            ),
        ),
    ]
