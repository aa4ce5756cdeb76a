"""Which roles read and change case contents: defined once, imported everywhere."""

from __future__ import annotations

from hogo.accounts.models import Role

# Roles that may read a case's contents (need-to-know still decides which cases).
CASE_READERS: tuple[Role, ...] = (Role.CASEWORKER, Role.SUPERVISOR, Role.SECURITY_OFFICER)
# Roles that may change a case: a security officer reads, never writes.
CASE_WRITERS: tuple[Role, ...] = (Role.CASEWORKER, Role.SUPERVISOR)
# Roles that manage the press feeds the monitor polls: which addresses hogo fetches
# is a question of security, not of a case, so compartments play no part.
FEED_MANAGERS: tuple[Role, ...] = (Role.SUPERVISOR, Role.SECURITY_OFFICER)
