"""Every change to a person goes through these functions, each audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from hogo.access import can_create_case as can_register_person
from hogo.access import can_edit_person, can_merge_persons
from hogo.accounts.models import User
from hogo.audit.conflicts import Conflict, conflict_since
from hogo.audit.log import diff, record
from hogo.lib.dates import DateParseError, parse_date
from hogo.lib.names import search_keys
from hogo.lib.scripts import detect_script
from hogo.people import merging
from hogo.people.models import DatePrecision, NameKey, NameKind, Person, PersonName, Relationship


@dataclass(frozen=True)
class NameInput:
    kind: str
    family: str = ""
    given: str = ""


def parse_birth_date(text: str) -> tuple[date | None, str]:
    """The earliest day the recorded text allows, and how precise it is."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        parsed = parse_date(text)
    except DateParseError as error:
        raise ValidationError({"birth_date_text": str(error)}) from None
    return parsed.earliest(), DatePrecision(parsed.precision)


def _index_name(name: PersonName) -> None:
    keys = set(search_keys(name.full))
    for part in (name.family, name.given):
        keys |= search_keys(part)
    NameKey.objects.bulk_create(
        [NameKey(name=name, person_id=name.person_id, key=key[:100]) for key in sorted(keys)],
        ignore_conflicts=True,
    )


def _add_name(person: Person, item: NameInput) -> PersonName:
    family, given = item.family.strip(), item.given.strip()
    if not family and not given:
        raise ValidationError({"names": "A name needs a family name or a given name."})
    if item.kind not in NameKind.values:
        raise ValidationError({"kind": f"{item.kind!r} is not a kind of name."})
    name = PersonName.objects.create(
        person=person,
        kind=item.kind,
        family=family,
        given=given,
        script=detect_script(f"{family}{given}").value,
    )
    _index_name(name)
    return name


def record_person_view(person: Person, *, actor: User, via: str) -> None:
    record("people.view", actor=actor, obj=person, data={"via": via})


def create_person(
    *,
    actor: User,
    names: list[NameInput],
    sex: str = "",
    birth_date_text: str = "",
    birthplace: str = "",
    nationality_claimed: str = "",
) -> Person:
    if not can_register_person(actor):
        raise PermissionDenied
    if not names:
        raise ValidationError({"names": "A person needs at least one name."})
    birth_date, precision = parse_birth_date(birth_date_text)
    with transaction.atomic():
        person = Person(
            sex=sex,
            birth_date_text=birth_date_text.strip(),
            birth_date=birth_date,
            birth_date_precision=precision,
            birthplace=birthplace.strip(),
            nationality_claimed=nationality_claimed.strip(),
            created_by=actor,
        )
        person.full_clean()
        person.save()
        for item in names:
            _add_name(person, item)
        record(
            "people.create",
            actor=actor,
            obj=person,
            changes={"names": [[n.kind, n.family, n.given] for n in names]},
            data={"version": person.version},
        )
    return person


PERSON_FIELDS = ("sex", "birth_date_text", "birthplace", "nationality_claimed")


def update_person(
    person: Person, *, actor: User, expected_version: int, changes: dict[str, Any]
) -> Person:
    if not can_edit_person(actor, person):
        raise PermissionDenied
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed here."))
    values = {name: str(value).strip() for name, value in changes.items()}
    if "birth_date_text" in values:
        birth_date, precision = parse_birth_date(values["birth_date_text"])
        extra: dict[str, Any] = {"birth_date": birth_date, "birth_date_precision": precision}
    else:
        extra = {}
    with transaction.atomic():
        before = {name: getattr(person, name) for name in values}
        for name, value in {**values, **extra}.items():
            setattr(person, name, value)
        person.full_clean()
        updated = Person.objects.filter(pk=person.pk, version=expected_version).update(
            **values, **extra, version=F("version") + 1
        )
        if not updated:
            raise conflict_since(person, expected_version)
        person.refresh_from_db()
        record(
            "people.update",
            actor=actor,
            obj=person,
            changes=diff(before, values),
            data={"version": person.version},
        )
    return person


