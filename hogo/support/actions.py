"""Every change to resettlement support goes through these functions.

Each checks its own permission, runs in one transaction and writes its audit
entry there: pages, the API, commands and the demo all call them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from hogo import access
from hogo.accounts.models import User
from hogo.accounts.twoperson import AlreadyDecided, NotAllowedToDecide, decide
from hogo.audit.log import record
from hogo.cases.models import Case
from hogo.people.models import Person
from hogo.registries.models import Decision, EligibilityEvidence
from hogo.support import schedule
from hogo.support.calendar import add_months, payment_day
from hogo.support.models import (
    Benefit,
    BenefitKind,
    EligibilityOverride,
    Entitlement,
    EntitlementStatus,
    HoldReason,
    Household,
    HouseholdMember,
    IncomeDeclaration,
    Instalment,
    InstalmentStatus,
    OverrideDecision,
    RuleVersion,
    StatusReport,
)


class SupportRefused(ValueError):
    """Nothing was changed: the message says why, in words."""


def _require(allowed: bool) -> None:
    if not allowed:
        raise SupportRefused(_("You may not do this."))


@dataclass(frozen=True)
class MemberInput:
    person: Person
    minor: bool = False


def create_household(
    case: Case,
    *,
    payee: Person,
    members: Sequence[MemberInput],
    arrived_on: date | None,
    actor: User,
) -> Household:
    _require(access.can_edit_case(actor, case))
    on_case = {case.person_id, *case.members.values_list("person_id", flat=True)}
    people = [payee, *(m.person for m in members)]
    if any(p.pk not in on_case for p in people):
        raise SupportRefused(_("Every member of the household must be on the case."))
    with transaction.atomic():
        household = Household.objects.create(case=case, payee=payee, arrived_on=arrived_on)
        HouseholdMember.objects.create(household=household, person=payee, minor=False)
        for member in members:
            if member.person.pk != payee.pk:
                HouseholdMember.objects.create(
                    household=household, person=member.person, minor=member.minor
                )
        record(
            "support.household_create",
            actor=actor,
            obj=case,
            data={"household": household.pk, "members": len(members) + 1},
        )
    return household


def confirming_evidence(person: Person) -> EligibilityEvidence | None:
    return (
        EligibilityEvidence.objects.filter(
            person=person, decision=Decision.CONFIRMED, revoked_at__isnull=True
        )
        .order_by("-decided_at", "-pk")
        .first()
    )


def approved_override(person: Person) -> EligibilityOverride | None:
    return (
        EligibilityOverride.objects.filter(
            person=person, decision=OverrideDecision.APPROVED, revoked_at__isnull=True
        )
        .order_by("-decided_at", "-pk")
        .first()
    )


def request_override(person: Person, *, reason: str, actor: User) -> EligibilityOverride:
    _require(access.can_manage_rules(actor))
    reason = reason.strip()
    if len(reason) < 20:
        raise SupportRefused(_("Document the override: at least 20 characters of reason."))
    with transaction.atomic():
        override = EligibilityOverride.objects.create(
            person=person, reason=reason, proposed_by=actor
        )
        record(
            "support.override_request",
            actor=actor,
            obj=person,
            data={"override": override.pk, "reason": reason},
        )
    return override


def decide_override(
    override: EligibilityOverride, *, approve: bool, actor: User
) -> EligibilityOverride:
    """A second supervisor approves or refuses an override (never the one who asked)."""
    try:
        return decide(
            override,
            actor=actor,
            approve=approve,
            may_decide=access.can_decide_override,
            action="support.override_decide",
            audit_obj=override.person,
            data={"override": override.pk},
        )
    except AlreadyDecided as error:
        raise SupportRefused(" ".join(error.messages)) from None
    except NotAllowedToDecide as error:
        raise SupportRefused(str(error)) from None


def rule_in_force(benefit: Benefit, on: date) -> RuleVersion:
    rule = (
        benefit.versions.filter(effective_from__lte=on)
        .filter(Q(effective_to__isnull=True) | Q(effective_to__gt=on))
        .order_by("-version")
        .first()
    )
    if rule is None:
        raise SupportRefused(_("No rules of this benefit are in force on that date."))
    return rule


def terms_of(rule: RuleVersion, kind: str) -> schedule.Terms:
    return schedule.Terms(
        kind=kind,
        amounts=tuple(int(a) for a in rule.amounts),
        each_further=rule.each_further,
        first_multiplier=rule.first_multiplier,
        duration_months=rule.duration_months,
        extension_max_months=rule.extension_max_months,
        deduction_per_person=rule.deduction_per_person,
        one_off_per_person=rule.one_off_per_person,
        one_off_per_minor=rule.one_off_per_minor,
        pay_day=rule.pay_day,
    )


def _household_terms(
    household: Household, entitlement_minors: int, size: int
) -> schedule.Household:
    incomes = dict(household.incomes.values_list("year", "persons_over_threshold"))
    return schedule.Household(size=size, minors=entitlement_minors, over_threshold=incomes)


def start_entitlement(
    household: Household,
    benefit: Benefit,
    *,
    decided_on: date,
    actor: User,
    extension_months: int = 0,
) -> Entitlement:
    """Decide an entitlement and schedule its instalments.

    Eligibility is earned: every member counted must be confirmed against a
    registry (unrevoked evidence) or by an override a second supervisor approved.
    """
    _require(access.can_edit_support(actor, household))
    members = list(household.members.select_related("person"))
    grounds: dict[int, tuple[EligibilityEvidence | None, EligibilityOverride | None]] = {}
    for member in members:
        evidence = confirming_evidence(member.person)
        override = None if evidence else approved_override(member.person)
        if evidence is None and override is None:
            raise SupportRefused(
                _(
                    "%(person)s's identity is not confirmed: confirm it against a registry, "
                    "or have a second supervisor approve an override."
                )
                % {"person": member.person}
            )
        grounds[member.person_id] = (evidence, override)
    rule = rule_in_force(benefit, decided_on)
    excluded = benefit.excludes.all()
    if household.entitlements.filter(
        status=EntitlementStatus.ACTIVE, benefit__in=excluded
    ).exists():
        raise SupportRefused(_("The household already receives a benefit that excludes this one."))
    if household.entitlements.filter(status=EntitlementStatus.ACTIVE, benefit=benefit).exists():
        raise SupportRefused(_("The household already receives this benefit."))
    size = len(members)
    minors = sum(1 for m in members if m.minor)
    try:
        planned = schedule.plan(
            terms_of(rule, benefit.kind),
            _household_terms(household, minors, size),
            decided_on=decided_on,
            extension_months=extension_months,
        )
    except schedule.TermsError as error:
        raise SupportRefused(str(error)) from None
    evidence, override = grounds[household.payee_id]
    with transaction.atomic():
        entitlement = Entitlement.objects.create(
            household=household,
            benefit=benefit,
            rule=rule,
            decided_on=decided_on,
            extension_months=extension_months,
            size=size,
            minors=minors,
            evidence=evidence,
            override=override,
            created_by=actor,
        )
        Instalment.objects.bulk_create(
            Instalment(
                entitlement=entitlement,
                person_id=household.payee_id,
                benefit=benefit,
                period=item.period,
                months=item.months,
                due_date=item.due_date,
                amount=item.amount,
            )
            for item in planned
        )
        record(
            "support.entitlement_start",
            actor=actor,
            obj=household.case,
            data={
                "entitlement": entitlement.pk,
                "benefit": str(benefit),
                "rule_version": rule.version,
                "decided_on": decided_on,
                "instalments": len(planned),
                "total": schedule.total(planned),
                "evidence": evidence.pk if evidence else None,
                "override": override.pk if override else None,
            },
        )
    return entitlement


def record_income(household: Household, *, year: int, persons: int, actor: User) -> int:
    """Persons whose income in `year` reached the threshold; re-prices the next year's
    instalments not yet in a batch. Returns how many instalments changed."""
    _require(access.can_edit_support(actor, household))
    changed = 0
    with transaction.atomic():
        IncomeDeclaration.objects.update_or_create(
            household=household,
            year=year,
            defaults={"persons_over_threshold": persons, "recorded_by": actor},
        )
        for entitlement in household.entitlements.filter(
            status=EntitlementStatus.ACTIVE, benefit__kind=BenefitKind.MONTHLY
        ).select_related("rule", "benefit"):
            planned = schedule.plan(
                terms_of(entitlement.rule, entitlement.benefit.kind),
                _household_terms(household, entitlement.minors, entitlement.size),
                decided_on=entitlement.decided_on,
                extension_months=entitlement.extension_months,
            )
            amounts = {item.period: item.amount for item in planned}
            for instalment in entitlement.instalments.filter(
                status__in=[InstalmentStatus.SCHEDULED, InstalmentStatus.HELD],
                period__year=year + 1,
            ):
                if amounts.get(instalment.period, instalment.amount) != instalment.amount:
                    instalment.amount = amounts[instalment.period]
                    instalment.save(update_fields=["amount"])
                    changed += 1
        record(
            "support.income_record",
            actor=actor,
            obj=household.case,
            data={"year": year, "persons": persons, "instalments_changed": changed},
        )
    return changed


def next_paying_day(on_or_after: date, pay_day: int) -> date:
    paid = payment_day(on_or_after.year, on_or_after.month, pay_day)
    if paid >= on_or_after:
        return paid
    year, month = add_months(on_or_after.year, on_or_after.month, 1)
    return payment_day(year, month, pay_day)


def receive_status_report(
    household: Household, *, year: int, received_on: date, actor: User
) -> int:
    """The year's status report arrived: instalments held for it are released."""
    _require(access.can_edit_support(actor, household))
    with transaction.atomic():
        StatusReport.objects.get_or_create(
            household=household,
            year=year,
            defaults={"received_on": received_on, "recorded_by": actor},
        )
        held = Instalment.objects.filter(
            entitlement__household=household,
            status=InstalmentStatus.HELD,
            hold_reason=HoldReason.STATUS_REPORT,
        )
        # What fell due while held is paid on the next paying day, not lost.
        late = list(held.filter(due_date__lt=received_on).select_related("entitlement__rule"))
        for instalment in late:
            instalment.due_date = next_paying_day(received_on, instalment.entitlement.rule.pay_day)
            instalment.save(update_fields=["due_date"])
        released = held.update(status=InstalmentStatus.SCHEDULED, hold_reason="")
        record(
            "support.report_receive",
            actor=actor,
            obj=household.case,
            data={"year": year, "received_on": received_on, "released": released},
        )
    return released


