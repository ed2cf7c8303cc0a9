"""The embedded engine behind the engine interface (see ``speeches.search.engines``)."""

from speeches.search.embedded.engine import more_like_this, search
from speeches.search.embedded.exact import (
    body_counts,
    body_lengths,
    match_set,
    normalized_bodies,
    ranked,
    speech_facts,
)
from speeches.search.embedded.exact import facets as facets_for
from speeches.search.embedded.layout import reset, text_version_differences
from speeches.search.embedded.rebuild import begin_rebuild, index_batch, rebuild
from speeches.search.embedded.snapshot import status
from speeches.search.embedded.writer import index_speeches, optimize, remove_speeches

NAME = "embedded"

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
    "text_version_differences",
]
