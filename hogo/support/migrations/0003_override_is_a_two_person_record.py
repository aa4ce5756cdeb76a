"""An eligibility override is a two-person record: who asked becomes `proposed_by` and
when, `created_at`, as in every two-person record; the rule that they never decide is
the shared constraint.

Columns are renamed, never dropped: every override keeps who asked and when. Reversible."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("accounts", "0005_account_change_is_a_two_person_record"),
        ("support", "0002_service_plans"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="eligibilityoverride",
            name="override_not_decided_by_requester",
        ),
        migrations.RenameField(
            model_name="eligibilityoverride",
            old_name="requested_by",
            new_name="proposed_by",
        ),
        migrations.RenameField(
            model_name="eligibilityoverride",
            old_name="requested_at",
            new_name="created_at",
        ),
        migrations.AlterModelOptions(
            name="eligibilityoverride",
            options={"ordering": ["-created_at", "-pk"]},
        ),
        migrations.AlterField(
            model_name="eligibilityoverride",
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
            model_name="eligibilityoverride",
            name="decision",
            field=models.CharField(
                choices=[
                    ("pending", "pending"),
                    ("approved", "approved"),
                    ("refused", "refused"),
                    ("withdrawn", "withdrawn"),
                ],
                default="pending",
                max_length=10,
                verbose_name="decision",
            ),
        ),
        migrations.AlterField(
            model_name="eligibilityoverride",
            name="proposed_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="proposed by",
            ),
        ),
        migrations.AddConstraint(
            model_name="eligibilityoverride",
            constraint=models.CheckConstraint(
                condition=models.Q(("decided_by", models.F("proposed_by")), _negated=True),
                name="support_eligibilityoverride_not_decided_by_proposer",
            ),
        ),
    ]