def add_person_name(person: Person, *, actor: User, name: NameInput) -> PersonName:
    if not can_edit_person(actor, person):
        raise PermissionDenied
    with transaction.atomic():
        created = _add_name(person, name)
        record(
            "people.add_name",
            actor=actor,
            obj=person,
            changes={"name": [created.kind, created.family, created.given]},
        )
    return created


def relate_persons(
    from_person: Person, to_person: Person, *, actor: User, kind: str
) -> Relationship:
    if not (can_edit_person(actor, from_person) and can_edit_person(actor, to_person)):
        raise PermissionDenied
    if from_person.pk == to_person.pk:
        raise ValidationError({"to_person": "A person cannot be related to themselves."})
    with transaction.atomic():
        relation, created = Relationship.objects.get_or_create(
            from_person=from_person, to_person=to_person, kind=kind
        )
        if created:
            record(
                "people.relate",
                actor=actor,
                obj=from_person,
                changes={"relationship": [kind, to_person.pk]},
            )
    return relation


MERGE_REASON_MIN = 10


def _move_names(keep: Person, merge: Person) -> int:
    have = {(n.kind, n.family, n.given) for n in keep.names.all()}
    moved = 0
    for name in list(merge.names.all()):
        if (name.kind, name.family, name.given) in have:
            name.delete()  # the same name twice says nothing more
            continue
        PersonName.objects.filter(pk=name.pk).update(person=keep)
        NameKey.objects.filter(name=name).update(person=keep)
        have.add((name.kind, name.family, name.given))
        moved += 1
    return moved


def _move_relationships(keep: Person, merge: Person) -> int:
    moved = 0
    for relation in list(Relationship.objects.filter(from_person=merge)):
        target = {"from_person": keep, "to_person_id": relation.to_person_id}
        if (
            relation.to_person_id == keep.pk
            or Relationship.objects.filter(**target, kind=relation.kind).exists()
        ):
            relation.delete()
        else:
            Relationship.objects.filter(pk=relation.pk).update(from_person=keep)
            moved += 1
    for relation in list(Relationship.objects.filter(to_person=merge)):
        if (
            relation.from_person_id == keep.pk
            or Relationship.objects.filter(
                from_person_id=relation.from_person_id, to_person=keep, kind=relation.kind
            ).exists()
        ):
            relation.delete()
        else:
            Relationship.objects.filter(pk=relation.pk).update(to_person=keep)
            moved += 1
    return moved


def merge_persons(keep: Person, merge: Person, *, actor: User, reason: str) -> Person:
    """Fold a duplicate record into the one kept; the duplicate's row stays, pointing to it.

    Names and relationships move to the kept person here; cases (as protected
    person or family member) and registry decisions move through the apps'
    movers in `hogo.people.merging`, in the same transaction. Both persons, and
    every case either is on, must be the actor's to change.
    """
    if not can_merge_persons(actor, keep, merge):
        raise PermissionDenied
    reason = reason.strip()
    if len(reason) < MERGE_REASON_MIN:
        raise ValidationError(
            {"reason": _("Give a reason of at least %(n)d characters.") % {"n": MERGE_REASON_MIN}}
        )
    with transaction.atomic():
        locked = {
            p.pk: p for p in Person.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk])
        }
        if locked[keep.pk].merged_into_id or locked[merge.pk].merged_into_id:
            raise ValidationError(_("A person who was merged into another cannot be merged again."))
        names = _move_names(keep, merge)
        relations = _move_relationships(keep, merge)
        elsewhere = merging.move_rows(keep, merge)
        Person.objects.filter(pk=merge.pk).update(merged_into=keep, version=F("version") + 1)
        Person.objects.filter(pk=keep.pk).update(version=F("version") + 1)
        merge.refresh_from_db()
        keep.refresh_from_db()
        moved = {"names": names, "relationships": relations, **elsewhere}
        record(
            "people.merge",
            actor=actor,
            obj=keep,
            changes={"merged": [None, merge.pk]},
            data={"reason": reason, "moved": moved, "version": keep.version},
        )
        record(
            "people.merged",
            actor=actor,
            obj=merge,
            changes={"merged_into": [None, keep.pk]},
            data={"reason": reason},
        )
    return keep


__all__ = [
    "Conflict",
    "NameInput",
    "add_person_name",
    "create_person",
    "merge_persons",
    "record_person_view",
    "relate_persons",
    "update_person",
]
