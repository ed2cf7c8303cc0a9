"""Relevance from literal occurrences: BM25 over what was typed, plus a literal title tier.

Pure (no Django, no Whoosh, no index): every engine calls this with its own way to count,
so the embedded index and a cluster engine order the same matches the same way.

For each positive term t of the query and each matched speech d:

    tf  = non-overlapping occurrences of t in d's normalized title + "\\n" + text
    df  = size of t's exact match set over the whole archive (not only the filtered part)
    idf = ln(1 + (N - df + 0.5) / (df + 0.5))
    bm25(d) = sum_t idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(d) / avg_len))

lengths in characters. A speech whose title holds every positive term is lifted above any
body-only score (the top body score is added), so a literal title match comes first. Every
matched speech gets a score above zero as long as it holds one term: nothing is left
unscored and nothing is ordered by date in place of relevance.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

K1 = 1.2
B = 0.75


def idf(n_docs: int, df: int) -> float:
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def bm25_scores(
    terms: Sequence[str],
    ids: Iterable[int],
    *,
    count: Callable[[int, str], int],
    length: Callable[[int], int],
    n_docs: int,
    avg_length: float,
    df: Mapping[str, int],
    titled: Collection[int] = (),
) -> dict[int, float]:
    """Score of every id: BM25 over literal occurrences, title tier included.

    ``count(id, term)`` = occurrences of the normalized term in the speech's normalized
    title + text; ``length(id)`` its length in characters; ``df[term]`` the size of the
    term's exact match set; ``titled`` the ids whose title alone holds every term.
    """
    terms = [t for t in dict.fromkeys(terms) if t]
    ids = list(ids)
    scores = dict.fromkeys(ids, 0.0)
    if not terms or not ids or n_docs <= 0:
        return scores
    avg = avg_length if avg_length > 0 else 1.0
    norms = {sid: K1 * (1 - B + B * length(sid) / avg) for sid in ids}
    for term in terms:
        weight = idf(n_docs, max(1, df.get(term, 1))) * (K1 + 1)
        for sid in ids:
            tf = count(sid, term)
            if tf:
                scores[sid] += weight * tf / (tf + norms[sid])
    if titled:
        top = max(scores.values(), default=0.0)
        for sid in titled:
            if sid in scores:
                scores[sid] += top
    return scores


def rank(
    scores: Mapping[int, float],
    limit: int | None = None,
    tiebreak: Callable[[int], object] | None = None,
) -> list[tuple[int, float]]:
    """(id, score) best first; ties by ``tiebreak(id)`` ascending (default: newest id first)."""
    key = tiebreak or (lambda sid: -sid)
    items: Iterable[tuple[int, float]] = scores.items()
    if limit is not None and limit < len(scores):
        # Only the scores reaching the limit-th best need the (slower) full sort key.
        floor = heapq.nlargest(limit, scores.values())[-1] if limit > 0 else float("inf")
        items = [kv for kv in items if kv[1] >= floor]
    ordered = sorted(items, key=lambda kv: (-kv[1], key(kv[0])))
    return ordered if limit is None else ordered[:limit]
