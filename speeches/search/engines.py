"""Which engine answers: loaded from ``settings.SEARCH_ENGINE`` as Django loads a cache backend.

``SEARCH_ENGINE`` is "embedded" (default), "opensearch" or the dotted path of a module that
implements ``speeches.search.base.SearchEngine``. Only the public face and haystack's backend
call this module.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, cast

from django.conf import settings

from speeches.search.base import SearchEngine

ENGINES = {
    "embedded": "speeches.search.embedded.api",
    "opensearch": "speeches.search.opensearch.api",
}

if TYPE_CHECKING:  # mypy checks that both engine modules fulfil the contract
    from speeches.search.embedded import api as _embedded
    from speeches.search.opensearch import api as _opensearch

    _checked: tuple[SearchEngine, SearchEngine] = (_embedded, _opensearch)


def current() -> SearchEngine:
    # Read per call: tests switch engines with override_settings.
    return load(getattr(settings, "SEARCH_ENGINE", "embedded"))


@cache
def load(name: str) -> SearchEngine:
    """The engine module a ``SEARCH_ENGINE`` value names (imported once)."""
    path = ENGINES.get(name, name)
    if "." not in path:
        raise ValueError(
            f"SEARCH_ENGINE={name!r}: use one of {', '.join(ENGINES)} or a dotted path"
        )
    return cast(SearchEngine, import_module(path))
