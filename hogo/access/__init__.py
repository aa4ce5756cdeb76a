"""The one place that answers "may this user see or change this person or case".

Every page, API operation, export, command and worker fetches persons, cases
and their parts through this package; nothing else consults grants or decides
need-to-know. One module per kind of object, as one permission policy per
model: `cases`, `persons`, `documents`, `screening`; the grants that widen
reading in `grants`; the named reader of workers and statistics in `system`;
the role sets in `roles`. Callers use the names re-exported here
(`from hogo import access; access.get_case_for_user(...)`).
"""

from __future__ import annotations

from hogo.access.cases import (
    CaseRights,
    can_create_case,
    can_edit_case,
    can_manage_case,
    case_for_emergency,
    cases_visible_to,
    colleagues_to_share_with,
    compartments_for_new_case,
    get_case_for_user,
    is_granted_only,
    own_cases,
    record_case_view,
    reference_is_in_compartment,
    rights_on_case,
    view_case,
)
from hogo.access.documents import get_document_for_user
from hogo.access.feeds import can_manage_feeds
from hogo.access.grants import active_grants, grant_on
from hogo.access.persons import (
    can_edit_person,
    can_merge_persons,
    get_person_for_user,
    persons_editable_by,
    persons_visible_to,
    record_person_view,
    view_person,
    visible_spouse,
)
from hogo.access.readers import Reader
from hogo.access.roles import CASE_READERS, CASE_WRITERS, FEED_MANAGERS
from hogo.access.screening import can_see_screening, get_screening_for_user
from hogo.access.support import (
    batches_visible_to,
    can_approve_batch,
    can_decide_override,
    can_edit_support,
    can_handle_payments,
    can_manage_rules,
    can_run_what_if,
    can_see_case_support,
    get_batch_for_user,
    get_household_for_user,
    households_visible_to,
)
from hogo.access.system import SystemReader, system_reader

__all__ = [
    "CASE_READERS",
    "CASE_WRITERS",
    "FEED_MANAGERS",
    "CaseRights",
    "Reader",
    "SystemReader",
    "active_grants",
    "batches_visible_to",
    "can_approve_batch",
    "can_create_case",
    "can_decide_override",
    "can_edit_case",
    "can_edit_person",
    "can_edit_support",
    "can_handle_payments",
    "can_manage_case",
    "can_manage_feeds",
    "can_manage_rules",
    "can_merge_persons",
    "can_run_what_if",
    "can_see_case_support",
    "can_see_screening",
    "case_for_emergency",
    "cases_visible_to",
    "colleagues_to_share_with",
    "compartments_for_new_case",
    "get_batch_for_user",
    "get_case_for_user",
    "get_document_for_user",
    "get_household_for_user",
    "get_person_for_user",
    "get_screening_for_user",
    "grant_on",
    "households_visible_to",
    "is_granted_only",
    "own_cases",
    "persons_editable_by",
    "persons_visible_to",
    "record_case_view",
    "record_person_view",
    "reference_is_in_compartment",
    "rights_on_case",
    "system_reader",
    "view_case",
    "view_person",
    "visible_spouse",
]
