"""Reads that span models: finding cases by any name in any script, or by broker."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from hogo import access
from hogo.access import Reader
from hogo.accounts.models import display_name
from hogo.cases.models import Case, CaseMember, Category, Event, EventKind, Priority
from hogo.cases.workflow import Status
from hogo.keys.fields import SealedMixin
from hogo.keys.provider import provider
from hogo.lib import places
from hogo.lib.choices import choice_labels, label_of
from hogo.lib.envelope import blind_index, normalise
from hogo.people.models import Person, PersonName, full_name
from hogo.people.selectors import persons_matching

# How the case list can be ordered: the choice's name → the ordering.
ORDERINGS: dict[str, tuple[str, ...]] = {
    "": ("-priority", "reference"),
    "reference": ("reference",),
    "-reference": ("-reference",),
    "last_activity": ("-last_activity", "reference"),
    "oldest_activity": ("last_activity", "reference"),
    "opened": ("-opened_at", "reference"),
    "status": ("status", "-priority", "reference"),
}


def _places_named(query: str) -> QuerySet[Event]:
    """Location events in the place the query names, however it is spelled: a condition on
    cases already limited to what the user may see (`search_cases`)."""
    words = {query.strip(), *places.spellings(query)}
    where = Q()
    for word in words:
        if word:
            where |= Q(region__icontains=word)
    return Event.objects.filter(where, kind=EventKind.LOCATION)


def with_last_activity(cases: QuerySet[Case]) -> QuerySet[Case]:
    """Each case with `last_activity`: its latest timeline entry or change, whichever is later."""
    latest_event = (
        Event.objects.filter(case=OuterRef("pk")).order_by("-recorded_at").values("recorded_at")[:1]
    )
    return cases.annotate(
        last_activity=Greatest(Coalesce(Subquery(latest_event), F("updated_at")), F("updated_at"))
    )


def search_cases(
    user: Reader,
    *,
    query: str = "",
    status: str = "",
    category: str = "",
    officer: int | None = None,
    ids: list[int] | None = None,
    order: str = "",
) -> QuerySet[Case]:
    """The cases the user may see that match: a name in any script, part of a reference
    ("00001"), a place of their timeline or the person's birthplace (Jilin, 吉林), or a
    broker's name."""
    cases = access.cases_visible_to(user)
    if ids is not None:
        cases = cases.filter(pk__in=ids)
    if status:
        cases = cases.filter(status=status)
    if category:
        cases = cases.filter(category=category)
    if officer:
        cases = cases.filter(officer_id=officer)
    if query.strip():
        persons = persons_matching(query).values("pk")
        members = CaseMember.objects.filter(person__in=persons).values("case")
        # Only the events of cases the user may see are opened and compared.
        brokers = organisation_matches(Event.objects.filter(case__in=cases), query)
        born = Q()
        for word in {query.strip(), *places.spellings(query)}:
            born |= Q(person__birthplace__icontains=word)
        # Each condition chooses among `cases`, which are what the user may see: none
        # repeats that limit. (Each repetition embedded the visibility's subqueries again,
        # about a third of the CPU of building a search.)
        cases = cases.filter(
            Q(reference__icontains=query.strip())
            | Q(person__in=persons)
            | Q(pk__in=members)
            | Q(pk__in=Event.objects.filter(pk__in=brokers).values("case"))
            | Q(pk__in=_places_named(query).values("case"))
            | born
        )
    ordering = ORDERINGS.get(order, ORDERINGS[""])
    return (
        with_last_activity(cases)
        .order_by(*ordering)
        .select_related("person", "officer", "compartment")
        .prefetch_related("person__names")
    )


@dataclass(frozen=True)
class CaseRow:
    """One row of the case list, as it is shown: read as values, not as models.

    A page of 50 cases built 50 cases, persons, officers and compartments, all
    their columns, for seven values a row; and the template computed each row's
    labels and dates. Here they are read and computed once."""

    pk: int
    url: str  # the case page
    reference: str
    names: list[str]  # the person's first three names
    status: str
    category: str
    priority: str
    officer: str  # "" when no officer is assigned
    last_activity: datetime  # in the current time zone
    last_activity_iso: str  # ISO 8601, for the datetime attribute
    last_activity_day: str  # the date, YYYY-MM-DD

    @property
    def names_html(self) -> SafeString:
        """The names, each escaped, as the row shows them: `<span class="name">` each,
        separated by " · "."""
        return format_html_join(" · ", '<span class="name">{}</span>', ((n,) for n in self.names))

    @property
    def html(self) -> SafeString:
        """The row, every value escaped (`ROW`)."""
        return format_html(
            ROW,
            self.url,
            self.reference,
            self.names_html,
            self.status,
            self.category,
            self.priority,
            self.officer or "—",
            self.last_activity_iso,
            self.last_activity_day,
        )


# A row of the case list, as cases/list.html wrote it with a variable per cell: the
# template language costs a few microseconds per value, and a page has 50 rows of nine.
ROW = (
    '<tr><td><a href="{}">{}</a></td><td>{}</td><td><span class="status">{}</span></td>'
    '<td>{}</td><td>{}</td><td>{}</td><td><time datetime="{}">{}</time></td></tr>'
)


def rows_html(rows: Iterable[CaseRow]) -> SafeString:
    """The rows of one page of the list, written together (`CaseRow.html`)."""
    return format_html_join("\n", "{}", ((row.html,) for row in rows))


