"""The best-ranked window of a match set, scored by the cluster itself.

Scoring every matched speech by a script over its stored text costs seconds for a common
word (every match's text is read). Indexes of ``mapping.FORMAT`` 2 score a literal by its
raw occurrences (``mapping.TF_SIMILARITY``), so the archive's BM25 term weight (see
``speeches.search.ranking``) becomes a ``script_score`` over doc values: the cluster ranks
the whole match set from its postings and returns only the best ``n``.

Lucene scores in 32-bit floats and counts overlapping occurrences, so the window is only a
candidate set: the engine rescores it exactly (the shared rule, in doubles) and cuts it.
Needles that can overlap themselves ("哈哈") would count differently: those queries, and
indexes of the old format, take the exact path over the whole match set.
"""

from __future__ import annotations

import time

from speeches.search import ranking
from speeches.search.opensearch import client as conn
from speeches.search.opensearch.mapping import current_format
from speeches.search.opensearch.querying import literal

MARGIN = 20  # extra candidates: ties and float rounding at the window's edge
MAX_WINDOW = 2000  # deeper pages take the exact path
MAX_NEEDLES = 16

_BM25_TERM = """
double tf = Math.round(_score / params.grams);
double norm = params.k1 * (1 - params.b + params.b * doc['length'].value / params.avg);
return params.weight * tf / (tf + norm);
"""

_checked: dict[str, tuple[float, bool]] = {}  # alias -> (when, scored by occurrences)
_CHECK_EVERY = 10.0  # seconds: a rebuild may swap the alias to an index of another format


def _self_overlapping(needle: str) -> bool:
    return any(needle[:k] == needle[-k:] for k in range(1, len(needle)))


def _format_ok() -> bool:
    alias = conn.alias()
    seen = _checked.get(alias)
    if seen is not None and time.monotonic() - seen[0] < _CHECK_EVERY:
        return seen[1]
    mappings = conn.client().indices.get_mapping(index=alias)
    ok = bool(mappings) and all(
        current_format(m["mappings"].get("_meta", {})) for m in mappings.values()
    )
    _checked[alias] = (time.monotonic(), ok)
    return ok


def applicable(needles: list[str], n: int) -> bool:
    return (
        0 < len(needles) <= MAX_NEEDLES
        and n + MARGIN <= MAX_WINDOW
        and not any(_self_overlapping(x) for x in needles)
        and _format_ok()
    )


def _scored(needle: str, weight: float, avg: float) -> dict:
    params = {
        "grams": max(1, len(needle) - 1),  # a phrase of len - 1 bigrams; one character: 1
        "weight": weight,
        "k1": ranking.K1,
        "b": ranking.B,
        "avg": avg,
    }
    return {
        "script_score": {
            "query": literal("all", needle),
            "script": {"lang": "painless", "source": _BM25_TERM, "params": params},
        }
    }


def _top(query: dict, size: int) -> list[int]:
    body = {
        "query": query,
        "size": size,
        "sort": [{"_score": "desc"}, {"date": "desc"}, {"speech_id": "desc"}],
        "_source": False,
        "track_total_hits": False,
    }
    hits = conn.client().search(index=conn.alias(), body=body)["hits"]["hits"]
    return [int(h["_id"]) for h in hits]


def window(
    query: dict, needles: list[str], n: int, *, n_docs: int, avg: float, df: dict[str, int]
) -> list[int]:
    """Ids that hold the best ``n`` of ``query``'s matches under the shared rule.

    The best by body score, plus the best of those whose title holds every needle (the
    rule lifts them above all others); the first of the former carries the top body score
    that lift adds.
    """
    scored = [
        _scored(x, ranking.idf(n_docs, max(1, df.get(x, 1))) * (ranking.K1 + 1), avg)
        for x in needles
    ]
    size = n + MARGIN
    body = _top({"bool": {"filter": [query], "should": scored}}, size)
    titled_query = {"bool": {"filter": [query] + [literal("title", x) for x in needles]}}
    titled = _top({"bool": {"filter": [titled_query], "should": scored}}, size)
    return list(dict.fromkeys(body + titled))
