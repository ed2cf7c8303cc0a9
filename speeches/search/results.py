"""What a search returns (pure: no Django, no Whoosh)."""

from __future__ import annotations

from dataclasses import dataclass, field

from speeches.search.query import ParsedQuery


class QueryError(ValueError):
    """Bad search *parameters* (unknown sort, page < 1, …); query strings never raise."""


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