RULE_TERMS = (
    "amounts",
    "each_further",
    "first_multiplier",
    "duration_months",
    "extension_max_months",
    "income_threshold",
    "deduction_per_person",
    "one_off_per_person",
    "one_off_per_minor",
    "pay_day",
    "report_month",
    "report_day",
)


def add_rule_version(
    benefit: Benefit,
    *,
    effective_from: date,
    citation: str,
    terms: dict[str, object],
    actor: User,
) -> RuleVersion:
    """A new version of a benefit's rules, from a date; the one before ends that day.

    Entitlements already decided keep the version they were decided under.
    """
    _require(access.can_manage_rules(actor))
    unknown = set(terms) - set(RULE_TERMS)
    if unknown:
        raise SupportRefused(
            _("Unknown rule terms: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    amounts = terms.get("amounts", [])
    values = [v for k, v in terms.items() if k != "amounts" and v is not None]
    if not isinstance(amounts, list) or not all(
        type(v) is int and v >= 0 for v in [*amounts, *values]
    ):
        raise SupportRefused(_("Amounts and counts are whole numbers (yen, months, days)."))
    if not citation.strip():
        raise SupportRefused(_("Cite the law or decision the rules come from."))
    with transaction.atomic():
        latest = benefit.versions.select_for_update().order_by("-version").first()
        if latest is not None and effective_from <= latest.effective_from:
            raise SupportRefused(_("A new version starts after the one before it."))
        if latest is not None and latest.effective_to is None:
            latest.effective_to = effective_from
            latest.save(update_fields=["effective_to"])
        rule = RuleVersion.objects.create(
            benefit=benefit,
            version=(latest.version + 1) if latest else 1,
            effective_from=effective_from,
            citation=citation.strip(),
            created_by=actor,
            **terms,
        )
        record(
            "support.rule_add",
            actor=actor,
            obj=rule,
            data={"benefit": str(benefit), "version": rule.version, "terms": terms},
        )
    return rule


def suspend_entitlement(entitlement: Entitlement, *, reason: str, actor: User) -> int:
    """Stop paying an entitlement for now: every instalment not yet in a batch is held."""
    _require(
        access.can_manage_rules(actor) and access.can_edit_support(actor, entitlement.household)
    )
    reason = reason.strip()
    if not reason:
        raise SupportRefused(_("A reason is required."))
    with transaction.atomic():
        if entitlement.status != EntitlementStatus.ACTIVE:
            raise SupportRefused(_("Only an active entitlement can be suspended."))
        held = entitlement.instalments.filter(status=InstalmentStatus.SCHEDULED).update(
            status=InstalmentStatus.HELD, hold_reason=HoldReason.SUSPENDED
        )
        entitlement.status = EntitlementStatus.SUSPENDED
        entitlement.save(update_fields=["status"])
        record(
            "support.hold",
            actor=actor,
            obj=entitlement.household.case,
            data={"entitlement": entitlement.pk, "reason": reason, "held": held},
        )
    return held
