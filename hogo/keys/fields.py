"""Model fields whose values are stored sealed (hogo.lib.envelope), and read back in clear.

The column holds the sealed text; the attribute holds the plaintext. A value
is sealed when its row is saved, bound to the table, the column, the row's
`uid` (its primary key does not exist yet when a row is inserted) and, given
`scope="case"`, the case the row belongs to (its `case_id`: a row moved to
another case no longer opens there), and opened
the first time the attribute is read, so rows that are loaded but not shown
are never decrypted. An unchanged value is written back as it was read: saving
a row does not re-encrypt what did not change.

An empty value is stored empty, so "has an outcome" stays a filter the
database can answer; the value itself can neither be filtered on nor
written by `QuerySet.update()` except through `sealed_for`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.query_utils import DeferredAttribute

from hogo.keys.provider import provider
from hogo.lib import envelope

RECORD_ID = "uid"


class Sealed(str):
    """A value as stored: sealed text, not opened yet."""


class _Revealed(str):
    # The plaintext, remembering the sealed text it was opened from and where.
    sealed: Sealed
    context: bytes


class _RevealedDecimal(Decimal):
    sealed: Sealed
    context: bytes


class _SealedAttribute(DeferredAttribute):
    """Opens the stored value on first read; stores what is assigned as it is."""

    field: SealedMixin

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if instance is None:
            return self
        value = super().__get__(instance, cls)
        if isinstance(value, Sealed):
            value = self.field.reveal(instance, value)
            instance.__dict__[self.field.attname] = value
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.field.attname] = value


class SealedMixin(models.Field):  # type: ignore[type-arg]
    """What the three sealed fields share; each says how its value becomes bytes."""

    descriptor_class = _SealedAttribute

    def __init__(self, *args: Any, blind_index: str = "", scope: str = "", **kwargs: Any) -> None:
        # The name of a sibling field holding this value's blind index, if it has one.
        self.blind_index = blind_index
        # The foreign key naming what the row belongs to (a case), if the seal is bound to it.
        self.scope = scope
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        if self.blind_index:
            kwargs["blind_index"] = self.blind_index
        if self.scope:
            kwargs["scope"] = self.scope
        return name, path, args, kwargs

    def get_internal_type(self) -> str:
        return "TextField"

    def encode(self, value: Any) -> bytes:
        return str(value).encode("utf-8")

    def decode(self, data: bytes) -> Any:
        return _reveal_str(data.decode("utf-8"))

    def seal_context(self, instance: models.Model) -> bytes:
        return self.context_for(getattr(instance, RECORD_ID), scope_id_of(self, instance))

    def context_for(self, record_id: object, scope_id: object = None) -> bytes:
        return _context(self, str(self.column), record_id, scope_id)

    @property
    def index_label(self) -> str:
        return f"{self.model._meta.db_table}.{self.column}"

    def reveal(self, instance: models.Model, sealed: Sealed) -> Any:
        ctx = self.seal_context(instance)
        value = self.decode(envelope.unseal(provider(), sealed, ctx))
        value.sealed, value.context = sealed, ctx
        return value

    def sealed_for(self, instance: models.Model, value: Any) -> Any:
        """What to store for `value` in `instance`'s row: sealed afresh unless unchanged."""
        if value is None or value == "":
            self._set_index(instance, "")
            return value
        if isinstance(value, Sealed):
            return value
        ctx = self.seal_context(instance)
        sealed = getattr(value, "sealed", None)
        if sealed is not None and getattr(value, "context", None) == ctx:
            return sealed
        keys = provider()
        text = self.encode(value)
        if self.blind_index:
            index = envelope.blind_index(
                keys,
                keys.active_key_id,
                self.index_label,
                text.decode(),
                scope=str(scope_id_of(self, instance) or ""),
            )
            self._set_index(instance, index)
        return Sealed(envelope.seal(keys, text, ctx))

    def _set_index(self, instance: models.Model, value: str) -> None:
        if self.blind_index:
            setattr(instance, self.blind_index, value)

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        return self.sealed_for(model_instance, model_instance.__dict__.get(self.attname))

    def from_db_value(self, value: Any, expression: Any, connection: BaseDatabaseWrapper) -> Any:
        if value is None or value == "":
            return value
        return Sealed(value)

    def get_prep_value(self, value: Any) -> Any:
        return value

    def get_db_prep_value(
        self, value: Any, connection: BaseDatabaseWrapper, prepared: bool = False
    ) -> Any:
        if value is None or isinstance(value, Sealed):
            return value
        if isinstance(value, str) and value == "":
            return value
        sealed = getattr(value, "sealed", None)
        if sealed is not None:
            # Saving a loaded row without running pre_save (a raw save, as a restore does).
            return sealed
        raise TypeError(
            f"{self.index_label} is encrypted: its values are written by saving the row "
            "(or with sealed_for), and cannot be compared in a query"
        )


