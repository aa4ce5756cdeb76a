"""The supervisors' dashboard shows the service-plan tasks that are overdue."""

from __future__ import annotations

from datetime import date

from hogo.accounts.models import User
from hogo.stats.panels import Panel
from hogo.support.plans import overdue_tasks

# The panel lists the oldest; the count says how many there are in all.
SHOWN = 50


def overdue_panel(user: User, today: date) -> Panel | None:
    overdue = overdue_tasks(user, today=today)
    count = overdue.count()
    if count == 0:
        return None
    tasks = list(overdue[:SHOWN])
    rows = [(task, (today - task.due_on).days) for task in tasks]
    return Panel(
        template="support/dashboard_overdue.html",
        context={"rows": rows, "count": count, "more": count - len(tasks)},
        audit={"overdue_tasks": count, "cases": sorted({t.household.case_id for t in tasks})},
    )
