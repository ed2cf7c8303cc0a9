"""The cluster engine behind the engine interface (see ``speeches.search.engines``).

Reads raise ``SearchUnavailable`` when no node answers (pages answer 503 and say so);
writes go through the outbox and wait for the cluster instead.
"""

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from opensearchpy.exceptions import ConnectionError as Unreachable
from opensearchpy.exceptions import TransportError

from speeches.search.opensearch import engine as _engine
from speeches.search.opensearch.writer import (
    begin_rebuild,
    index_batch,
    index_speeches,
    optimize,
    rebuild,
    remove_speeches,
    reset,
    text_version_differences,
)
from speeches.search.opensearch.writer import (
    status as _status,
)
from speeches.search.results import SearchUnavailable

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _read(function: Callable[_P, _R]) -> Callable[_P, _R]:
    @functools.wraps(function)
    def guarded(*args: _P.args, **kwargs: _P.kwargs) -> _R:

        try:
            return function(*args, **kwargs)
        except Unreachable as exc:  # ConnectionTimeout too
            raise SearchUnavailable(f"the search cluster is unreachable: {exc}") from exc
        except TransportError as exc:
            if exc.status_code in (502, 503, 504):  # no cluster manager, shards unassigned
                raise SearchUnavailable(f"the search cluster cannot answer: {exc}") from exc
            raise

    return guarded


body_counts = _read(_engine.body_counts)
body_lengths = _read(_engine.body_lengths)
facets_for = _read(_engine.facets_for)
match_set = _read(_engine.match_set)
more_like_this = _read(_engine.more_like_this)
normalized_bodies = _read(_engine.normalized_bodies)
ranked = _read(_engine.ranked)
search = _read(_engine.search)
speech_facts = _read(_engine.speech_facts)
status = _read(_status)

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
    "text_version_differences",
]
