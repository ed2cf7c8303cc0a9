"""What a search returns (pure: no Django, no Whoosh)."""

from __future__ import annotations

from dataclasses import dataclass, field

from speeches.search.query import ParsedQuery

# relevance; newest first; oldest first; most literal occurrences of the terms first
SORTS = ("relevance", "-date", "date", "hits")
MAX_PAGE_SIZE = 100


class QueryError(ValueError):
    """Bad search *parameters* (unknown sort, page < 1, …); query strings never raise."""


class SearchUnavailable(RuntimeError):
    """The search engine cannot answer now (the cluster is unreachable): pages say so with
    a 503 instead of failing; writes wait in the outbox meanwhile."""


@dataclass
class Facet:
    value: str
    label: str
    count: int


@dataclass
class Hit:
    speech_id: int
    score: float
    snippets: list[str]
    occurrences: int  # literal matches of the query's positive terms in title + body
    # (``heading:`` terms: their matches in the outline headings instead)
    headings: list[str] = field(default_factory=list)  # HTML of the headings ``heading:`` matched


@dataclass
class SearchPage:
    query: str
    count: int
    page: int
    page_size: int
    hits: list[Hit]
    facets: dict[str, list[Facet]]
    parsed: ParsedQuery
    filters: dict[str, object] = field(default_factory=dict)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))

    @property
    def speech_ids(self) -> list[int]:
        return [hit.speech_id for hit in self.hits]


@dataclass(frozen=True)
class SpeechFacts:
    """What the index knows of a speech, for ordering and grouping research results."""

    date: int  # yyyymmdd, 0 = unknown
    level: str
    speaker: str
    campaigns: tuple[str, ...]

    @property
    def year(self) -> int | None:
        return self.date // 10000 if self.date else None


@dataclass(frozen=True)
class MatchSet:
    """The exact match set of a query under filters: every speech, no ranking."""

    query: str
    ids: frozenset[int]
    domain: frozenset[int]  # every speech passing the filters (matched or not)
    needles: tuple[str, ...]  # the positive terms' literals, normalized, in query order
    parsed: ParsedQuery
    filters: dict[str, object] = field(default_factory=dict)
