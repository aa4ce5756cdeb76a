"""The programmes hogo ships with, as data, and the one action that loads them.

docs/support.md cites the sources. Loading is idempotent: a programme, benefit
or rule version already present is left exactly as it is (rules change by new
versions, never by editing one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction

from hogo.accounts.models import User
from hogo.audit.log import record
from hogo.support.models import Benefit, BenefitKind, Programme, ProgrammeStatus, RuleVersion

ABDUCTEE_ACT = (
    "北朝鮮当局によって拉致された被害者等の支援に関する法律(平成14年法律第143号)"
    "及び同法施行令 / Act on Support for Victims Abducted by North Korean Authorities "
    "(Act No. 143 of 2002) and its Cabinet Order"
)
# Marks a rule version whose amounts hogo could not check against the law in force:
# the rules page shows it as unverified, and it must be replaced by a new version
# citing the ordinance before anyone is paid under it.
UNVERIFIED = "UNVERIFIED"
OLD_AGE = (
    "北朝鮮当局によって拉致された被害者等の支援に関する法律 第5条の2 (老齢給付金), added by "
    "the amending Act of 27 November 2014, in force 1 January 2015: paid monthly to a "
    "permanently returned victim or spouse aged 60 or over (or under 60 and married to one "
    "who is); part of it may be taken as a lump sum instead; the amounts are set by Cabinet "
    "Office ordinance (内閣府令). " + UNVERIFIED + ": the ordinance's amounts could not be "
    "checked; the monthly benefit's scale stands in for them."
)
SCALE = [170_000, 240_000]
EACH_FURTHER = 30_000


@dataclass(frozen=True)
class BenefitData:
    code: str
    name: str
    name_ja: str
    kind: str
    rule: dict[str, Any]
    excludes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgrammeData:
    code: str
    name: str
    name_ja: str
    status: str
    citation: str
    benefits: tuple[BenefitData, ...] = field(default=())


_MONTHLY_SCALE: dict[str, Any] = {
    "amounts": SCALE,
    "each_further": EACH_FURTHER,
    "income_threshold": 2_000_000,
    "deduction_per_person": 30_000,
    "pay_day": 10,
}

PROGRAMMES: tuple[ProgrammeData, ...] = (
    ProgrammeData(
        code="abductee-act",
        name="Abductee Support Act",
        name_ja="拉致被害者支援法",
        status=ProgrammeStatus.ENACTED,
        citation=ABDUCTEE_ACT,
        benefits=(
            BenefitData(
                code="monthly",
                name="Abductee support benefit",
                name_ja="拉致被害者等給付金",
                kind=BenefitKind.MONTHLY,
                rule={
                    **_MONTHLY_SCALE,
                    "first_multiplier": 4,
                    "duration_months": 120,
                    "extension_max_months": 60,
                    "report_month": 6,
                    "report_day": 30,
                    "effective_from": date(2003, 1, 1),
                    "citation": ABDUCTEE_ACT + ": 拉致被害者等給付金",
                },
                excludes=("old-age",),
            ),
            BenefitData(
                code="stay",
                name="Stay allowance (before the decision to settle)",
                name_ja="滞在援助金",
                kind=BenefitKind.MONTHLY,
                rule={
                    **_MONTHLY_SCALE,
                    "first_multiplier": 1,
                    "duration_months": 12,
                    "extension_max_months": 12,
                    "effective_from": date(2003, 1, 1),
                    "citation": ABDUCTEE_ACT + ": 滞在援助金",
                },
            ),
            BenefitData(
                code="old-age",
                name="Old-age benefit (from 60)",
                name_ja="老齢給付金",
                kind=BenefitKind.MONTHLY,
                rule={
                    **_MONTHLY_SCALE,
                    "first_multiplier": 1,
                    "duration_months": 120,
                    "extension_max_months": 60,
                    "report_month": 6,
                    "report_day": 30,
                    "effective_from": date(2015, 1, 1),
                    "citation": OLD_AGE,
                },
                excludes=("monthly",),
            ),
        ),
    ),
    ProgrammeData(
        code="spouses-draft",
        name="Support for Japanese spouses and others who fled North Korea (draft)",
        name_ja="北朝鮮から脱出した日本人配偶者等の支援(法案)",
        status=ProgrammeStatus.DRAFT,
        citation="No law enacted: a draft on the scale of the Abductee Support Act, as the "
        "government said it would consider (House of Representatives Budget Committee, 2003).",
        benefits=(
            BenefitData(
                code="monthly",
                name="Settlement benefit (draft)",
                name_ja="定着給付金(案)",
                kind=BenefitKind.MONTHLY,
                rule={
                    **_MONTHLY_SCALE,
                    "first_multiplier": 4,
                    "duration_months": 120,
                    "extension_max_months": 60,
                    "report_month": 6,
                    "report_day": 30,
                    "effective_from": date(2027, 4, 1),
                    "citation": "Draft; same scale as Act No. 143 of 2002.",
                },
            ),
        ),
    ),
    ProgrammeData(
        code="ngo-emergency",
        name="NGO emergency fund",
        name_ja="NGO緊急支援基金",
        status=ProgrammeStatus.FUND,
        citation="The supporting organisation's own fund, by decision of its board; modelled on "
        "the one-off settlement grant for Japanese left behind in China (a lower amount under 18).",
        benefits=(
            BenefitData(
                code="arrival-grant",
                name="Arrival grant",
                name_ja="到着時一時金",
                kind=BenefitKind.ONE_OFF,
                rule={
                    "one_off_per_person": 100_000,
                    "one_off_per_minor": 50_000,
                    "pay_day": 10,
                    "effective_from": date(2020, 1, 1),
                    "citation": "Board decision of the supporting organisation.",
                },
            ),
        ),
    ),
)


def load_programmes(*, actor: User | None) -> int:
    """Create what is missing of the shipped programmes; the number of rows created."""
    created = 0
    with transaction.atomic():
        benefits: dict[tuple[str, str], Benefit] = {}
        for data in PROGRAMMES:
            programme, new = Programme.objects.get_or_create(
                code=data.code,
                defaults={
                    "name": data.name,
                    "name_ja": data.name_ja,
                    "status": data.status,
                    "citation": data.citation,
                },
            )
            created += new
            for item in data.benefits:
                benefit, new = Benefit.objects.get_or_create(
                    programme=programme,
                    code=item.code,
                    defaults={"name": item.name, "name_ja": item.name_ja, "kind": item.kind},
                )
                created += new
                benefits[(data.code, item.code)] = benefit
                if not benefit.versions.exists():
                    RuleVersion.objects.create(
                        benefit=benefit, version=1, created_by=actor, **item.rule
                    )
                    created += 1
        for data in PROGRAMMES:
            for item in data.benefits:
                for other in item.excludes:
                    benefits[(data.code, item.code)].excludes.add(benefits[(data.code, other)])
        if created:
            record("support.programmes_load", actor=actor, data={"created": created})
    return created
