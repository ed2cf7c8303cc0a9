"""Which engine answers: ``settings.SEARCH_ENGINE`` = "embedded" (default) or "opensearch".

Both engines offer the same functions (``embedded.api``, ``opensearch.api``): search and
the research primitives, writes (index, remove, rebuild, haystack's begin_rebuild and
index_batch, reset, optimize) and status. Only the public face and haystack's backend call
this module.
"""

from __future__ import annotations

from types import ModuleType

ENGINES = ("embedded", "opensearch")


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
