"""The registries' signals, in a module of their own.

Apps that listen connect to them at start-up; importing `hogo.registries.actions`
for that would load the linkage engine (pandas, Splink, DuckDB) into every
process, every command included.
"""

from __future__ import annotations

from django.dispatch import Signal

# Sent inside the revoking transaction with `evidence` and `actor`.
evidence_revoked = Signal()
