"""Which engine answers: ``settings.SEARCH_ENGINE`` = "embedded" (default) or "opensearch".

Both engines offer the same functions (``embedded.api``, ``opensearch.api``): search and
the research primitives, writes (index, remove, rebuild, haystack's begin_rebuild and
index_batch, reset, optimize) and status. Only the public face and haystack's backend call
this module.
"""

from __future__ import annotations

from types import ModuleType

ENGINES = ("embedded", "opensearch")
# What each engine's api module offers; tests/search/test_engines.py holds both to it.
INTERFACE = (
    "begin_rebuild",
    "body_counts",
    "body_lengths",
    "facets_for",
    "index_batch",
    "index_speeches",
    "match_set",
    "more_like_this",
    "normalized_bodies",
    "optimize",
    "ranked",
    "rebuild",
    "remove_speeches",
    "reset",
    "search",
    "speech_facts",
    "status",
)


def current() -> ModuleType:
    from django.conf import settings

    name = getattr(settings, "SEARCH_ENGINE", "embedded")
    if name == "opensearch":
        from speeches.search.opensearch import api

        return api
    if name != "embedded":
        raise ValueError(f"SEARCH_ENGINE={name!r}: use one of {', '.join(ENGINES)}")
    from speeches.search.embedded import api

    return api
