"""The embedded engine's research primitives: exact match sets and literal occurrences.

What the concordance, trends and exports need from an engine (see the public face in
``speeches.search``); another engine implements the same functions over its own store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from speeches.search.embedded import engine
from speeches.search.embedded.literal import literal
from speeches.search.query import parse_query
from speeches.search.results import MatchSet, SpeechFacts
from speeches.search.rules import active_filters
from speeches.text.normalize import normalize_document

try:  # counting UTF-8 continuation bytes is ~5x faster than decoding for lengths
    import numpy as _np
except ImportError:  # pragma: no cover
    _np = None


def match_set(q: str = "", **params: object) -> MatchSet:
    parsed = parse_query(q or "")
    filters = active_filters(parsed, **params)
    snap = engine.snapshot()
    domain = engine._filtered(snap, filters)
    ids = engine.match(parsed.tree, domain, snap)
    needles = tuple(
        dict.fromkeys(
            x for x in (normalize_document(t.text) for t in parsed.positive_terms()) if x.strip()
        )
    )
    return MatchSet(
        query=q or "",
        ids=frozenset(ids),
        domain=frozenset(domain),
        needles=needles,
        parsed=parsed,
        filters=filters,
    )


def body_counts(ids: Iterable[int], needle: str) -> dict[int, int]:
    """Occurrences of a normalized literal in each speech's normalized body."""
    lit = literal(engine.snapshot())
    sids = [sid for sid in ids if sid in lit.snap.meta]
    spans = [lit.body_span(sid) for sid in sids]
    return dict(zip(sids, lit.snap.store.count_many(spans, needle.encode("utf-8")), strict=True))


def normalized_bodies(ids: Iterable[int]) -> Iterator[tuple[int, str]]:
    lit = literal(engine.snapshot())
    for sid in ids:
        if sid in lit.snap.meta:
            yield sid, lit.body_text(sid)


def body_lengths(ids: Iterable[int]) -> dict[int, int]:
    """Characters of each speech's normalized body."""
    snap = engine.snapshot()
    lit = literal(snap)
    out: dict[int, int] = {}
    for sid in ids:
        if sid not in snap.meta:
            continue
        offset, length = lit.body_span(sid)
        if _np is None or length == 0:
            out[sid] = len(snap.store.read(offset, length))
            continue
        view = _np.frombuffer(snap.store._view(offset + length), _np.uint8, length, offset)
        out[sid] = length - int(_np.count_nonzero((view & 0xC0) == 0x80))
    return out


def speech_facts(ids: Iterable[int]) -> dict[int, SpeechFacts]:
    meta = engine.snapshot().meta
    return {
        sid: SpeechFacts(m.date, m.level, m.speaker, m.campaigns)
        for sid in ids
        if (m := meta.get(sid)) is not None
    }


def ranked(match: MatchSet, sort: str = "relevance") -> list[tuple[int, float]]:
    """Every id of the match set in the order of the search page (relevance or date)."""
    snap = engine.snapshot()
    ids = set(match.ids) & set(snap.meta)
    terms = match.parsed.positive_terms()
    if sort in ("relevance", "hits") and terms:
        return engine._by_relevance(snap, ids, terms, None, by_hits=sort == "hits")
    order = engine._by_date(snap, ids, len(ids), newest_first=sort != "date")
    return [(sid, 0.0) for sid in order]


def facets(ids: Iterable[int]) -> dict:
    return engine._facets(engine.snapshot(), set(ids))
