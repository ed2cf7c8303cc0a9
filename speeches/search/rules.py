"""Query rules both engines apply the same way: parameter checks, filters, campaign names.

An engine validates its parameters with ``validate``, merges the filters written in ``q``
with the explicit ones by ``active_filters`` and turns a campaign's slug, name or short name
into slugs with ``campaign_slugs``; how it then filters is its own business.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from speeches.models import Campaign
from speeches.search.query import ParsedQuery
from speeches.search.results import MAX_PAGE_SIZE, SORTS, QueryError


def validate(
    sort: str, page: int, page_size: int, date_from: dt.date | None, date_to: dt.date | None
) -> None:
    """Raise QueryError for a parameter no engine can answer."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    if not isinstance(page, int) or page < 1:
        raise QueryError("page must be a positive integer")
    if not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise QueryError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    if date_from and date_to and date_from > date_to:
        raise QueryError("date_from is after date_to")


def campaign_slugs(value: str) -> set[str]:
    """A campaign given by slug, name or short name -> the slugs it names."""
    value = value.strip()
    if "\x00" in value:  # no campaign has one, and PostgreSQL refuses NUL in a literal
        return set()
    found = Campaign.objects.filter(
        Q(slug__iexact=value) | Q(name=value) | Q(short_name=value)
    ).values_list("slug", flat=True)
    return set(found)


def active_filters(parsed: ParsedQuery, **params: object) -> dict[str, object]:
    """Filters from q, overridden by explicit parameters of the same name."""
    filters = dict(parsed.filters)
    if params.get("year") is not None:
        filters.pop("year_from", None)
        filters.pop("year_to", None)
    for key, value in params.items():
        if value is not None and value != "":
            filters[key] = value
    return filters
