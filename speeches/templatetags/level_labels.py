"""Stored level values (中央 省 市 …) shown as their labels in the page's language."""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils.translation import pgettext

from speeches.models import Level

register = template.Library()


@register.filter
def level_label(value: str) -> str:
    """省 -> Provincial on an English page; a value that is not a level stays as it is."""
    return str(Level(value).label) if value in Level.values else value


@register.filter
def level_labels(values: Iterable[str]) -> str:
    """The labels of several levels, joined as a list is in the page's language."""
    return pgettext("list separator", "、").join(level_label(v) for v in values)
