"""Resettlement support at scale: schedules for many beneficiaries, then one monthly run.

    HOGO_DEBUG=1 HOGO_DATABASE_URL=sqlite:////tmp/support-bench.sqlite3 \\
        .venv/bin/python bench/support_schedules.py [--households 10000]

The database must be empty (it is migrated here). Persons, cases, households and
their registry evidence are written in bulk as set-up, which is not measured; what
is measured goes through the actions the product uses:

1. `schedule.plan` alone (no database) for every household: 15 years each
   (the 10-year benefit with its 5-year extension);
2. `start_entitlement` for every household: eligibility checks, instalments
   written, audit entry;
3. one monthly run (`run_month`) over all of them, with its ledger journal;
4. `ledger.verify` over that journal.

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
    from hogo.support.models import Benefit, Household, HouseholdMember
    from hogo.support.programmes import load_programmes
    from hogo.support.runs import run_month

    call_command("migrate", verbosity=0)
    n = args.households
    load_programmes(actor=None)
    benefit = Benefit.objects.get(programme__code="abductee-act", code="monthly")
    rule = benefit.versions.get()
    compartment = Compartment.objects.create(code="bench", name="bench")
    officer = User.objects.create_user(username="bench", password="x", role=Role.CASEWORKER)
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
                terms, schedule.Household(size=1 + i % 4), decided_on=decided[i], extension_months=60
            )
        )
    print(
        f"plan only: {planned} instalments in {time.perf_counter() - start:.1f} s; "
        f"peak {_peak_mb():.0f} MB",
        flush=True,
    )

    start = time.perf_counter()
    for i, household in enumerate(households):
        start_entitlement(
            household, benefit, decided_on=decided[i], actor=officer, extension_months=60
        )
    print(
        f"start_entitlement: {n} households in {time.perf_counter() - start:.1f} s; "
        f"peak {_peak_mb():.0f} MB",
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
