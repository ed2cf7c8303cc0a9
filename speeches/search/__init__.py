"""The search module's public face: code outside ``speeches.search`` calls the engine only here.

The configured engine (``engines.current()``, the contract in ``base.py``) answers every
function below. The engines themselves (``embedded/``, ``opensearch/``) are private to this
package, like every other module here (``.importlinter`` and tests/test_architecture.py
check it). Public on purpose, because they are pure and engine-free: ``query`` (parsing),
``results`` (result types), ``highlight`` and ``source_map`` (marking matches in a text),
``analysis`` (jieba words).

Importable without configured Django: nothing here touches Django, Whoosh or the index until
a function is called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from speeches.search import engines, highlight, textversion
from speeches.search.query import And, Not, Or, ParsedQuery, Term, parse_query
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
    "And",
    "Facet",
    "Hit",
    "MatchSet",
    "Not",
    "Or",
    "ParsedQuery",
    "QueryError",
    "SearchPage",
    "SearchUnavailable",
    "SpeechFacts",
    "Term",
    "body_counts",
    "body_lengths",
    "facets_for",
    "highlight_spans",
    "index_speeches",
    "index_status",
    "match_set",
    "more_like_this",
    "normalized_bodies",
    "optimize_index",
    "parse_query",
    "ranked",
    "rebuild_index",
    "remove_speeches",
    "search",
    "speech_facts",
    "text_fingerprint",
    "text_version_differences",
]


def search(
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
    """Every speech whose normalized title/text contains all of q's terms, one page of them.

    Raises QueryError only for bad parameters; any ``q`` parses.
    """
    return engines.current().search(
        q,
        campaign=campaign,
        level=level,
        speaker=speaker,
        year=year,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        page=page,
        page_size=page_size,
        with_facets=with_facets,
        with_snippets=with_snippets,
    )


def index_speeches(ids: Iterable[int]) -> None:
    """(Re)index these speeches; ids not in the database or unpublished are removed.

    Holds the cross-process index write lock while reading the rows; raises on failure.
    """
    engines.current().index_speeches(ids)


def remove_speeches(ids: Iterable[int]) -> None:
    """Remove these speeches from the index; raises on failure (never silently)."""
    engines.current().remove_speeches(ids)


def rebuild_index() -> int:
    """Rebuild from the database into a fresh index and swap it in; returns the count."""
    return engines.current().rebuild()


def index_status() -> dict[str, object]:
    """Compare the index with the database: ids missing from it or extra in it."""
    return engines.current().status()


def optimize_index() -> None:
    """Merge index segments (offline maintenance; slow on big indexes)."""
    engines.current().optimize()


def text_fingerprint() -> dict[str, str]:
    """This process's text version (normalization rules, OpenCC, Unicode, jieba and its user
    dictionary): data derived from normalized texts records it, to know when it is stale."""
    return textversion.fingerprint()


def text_version_differences() -> list[str] | None:
    """How the live index's text version differs from this process's ([] = not at all,
    None = no index yet): a difference means stored texts and new queries may disagree."""
    return engines.current().text_version_differences()


def more_like_this(speech_id: int, limit: int = 5) -> list[int]:
    return engines.current().more_like_this(speech_id, limit)


def highlight_spans(text: str, q: str) -> list[tuple[int, int]]:
    """Spans in the ORIGINAL ``text`` of every literal match of q's positive terms."""
    return highlight.spans(text, parse_query(q).positive_terms())


# --- research primitives: exact match sets and literal occurrences -------------------------
# Concordance, trends and exports (speeches/research) call only these; an engine provides
# them over its own store. Literals are normalized (``MatchSet.needles``); counts are of
# non-overlapping occurrences in the normalized BODY (the ``text`` of /api/speeches/<id>).


def match_set(q: str = "", **filters: object) -> MatchSet:
    """Every speech matching ``q`` under the filters of ``search`` (no ranking, no page)."""
    return engines.current().match_set(q, **filters)


def body_counts(ids: Iterable[int], needle: str) -> dict[int, int]:
    return engines.current().body_counts(ids, needle)


def normalized_bodies(ids: Iterable[int]) -> Iterator[tuple[int, str]]:
    """(id, normalized body) for each indexed id, lazily."""
    return engines.current().normalized_bodies(ids)


def body_lengths(ids: Iterable[int]) -> dict[int, int]:
    """Characters of each speech's normalized body."""
    return engines.current().body_lengths(ids)


def speech_facts(ids: Iterable[int]) -> dict[int, SpeechFacts]:
    return engines.current().speech_facts(ids)


def ranked(match: MatchSet, sort: str = "relevance") -> list[tuple[int, float]]:
    """The whole match set in search order (relevance or date), with scores."""
    return engines.current().ranked(match, sort)


def facets_for(ids: Iterable[int]) -> dict[str, list[Facet]]:
    return engines.current().facets_for(ids)
