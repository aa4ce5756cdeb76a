"""Who may manage the press feeds the monitor polls.

A feed is public press, not a case, so need-to-know plays no part; but adding
one makes hogo fetch a new address from inside its network, and pausing one
can silence a source of alerts. Supervisors and security officers decide that;
caseworkers, auditors, administrators, statisticians and payment officers do not.
"""

from __future__ import annotations

from hogo.access.readers import Reader, active
from hogo.access.roles import FEED_MANAGERS


def can_manage_feeds(user: Reader) -> bool:
    member = active(user)
    return member is not None and member.role in FEED_MANAGERS
