"""The system reader: workers and statistics read every case, for one named purpose.

No user is behind these reads, so need-to-know does not apply; naming the
purpose keeps each such read visible in one place, where a reviewer can see
every path that reads cases without a user.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from hogo.cases.models import Case, Event
from hogo.cases.workflow import Status
from hogo.support.models import Payment, PaymentStatus

# Every purpose the system reads cases for. A new worker adds its purpose here.
PURPOSES = {
    "monitor.scoring": "match press articles against every open case",
    "stats.tables": "count cases for a statistics table released with protection",
    "stats.amounts": "sum the support paid, by quarter and kind of benefit, for an amount "
    "table released with protection",
    "support.schedule": "tell an unknown case from one without support, for a command run "
    "on the host, which audits what it writes",
    "support.what_if": "count the persons a draft benefit would pay on every current case, "
    "shown to a supervisor only through the statistics' small-cell protection",
    "support.demo": "set up the demo's resettled households on its arrived cases",
    "demo.registry": "write the demo's synthetic registry from the demo's own persons, so "
    "that verify identity finds them",
}


@dataclass(frozen=True)
class SystemReader:
    purpose: str

    def cases(self) -> QuerySet[Case]:
        return Case.objects.all()

    def open_cases(self) -> QuerySet[Case]:
        return Case.objects.exclude(status=Status.CLOSED)

    def events(self) -> QuerySet[Event]:
        return Event.objects.all()

    def paid(self) -> QuerySet[Payment]:
        """Payments that reached their beneficiary (a failed or returned one spent nothing)."""
        return Payment.objects.filter(status=PaymentStatus.PAID)


def system_reader(purpose: str) -> SystemReader:
    if purpose not in PURPOSES:
        raise ValueError(f"no system reader for {purpose!r}: name it in hogo.access.system")
    return SystemReader(purpose)
