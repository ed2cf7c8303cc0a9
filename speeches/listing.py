"""Published speeches filtered as the search filters them (``speeches.params.FILTERS``), read
from the database: ``/api/speeches`` lists with the names and values of the search page."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from speeches.models import Speech


def filtered(speeches: QuerySet[Speech], filters: dict[str, object]) -> QuerySet[Speech]:
    """``filters``: campaign (slug, name or short name), level, speaker (name, as indexed),
    year, date_from, date_to (dates). An undated speech passes no date or year filter."""
    if campaign := str(filters.get("campaign") or "").strip().replace("\x00", ""):
        speeches = speeches.filter(
            Q(campaigns__slug__iexact=campaign)
            | Q(campaigns__name=campaign)
            | Q(campaigns__short_name=campaign)
        ).distinct()
    if level := filters.get("level"):
        speeches = speeches.filter(level=level)
    if speaker := str(filters.get("speaker") or "").strip().replace("\x00", ""):
        speeches = speeches.filter(speaker__name=speaker)
    if year := filters.get("year"):
        speeches = speeches.filter(date__year=int(year))
    if isinstance(low := filters.get("date_from"), dt.date):
        speeches = speeches.filter(date__gte=low)
    if isinstance(high := filters.get("date_to"), dt.date):
        speeches = speeches.filter(date__lte=high)
    return speeches
