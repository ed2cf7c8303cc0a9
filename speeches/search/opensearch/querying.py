"""The archive's query tree and filters -> OpenSearch query DSL (pure: no Django, no client).

A literal is matched exactly: two or more characters as a phrase over the bigram field,
one character as a term of the unigram subfield (see the package docstring).
"""

from __future__ import annotations

import datetime as dt

from speeches.search.documents import date_number
from speeches.search.query import And, Node, Not, Or, Term
from speeches.text.normalize import normalize_document

MATCH_ALL: dict = {"match_all": {}}
MATCH_NONE: dict = {"match_none": {}}


def literal(field: str, needle: str) -> dict:
    """Documents whose ``field`` holds ``needle`` (normalized) as a substring."""
    if len(needle) == 1:
        return {"term": {f"{field}.uni": needle}}
    return {"match_phrase": {field: {"query": needle, "slop": 0}}}


def term_query(term: Term) -> dict:
    needle = normalize_document(term.text)
    if not needle.strip():
        return MATCH_ALL  # as the embedded engine: an empty literal constrains nothing
    if term.field == "title":
        return literal("title", needle)
    if term.field == "heading":
        return {"bool": {"filter": [literal("all", needle), literal("headings", needle)]}}
    return literal("all", needle)


def tree_query(node: Node | None) -> dict:
    if node is None:
        return MATCH_ALL
    if isinstance(node, Term):
        return term_query(node)
    if isinstance(node, Not):
        return {"bool": {"must_not": [tree_query(node.item)]}}
    if isinstance(node, Or):
        return {"bool": {"should": [tree_query(i) for i in node.items], "minimum_should_match": 1}}
    if isinstance(node, And):
        positives = [tree_query(i) for i in node.items if not isinstance(i, Not)]
        negatives = [tree_query(i.item) for i in node.items if isinstance(i, Not)]
        clause: dict = {"filter": positives or [MATCH_ALL]}
        if negatives:
            clause["must_not"] = negatives
        return {"bool": clause}
    raise TypeError(f"not a query node: {node!r}")


def filter_clauses(filters: dict[str, object], campaign_slugs: set[str] | None) -> list[dict]:
    """Filter clauses as the embedded engine's ``_filtered`` (unknown dates never pass a
    date or year range)."""
    out: list[dict] = []
    if "campaign" in filters:
        slugs = sorted(campaign_slugs or ())
        out.append({"terms": {"campaigns": slugs}} if slugs else MATCH_NONE)
    if "level" in filters:
        out.append({"term": {"level": str(filters["level"])}})
    if "speaker" in filters:
        out.append({"term": {"speaker": str(filters["speaker"]).strip()}})
    if "year" in filters:
        out.append({"term": {"year": int(filters["year"])}})
    ranges: dict[str, dict] = {}
    if "year_from" in filters:
        ranges.setdefault("year", {})["gte"] = int(filters["year_from"])
    if "year_to" in filters:
        ranges.setdefault("year", {})["lte"] = int(filters["year_to"])
    if "date_from" in filters:
        ranges.setdefault("date", {})["gte"] = date_number(_date(filters["date_from"]))
    if "date_to" in filters:
        ranges.setdefault("date", {})["lte"] = date_number(_date(filters["date_to"]))
    for field, bounds in ranges.items():
        out.append({"range": {field: bounds}})
        out.append({"term": {"dated": 1}})
    return out


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
