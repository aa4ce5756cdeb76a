from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def yen(value: int | None) -> str:
    """Whole yen with thousands separators: ¥1,234,567."""
    if value is None:
        return ""
    return f"¥{int(value):,}"


@register.filter
def masked(number: object) -> str:
    """An account number as paying staff check it: only its last three digits."""
    text = str(number or "")
    return "•" * max(0, len(text) - 3) + text[-3:]


@register.filter
def get(mapping: dict[str, object], key: str) -> object:
    """One value of a mapping, for a key held in a variable."""
    return mapping.get(key)
