from __future__ import annotations

import functools
from typing import Any

from django import template
from django.db import connection
from django.db.models import Field

from hogo import access
from hogo.approvals.models import Notification
from hogo.cases.models import Case

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context: dict[str, Any]) -> int:
    """How many notifications the signed-in user has not opened yet."""
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(_unread_count_sql(connection.vendor), [user.pk])
        row = cursor.fetchone()
    return int(row[0]) if row else 0


@functools.cache
def _unread_count_sql(vendor: str) -> str:
    """`Notification.objects.filter(recipient=user, read_at__isnull=True).count()`, written
    once: every page counts, and Django built and compiled that count on each (about half
    a millisecond, more than the database's work). Names from the model; the user is a
    parameter."""
    quote = connection.ops.quote_name
    meta = Notification._meta
    recipient, read_at = (quote(_column(name)) for name in ("recipient", "read_at"))
    table = quote(meta.db_table)
    return f"SELECT COUNT(*) FROM {table} WHERE {recipient} = %s AND {read_at} IS NULL"  # noqa: S608


@register.inclusion_tag("approvals/grant_notice.html", takes_context=True)
def grant_notice(
    context: dict[str, Any], case: Case, granted_only: bool | None = None
) -> dict[str, Any]:
    """On a case read through a grant only: say so, and until when.

    `granted_only` is `access.is_granted_only` of this user and case, if the page
    has it already (`access.rights_on_case`)."""
    user = context["request"].user
    if granted_only is None:
        granted_only = access.is_granted_only(user, case)
    return {"grant": access.grant_on(user, case) if granted_only else None}


def _column(name: str) -> str:
    field = Notification._meta.get_field(name)
    assert isinstance(field, Field)
    assert field.column
    return field.column