# How many of the person's names a row shows.
ROW_NAMES = 3
_ROW_FIELDS = (
    "pk",
    "reference",
    "person_id",
    "status",
    "category",
    "priority",
    "officer__first_name",
    "officer__last_name",
    "officer__username",
    "last_activity",
)


def case_rows(cases: QuerySet[Case]) -> QuerySet[Case, dict[str, Any]]:
    """`search_cases`'s cases as the values a row of the list shows (`with_names`
    makes the rows of one page of them)."""
    rows: QuerySet[Case, dict[str, Any]] = (
        cases.select_related(None).prefetch_related(None).values(*_ROW_FIELDS)
    )
    return rows


def with_names(values: Iterable[dict[str, Any]]) -> list[CaseRow]:
    """The rows of `case_rows`, each with its person's first names (one query for all)."""
    values = list(values)
    # The case page's address, built once for the page rather than once a row.
    before, _, after = reverse("cases:detail", args=[0]).rpartition("0")
    names: dict[int, list[str]] = defaultdict(list)
    found = PersonName.objects.filter(person__in={v["person_id"] for v in values})
    # PersonName's own ordering (by person, then as entered), as the person's page lists them.
    for person_id, family, given in found.values_list("person_id", "family", "given"):
        if len(names[person_id]) < ROW_NAMES:
            names[person_id].append(full_name(family, given))
    # Each label translated once for the page, not once a row.
    status, category, priority = (choice_labels(c) for c in (Status, Category, Priority))
    rows = []
    for v in values:
        last_activity = timezone.localtime(v["last_activity"])
        rows.append(
            CaseRow(
                pk=v["pk"],
                url=f"{before}{v['pk']}{after}",
                reference=v["reference"],
                names=names[v["person_id"]],
                status=label_of(status, v["status"]),
                category=label_of(category, v["category"]),
                priority=label_of(priority, v["priority"]),
                officer=display_name(
                    v["officer__first_name"], v["officer__last_name"], v["officer__username"]
                )
                if v["officer__username"] is not None
                else "",
                last_activity=last_activity,
                last_activity_iso=last_activity.isoformat(),
                last_activity_day=last_activity.date().isoformat(),
            )
        )
    return rows


# How many index values one query compares at most (SQLite allows 32,766 parameters).
INDEX_BATCH = 500


def events_naming_organisation(events: QuerySet[Event], name: str) -> QuerySet[Event]:
    """Of `events`, those naming the organisation `name` (compared normalised)."""
    if not normalise(name):
        return events.none()
    return events.filter(pk__in=organisation_matches(events, name))


def organisation_matches(events: QuerySet[Event], name: str) -> list[int]:
    """The ids of the events among `events` (the events of some cases: limited by their
    case, not otherwise) naming the organisation `name` (compared normalised).

    The organisation is encrypted and its blind index is keyed by the case, so
    the index of `name` is computed for each case among `events` (the caller
    has limited them to what the user may see) under every key of the keyring
    (a rotation may be half done); only the candidates of those cases are opened
    and compared.
    """
    wanted = normalise(name)
    if not wanted:
        return []
    keys = provider()
    field = Event._meta.get_field("organisation")
    assert isinstance(field, SealedMixin)
    with_index = events.exclude(organisation_index="").order_by()
    case_ids = with_index.values_list("case_id", flat=True).distinct()
    indexes = [
        (case_id, blind_index(keys, key_id, field.index_label, name, scope=str(case_id)))
        for case_id in case_ids
        for key_id in keys.key_ids()
    ]
    matched: list[int] = []
    for start in range(0, len(indexes), INDEX_BATCH):
        batch = indexes[start : start + INDEX_BATCH]
        # The cases are those `events` gave just now, by id: `events`' own conditions
        # (for a search, what the user may see) are not built and run again per batch.
        candidates = Event.objects.filter(
            case_id__in={case_id for case_id, _index in batch},
            organisation_index__in=[index for _case_id, index in batch],
        ).only("pk", "uid", "case_id", "organisation")
        matched += [e.pk for e in candidates if normalise(str(e.organisation)) == wanted]
    return matched


def search_persons(user: Reader, *, query: str = "") -> QuerySet[Person]:
    persons = access.persons_visible_to(user)
    if query.strip():
        persons = persons.filter(pk__in=persons_matching(query).values("pk"))
    return persons.prefetch_related("names")


# How far ahead the follow-ups list looks, besides what is already due.
FOLLOW_UP_DAYS_AHEAD = 14


def follow_ups(user: Reader, *, today: date) -> QuerySet[Event]:
    """Diplomatic requests of open cases the user may see, whose follow-up date has come
    or comes within two weeks, soonest first. A later request on the same case takes over
    from an earlier one: recording the next step closes the follow-up."""
    cases = access.cases_visible_to(user).exclude(status=Status.CLOSED)
    later = Event.objects.filter(
        case=OuterRef("case"), kind=EventKind.DIPLOMATIC_REQUEST, pk__gt=OuterRef("pk")
    ).filter(Q(occurred_on__gt=OuterRef("occurred_on")) | Q(occurred_on=OuterRef("occurred_on")))
    return (
        Event.objects.filter(
            case__in=cases,
            kind=EventKind.DIPLOMATIC_REQUEST,
            follow_up_on__isnull=False,
            follow_up_on__lte=today + timedelta(days=FOLLOW_UP_DAYS_AHEAD),
        )
        .exclude(Exists(later))
        .select_related("case", "case__officer")
        .order_by("follow_up_on", "pk")
    )
