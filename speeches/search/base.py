"""The engine contract: what every search engine offers the public face (``speeches.search``).

An engine is a module (``speeches.search.embedded.api``, ``speeches.search.opensearch.api``)
whose functions have these signatures; ``engines.current()`` loads the configured one, and
mypy checks both modules against ``SearchEngine`` (see ``engines``). Adding an operation means
adding it here, to both engine modules and to the face, and nowhere else.

The result types are those of ``speeches.search.results`` (re-exported here): an engine
returns them, the face hands them on, and nothing above the face sees an engine's own types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Protocol

from speeches.search.results import (
    Facet,
    Hit,
    MatchSet,
    QueryError,
    SearchPage,
    SearchUnavailable,
    SpeechFacts,
)

__all__ = [
    "Facet",
    "Hit",
    "MatchSet",
    "QueryError",
    "SearchEngine",
    "SearchPage",
    "SearchUnavailable",
    "SpeechFacts",
]


class SearchEngine(Protocol):
    """Reads raise ``QueryError`` for bad parameters and ``SearchUnavailable`` when the
    engine cannot answer now; writes raise on failure (the outbox keeps the change)."""

    NAME: str

    # --- search ------------------------------------------------------------------------------

    def search(
        self,
        q: str = "",
        *,
        campaign: str | None = None,
        level: str | None = None,
        speaker: str | None = None,
        year: int | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        sort: str = "relevance",
        page: int = 1,
        page_size: int = 20,
        with_facets: bool = True,
        with_snippets: bool = True,
    ) -> SearchPage:
        """One page of the speeches whose normalized title/text holds all of q's terms."""
        ...

    def more_like_this(self, speech_id: int, limit: int = 5) -> list[int]: ...

    # --- facets and counts -------------------------------------------------------------------

    def facets_for(self, ids: Iterable[int]) -> dict[str, list[Facet]]: ...

    def match_set(self, q: str = "", **params: object) -> MatchSet:
        """The whole exact match set of q under the filters of ``search`` (no ranking)."""
        ...

    def ranked(self, match: MatchSet, sort: str = "relevance") -> list[tuple[int, float]]: ...

    def speech_facts(self, ids: Iterable[int]) -> dict[int, SpeechFacts]: ...

    # --- literal counts over normalized bodies -----------------------------------------------

    def body_counts(self, ids: Iterable[int], needle: str) -> dict[int, int]:
        """Non-overlapping occurrences of a normalized literal in each speech's body."""
        ...

    def body_lengths(self, ids: Iterable[int]) -> dict[int, int]: ...

    def normalized_bodies(self, ids: Iterable[int]) -> Iterator[tuple[int, str]]: ...

    # --- writes ------------------------------------------------------------------------------

    def index_speeches(self, ids: Iterable[int]) -> None:
        """(Re)index these speeches; ids not in the database or unpublished are removed."""
        ...

    def remove_speeches(self, ids: Iterable[int]) -> None: ...

    def rebuild(self, verbose: bool = False) -> int:
        """Build a fresh index from the database and swap it in; returns the count."""
        ...

    def begin_rebuild(self) -> None:
        """haystack's rebuild protocol: the live index stays until ``index_batch`` filled
        a fresh one."""
        ...

    def index_batch(self, ids: Iterable[int]) -> None: ...

    def reset(self) -> None: ...

    def optimize(self) -> None: ...

    # --- health ------------------------------------------------------------------------------

    def status(self) -> dict[str, object]:
        """The index compared with the database: ids missing from it or extra in it."""
        ...

    def text_version_differences(self) -> list[str] | None:
        """What differs between the live index's text version (``textversion``) and this
        process's: [] = none, None = there is no live index yet."""
        ...
