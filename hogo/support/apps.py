from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "support.programmes_load": _("the support programmes and their rules were loaded"),
    "support.rule_add": _("a new version of a benefit's rules was added"),
    "support.household_create": _("a household was set up for resettlement support"),
    "support.override_request": _("a supervisor asked to confirm eligibility without evidence"),
    "support.override_decide": _("a second supervisor decided on an eligibility override"),
    "support.entitlement_start": _("an entitlement was decided and its instalments scheduled"),
    "support.income_record": _("a household's income above the threshold was recorded"),
    "support.report_receive": _("an annual status report was received"),
    "support.hold": _("instalments were held"),
    "support.overpayment_review": _("an overpayment review was opened"),
    "support.run": _("a monthly payment run gathered instalments into a batch"),
    "support.batch_approve": _("a payment batch was approved"),
    "support.batch_export": _("an approved batch was exported as a bank transfer file"),
    "support.bank_result": _("a bank result file was imported"),
    "support.bank_result_refused": _("a bank result file was refused and changed nothing"),
    "support.account_set": _("a household's bank account was set"),
    "support.month_close": _("a ledger month was closed"),
    "support.ledger_verify": _("the support ledger was verified"),
    "support.schedule_view": _("a case's support schedule was shown"),
    "support.rules_view": _("the programmes and their rules were shown"),
    "support.batch_view": _("a payment batch was shown"),
    "support.what_if": _("a supervisor costed a benefit over current cases, counts protected"),
    "support.plan_create": _("a household's service plan was drawn up from its arrival date"),
    "support.task_done": _("a service plan task was done"),
    "support.supporter_assign": _("a supporter was assigned to a household"),
    "support.refer": _("a household was referred to an outside organisation, with consent"),
    "support.consent_withdraw": _("consent to a referral was withdrawn"),
}


class SupportConfig(AppConfig):
    name = "hogo.support"
    label = "support"

    def ready(self) -> None:
        from hogo.audit.registry import register
        from hogo.people.merging import on_merge
        from hogo.registries.signals import evidence_revoked
        from hogo.stats.panels import add_panel
        from hogo.support import holds
        from hogo.support.merging import move_support
        from hogo.support.panels import overdue_panel

        on_merge("support", move_support)
        add_panel("support", overdue_panel)

        for name, description in ACTIONS.items():
            register(name, description)
        evidence_revoked.connect(holds.on_evidence_revoked, dispatch_uid="support.holds")
