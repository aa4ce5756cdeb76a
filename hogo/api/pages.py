"""Page-number pagination: 50 items a page, numbered from 1."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from django.db.models import Model, QuerySet

PAGE_SIZE = 50

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Page(Generic[M]):
    items: list[M]
    count: int
    page: int
    pages: int


def page_of(queryset: QuerySet[M], page: int) -> Page[M]:
    count = queryset.count()
    pages = max(1, -(-count // PAGE_SIZE))
    # A page past the end is empty; it is never turned into an OFFSET the
    # database cannot represent.
    items = list(queryset[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]) if page <= pages else []
    return Page(items=items, count=count, page=page, pages=pages)
