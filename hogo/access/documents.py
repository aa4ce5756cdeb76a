"""Documents: readable by whoever may read their case."""

from __future__ import annotations

from hogo.access.cases import cases_visible_to
from hogo.access.readers import Reader
from hogo.access.refusals import refused
from hogo.cases.models import Document


def get_document_for_user(user: Reader, pk: int | str) -> Document:
    try:
        return Document.objects.select_related("case").get(pk=pk, case__in=cases_visible_to(user))
    except (Document.DoesNotExist, ValueError, TypeError):
        raise refused(user, "document", pk, write=False) from None
