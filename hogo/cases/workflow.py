"""The case workflow: which status may follow which. No database here.

The main line runs from a first report to closure; "on hold", "withdrawn" and
"deceased" branch off where they make sense. A case on hold resumes to the
status it was held from (or ends).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    REPORTED = "reported", _("reported")
    VERIFYING = "verifying", _("verifying")
    LOCATED = "located", _("located")
    IN_HOST_CUSTODY = "in_host_custody", _("in host custody")
    HANDOVER_NEGOTIATION = "handover_negotiation", _("handover negotiation")
    IN_TRANSIT = "in_transit", _("in transit")
    ARRIVED = "arrived", _("arrived")
    RESETTLEMENT = "resettlement", _("resettlement")
    CLOSED = "closed", _("closed")
    ON_HOLD = "on_hold", _("on hold")
    WITHDRAWN = "withdrawn", _("withdrawn")
    DECEASED = "deceased", _("deceased")


S = Status
MAIN_LINE = [
    S.REPORTED,
    S.VERIFYING,
    S.LOCATED,
    S.IN_HOST_CUSTODY,
    S.HANDOVER_NEGOTIATION,
    S.IN_TRANSIT,
    S.ARRIVED,
    S.RESETTLEMENT,
    S.CLOSED,
]

# A protected person can withdraw their request while still abroad; once in
# transit the mission has them and withdrawal is no longer a state of the case.
_WITHDRAWABLE = {S.REPORTED, S.VERIFYING, S.LOCATED, S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION}
_HOLDABLE = {S.REPORTED, S.VERIFYING, S.LOCATED, S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION}
_MORTAL = set(MAIN_LINE[:-1]) | {S.ON_HOLD}

TRANSITIONS: dict[Status, set[Status]] = {
    S.REPORTED: {S.VERIFYING},
    # Verification can fail: the case closes without protection.
    S.VERIFYING: {S.LOCATED, S.CLOSED},
    # A person who reaches a mission directly skips host custody.
    S.LOCATED: {S.IN_HOST_CUSTODY, S.HANDOVER_NEGOTIATION, S.IN_TRANSIT},
    S.IN_HOST_CUSTODY: {S.HANDOVER_NEGOTIATION},
    # Negotiations can collapse and the person stays in custody.
    S.HANDOVER_NEGOTIATION: {S.IN_TRANSIT, S.IN_HOST_CUSTODY},
    S.IN_TRANSIT: {S.ARRIVED},
    S.ARRIVED: {S.RESETTLEMENT, S.CLOSED},
    S.RESETTLEMENT: {S.CLOSED},
    S.CLOSED: set(),
    S.ON_HOLD: {S.WITHDRAWN, S.CLOSED},  # plus resuming to the held-from status
    S.WITHDRAWN: {S.CLOSED},
    S.DECEASED: {S.CLOSED},
}
for _status in _WITHDRAWABLE:
    TRANSITIONS[_status].add(S.WITHDRAWN)
for _status in _HOLDABLE:
    TRANSITIONS[_status].add(S.ON_HOLD)
for _status in _MORTAL:
    TRANSITIONS[_status].add(S.DECEASED)

OPEN_STATUSES = frozenset(set(Status) - {S.CLOSED})


def allowed_targets(current: str, *, held_from: str = "") -> list[Status]:
    """Statuses a case in `current` may move to, in workflow order."""
    status = Status(current)
    targets = set(TRANSITIONS[status])
    if status == S.ON_HOLD and held_from:
        targets.add(Status(held_from))
    order = [*MAIN_LINE, S.ON_HOLD, S.WITHDRAWN, S.DECEASED]
    return [target for target in order if target in targets]


def is_allowed(current: str, target: str, *, held_from: str = "") -> bool:
    try:
        return Status(target) in allowed_targets(current, held_from=held_from)
    except ValueError:
        return False