def _reveal_str(text: str) -> _Revealed:
    return _Revealed(text)


class SealedTextField(SealedMixin, models.TextField):  # type: ignore[type-arg]
    pass


class SealedCharField(SealedMixin, models.CharField):  # type: ignore[type-arg]
    """A short text: `max_length` limits the plaintext; the column itself is unbounded."""


class SealedDecimalField(SealedMixin, models.DecimalField):  # type: ignore[type-arg]
    def encode(self, value: Any) -> bytes:
        return str(Decimal(value)).encode("ascii")

    def decode(self, data: bytes) -> Any:
        return _RevealedDecimal(data.decode("ascii"))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, Sealed) or envelope.is_sealed(value):
            return Sealed(value)
        return super().to_python(value)


class WrappedKeyField(models.TextField):  # type: ignore[type-arg]
    """A data key wrapped by a master key, for data kept outside the row (a file on disk).

    It is bound to the table, to `purpose` and to the row's `uid`, and is
    re-wrapped by `hogo keys rotate` like every sealed value.
    """

    def __init__(self, *args: Any, purpose: str = "file", scope: str = "", **kwargs: Any) -> None:
        self.purpose = purpose
        self.scope = scope
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["purpose"] = self.purpose
        if self.scope:
            kwargs["scope"] = self.scope
        return name, path, args, kwargs

    def seal_context(self, instance: models.Model) -> bytes:
        return self.context_for(getattr(instance, RECORD_ID), scope_id_of(self, instance))

    def context_for(self, record_id: object, scope_id: object = None) -> bytes:
        return _context(self, self.purpose, record_id, scope_id)


def scope_attname(field: SealedMixin | WrappedKeyField) -> str:
    """The column holding the id of what `field`'s seals are bound to; "" if none."""
    if not field.scope:
        return ""
    owner = field.model._meta.get_field(field.scope)
    assert isinstance(owner, models.ForeignKey), f"{field.scope} is not a foreign key"
    return str(owner.attname)


def scope_id_of(field: SealedMixin | WrappedKeyField, instance: models.Model) -> object:
    attname = scope_attname(field)
    return getattr(instance, attname) if attname else None


def _context(
    field: SealedMixin | WrappedKeyField, column: str, record_id: object, scope_id: object
) -> bytes:
    table = field.model._meta.db_table
    if not field.scope:
        return envelope.context(table, column, str(record_id))
    if scope_id is None:
        # A row not yet given its owner cannot be sealed: it would be bound to nothing.
        raise ValueError(f"{table}.{column} is bound to its {field.scope}, which is not set")
    return envelope.context(table, column, str(record_id), field.scope, str(scope_id))


def sealed_fields(model: type[models.Model]) -> list[SealedMixin]:
    return [field for field in model._meta.concrete_fields if isinstance(field, SealedMixin)]


def key_holding_fields(model: type[models.Model]) -> list[SealedMixin | WrappedKeyField]:
    """Every column of `model` whose values hold a data key wrapped by a master key."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, SealedMixin | WrappedKeyField)
    ]


def seal_values(instance: models.Model, values: dict[str, Any]) -> dict[str, Any]:
    """`values` ready for `QuerySet.update()` on `instance`'s row: sealed fields sealed."""
    prepared = dict(values)
    for field in sealed_fields(type(instance)):
        if field.name in prepared:
            prepared[field.name] = field.sealed_for(instance, prepared[field.name])
            if field.blind_index:
                prepared[field.blind_index] = getattr(instance, field.blind_index)
    return prepared
