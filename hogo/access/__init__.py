"""The one place that answers "may this user see or change this person or case".

Every page, API operation, export, command and worker fetches persons, cases and
their parts through this package; nothing else consults grants or decides
need-to-know. The policy itself is in `hogo.access.policy`, the role sets in
`hogo.access.roles`.
"""

from __future__ import annotations

from hogo.access.policy import (
    can_create_case,
    can_edit_case,
    can_edit_person,
    can_manage_case,
    can_merge_persons,
    can_see_screening,
    case_for_emergency,
    cases_visible_to,
    compartments_for_new_case,
    get_case_for_user,
    get_document_for_user,
    get_person_for_user,
    is_granted_only,
    persons_visible_to,
)
from hogo.access.roles import CASE_READERS, CASE_WRITERS
from hogo.access.support import (
    batches_visible_to,
    can_approve_batch,
    can_decide_override,
    can_edit_support,
    can_handle_payments,
    can_manage_rules,
    get_batch_for_user,
    get_household_for_user,
    households_visible_to,
)

__all__ = [
    "CASE_READERS",
    "CASE_WRITERS",
    "batches_visible_to",
    "can_approve_batch",
    "can_create_case",
    "can_decide_override",
    "can_edit_case",
    "can_edit_person",
    "can_edit_support",
    "can_handle_payments",
    "can_manage_case",
    "can_manage_rules",
    "can_merge_persons",
    "can_see_screening",
    "case_for_emergency",
    "cases_visible_to",
    "compartments_for_new_case",
    "get_batch_for_user",
    "get_case_for_user",
    "get_document_for_user",
    "get_household_for_user",
    "get_person_for_user",
    "households_visible_to",
    "is_granted_only",
    "persons_visible_to",
]
