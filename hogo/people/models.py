"""Persons and their names, in every script they are written in."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hogo.lib.choices import choice_label


class Sex(models.TextChoices):
    FEMALE = "F", _("female")
    MALE = "M", _("male")
    UNKNOWN = "", _("unknown")


class DatePrecision(models.TextChoices):
    YEAR = "year", _("year")
    MONTH = "month", _("month")
    DAY = "day", _("day")


class Person(models.Model):
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    # The date as the source wrote it, and what we understood of it.
    birth_date_text = models.CharField(_("birth date as recorded"), max_length=64, blank=True)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    birth_date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    birthplace = models.CharField(_("birthplace"), max_length=200, blank=True)
    nationality_claimed = models.CharField(_("nationality as claimed"), max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)
    # A duplicate merged into another person keeps its row, pointing to the one kept.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        name = self.primary_name()
        return name.full if name else f"#{self.pk}"

    def get_sex_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(Sex, self.sex)

    def primary_name(self) -> PersonName | None:
        names = list(self.names.all())
        for kind in NameKind.display_order():
            for name in names:
                if name.kind == kind:
                    return name
        return names[0] if names else None

    @property
    def birth_date_display(self) -> str:
        if self.birth_date is None:
            return self.birth_date_text
        if self.birth_date_precision == DatePrecision.YEAR:
            return f"{self.birth_date:%Y}"
        if self.birth_date_precision == DatePrecision.MONTH:
            return f"{self.birth_date:%Y-%m}"
        return self.birth_date.isoformat()


class NameKind(models.TextChoices):
    LEGAL = "legal", _("legal name")
    READING = "reading", _("kana reading")
    HANGUL = "hangul", _("hangul name")
    ALIAS = "alias", _("Japanese alias (tsūmei)")
    MARRIED = "married", _("married name")
    MAIDEN = "maiden", _("maiden name")
    LATIN = "latin", _("Latin spelling")
    OTHER = "other", _("other name")

    @classmethod
    def display_order(cls) -> list[str]:
        return [cls.LEGAL, cls.HANGUL, cls.ALIAS, cls.MARRIED, cls.MAIDEN, cls.LATIN, cls.READING]


SCRIPT_LABELS = {
    "kanji": _("kanji"),
    "hiragana": _("hiragana"),
    "katakana": _("katakana"),
    "hangul": _("hangul"),
    "latin": _("Latin"),
    "mixed": _("mixed scripts"),
    "unknown": _("unknown script"),
}


def full_name(family: str, given: str) -> str:
    """A name as pages show it: family name, then given name (either may be missing)."""
    return " ".join(part for part in (family, given) if part)


class PersonName(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    kind = models.CharField(_("kind"), max_length=10, choices=NameKind.choices)
    family = models.CharField(_("family name"), max_length=100, blank=True)
    given = models.CharField(_("given name"), max_length=100, blank=True)
    script = models.CharField(max_length=10, editable=False)

    class Meta:
        ordering = ["person", "pk"]

    def __str__(self) -> str:
        return self.full

    def get_kind_display(self) -> str:  # type: ignore[no-redef]
        return choice_label(NameKind, self.kind)

    @property
    def script_label(self) -> str:
        return str(SCRIPT_LABELS.get(self.script, self.script))

    @property
    def full(self) -> str:
        return full_name(self.family, self.given)


class NameKey(models.Model):
    """One comparable key of a name: how a query in any script finds it."""

    name = models.ForeignKey(PersonName, on_delete=models.CASCADE, related_name="keys")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=100, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "key"], name="unique_name_key")]

    def __str__(self) -> str:
        return self.key


class RelationKind(models.TextChoices):
    SPOUSE = "spouse", _("spouse")
    PARENT = "parent", _("parent of")
    SIBLING = "sibling", _("sibling")


class Relationship(models.Model):
    """`from_person` is the <kind> of `to_person` (for parent: from is the parent)."""

    from_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relations_out")
    to_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(max_length=10, choices=RelationKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["from_person", "to_person", "kind"], name="unique_relationship"
            ),
            models.CheckConstraint(
                condition=~models.Q(from_person=models.F("to_person")), name="no_self_relationship"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_person} {self.kind} {self.to_person}"
