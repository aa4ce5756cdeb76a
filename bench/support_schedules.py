"""Resettlement support at scale: schedules for many beneficiaries, then one monthly run.

    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/support-bench.sqlite3 \\
        .venv/bin/python bench/support_schedules.py [--households 10000]

The database must be empty (it is migrated here). Persons, cases, households and
their registry evidence are written in bulk as set-up, which is not measured; what
is measured goes through the actions the product uses:

1. `schedule.plan` alone (no database) for every household: 15 years each
   (the 10-year benefit with its 5-year extension);
2. `start_entitlement`, the action a caseworker's decision runs (eligibility
   checks, instalments written, audit entry), for the first `--one-by-one`
   households: the latency of one decision;
3. the schedules of all the other households written in bulk (entitlement rows,
   then `plan` and `bulk_create` of their instalments in chunks), as a migration
   of an existing caseload would: the cost of 15-year schedules at this scale;
4. one monthly run (`run_month`) over all of them, with its ledger journal;
5. `ledger.verify` over that journal.

Prints wall-clock time and the process's peak resident memory after each step.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from datetime import date

import django


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--one-by-one", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from hogo.accounts.models import Compartment, Role, User
    from hogo.cases.models import Case
    from hogo.people.models import Person
    from hogo.registries.models import EligibilityEvidence
    from hogo.support import ledger, schedule
    from hogo.support.actions import start_entitlement, terms_of
    from hogo.support.models import Benefit, Entitlement, Household, HouseholdMember, Instalment
    from hogo.support.programmes import load_programmes
    from hogo.support.runs import run_month

    call_command("migrate", verbosity=0)
    n = args.households
    load_programmes(actor=None)
    benefit = Benefit.objects.get(programme__code="abductee-act", code="monthly")
    rule = benefit.versions.get()
    compartment = Compartment.objects.create(code="bench", name="bench")
    officer = User.objects.create_user(username="bench", password="-", role=Role.CASEWORKER)  # noqa: S106
    officer.compartments.add(compartment)

    start = time.perf_counter()
    persons = Person.objects.bulk_create(Person(created_by=officer) for _ in range(n))
    persons = list(Person.objects.order_by("pk"))
    Case.objects.bulk_create(
        Case(
            reference=f"B-{i:06d}",
            person=p,
            category="japanese_spouse",
            compartment=compartment,
            officer=officer,
            status="resettlement",
        )
        for i, p in enumerate(persons)
    )
    cases = list(Case.objects.order_by("pk"))
    now = timezone.now()
    EligibilityEvidence.objects.bulk_create(
        EligibilityEvidence(
            person=p,
            registry_name="bench",
            record_id=str(p.pk),
            probability=0.99,
            decision="confirmed",
            reason="bench",
            decided_by=officer,
            decided_at=now,
        )
        for p in persons
    )
    Household.objects.bulk_create(Household(case=c, payee_id=c.person_id) for c in cases)
    households = list(Household.objects.order_by("pk").select_related("case"))
    HouseholdMember.objects.bulk_create(
        HouseholdMember(household=h, person_id=h.payee_id) for h in households
    )
    print(f"set-up: {n} households in {time.perf_counter() - start:.1f} s", flush=True)

    # Decisions spread over a year, so a month's run sees first and later payments.
    decided = [date(2025, 1 + i % 12, 1 + i % 28) for i in range(n)]
    terms = terms_of(rule, benefit.kind)
    start = time.perf_counter()
    planned = 0
    for i in range(n):
        planned += len(
            schedule.plan(
                terms,
                schedule.Household(size=1 + i % 4),
                decided_on=decided[i],
                extension_months=60,
            )
        )
    print(
        f"plan only: {planned} instalments in {time.perf_counter() - start:.1f} s; "
        f"peak {_peak_mb():.0f} MB",
        flush=True,
    )

    one_by_one = min(args.one_by_one, n)
    start = time.perf_counter()
    for i, household in enumerate(households[:one_by_one]):
        start_entitlement(
            household, benefit, decided_on=decided[i], actor=officer, extension_months=60
        )
    took = time.perf_counter() - start
    print(
        f"start_entitlement: {one_by_one} households in {took:.1f} s "
        f"({1000 * took / max(1, one_by_one):.0f} ms each); peak {_peak_mb():.0f} MB",
        flush=True,
    )

    start = time.perf_counter()
    evidence = dict(EligibilityEvidence.objects.values_list("person_id", "pk"))
    rest = list(enumerate(households))[one_by_one:]
    written = 0
    for chunk_start in range(0, len(rest), 500):
        chunk = rest[chunk_start : chunk_start + 500]
        entitlements = Entitlement.objects.bulk_create(
            Entitlement(
                household=h,
                benefit=benefit,
                rule=rule,
                decided_on=decided[i],
                extension_months=60,
                size=1,
                evidence_id=evidence[h.payee_id],
                created_by=officer,
            )
            for i, h in chunk
        )
        entitlements = list(
            Entitlement.objects.filter(household__in=[h for _i, h in chunk]).order_by("pk")
        )
        by_household = {e.household_id: e for e in entitlements}
        rows = [
            Instalment(
                entitlement=by_household[h.pk],
                person_id=h.payee_id,
                benefit=benefit,
                period=item.period,
                months=item.months,
                due_date=item.due_date,
                amount=item.amount,
            )
            for i, h in chunk
            for item in schedule.plan(
                terms, schedule.Household(size=1), decided_on=decided[i], extension_months=60
            )
        ]
        Instalment.objects.bulk_create(rows, batch_size=5000)
        written += len(rows)
    print(
        f"bulk schedules: {len(rest)} households, {written} instalments in "
        f"{time.perf_counter() - start:.1f} s; peak {_peak_mb():.0f} MB",
        flush=True,
    )

    start = time.perf_counter()
    result = run_month(date(2026, 3, 1), actor=None)
    print(
        f"run 2026-03: {len(result.rows)} payments, {result.total} yen, {result.held} held, "
        f"in {time.perf_counter() - start:.1f} s; peak {_peak_mb():.0f} MB",
        flush=True,
    )
    start = time.perf_counter()
    verdict = ledger.verify()
    print(
        f"ledger verify: {verdict.entries} entries, ok={verdict.ok}, "
        f"in {time.perf_counter() - start:.1f} s; peak {_peak_mb():.0f} MB",
        flush=True,
    )


if __name__ == "__main__":
    main()
