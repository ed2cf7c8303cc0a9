"""Speeches of a search for feeds and exports, read with the search page's own parameter
reader so that a feed or export URL means exactly what the search page means."""

from __future__ import annotations

from django.http import HttpRequest

from interop.records import with_excerpt
from speeches import search
from speeches.models import Speech
from speeches.params import BadParameter, SearchParams, read_params
from speeches.search.results import MAX_PAGE_SIZE

EXPORT_LIMIT = 1000


def _search(params: SearchParams) -> search.SearchPage:
    try:
        return search.search(
            params.q, **params.search_kwargs(), with_facets=False, with_snippets=False
        )
    except search.QueryError as exc:
        raise BadParameter(str(exc)) from None


def _load(ids: list[int]) -> list[Speech]:
    found = {s.pk: s for s in with_excerpt(Speech.objects.published().filter(pk__in=ids))}
    return [found[i] for i in ids if i in found]


def first_page_newest(request: HttpRequest) -> tuple[SearchParams, list[Speech]]:
    """Page 1 of the search, sorted by date, newest first (the page size is kept)."""
    params = read_params(request)
    params.sort, params.page = "-date", 1
    return params, _load([hit.speech_id for hit in _search(params).hits])


def all_results(request: HttpRequest) -> list[Speech]:
    """Every result of the search in its own order, up to EXPORT_LIMIT."""
    params = read_params(request)
    params.page_size = MAX_PAGE_SIZE
    ids: list[int] = []
    for page in range(1, EXPORT_LIMIT // MAX_PAGE_SIZE + 1):
        params.page = page
        result = _search(params)
        ids += [hit.speech_id for hit in result.hits]
        if page * MAX_PAGE_SIZE >= result.count:
            break
    return _load(ids)
