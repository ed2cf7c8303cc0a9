"""The cluster engine behind the engine interface (see ``speeches.search.engines``)."""

from speeches.search.opensearch.engine import (
    body_counts,
    body_lengths,
    facets_for,
    match_set,
    more_like_this,
    normalized_bodies,
    ranked,
    search,
    speech_facts,
)
from speeches.search.opensearch.writer import (
    begin_rebuild,
    index_batch,
    index_speeches,
    optimize,
    rebuild,
    remove_speeches,
    reset,
    status,
)

NAME = "opensearch"

__all__ = [
    "NAME",
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
]
