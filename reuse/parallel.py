"""The alignment step of a full pass spread over forked worker processes.

Alignment is pure CPU over texts already in memory, so forked children read the parent's
prepared speeches without copying them and return plain tuples. The parent plans the pairs
(``corpus.plan_pairs``) in the same order as the serial pass, and results come back in plan
order: the rows written are exactly those of a serial pass.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice

from reuse.align import Match
from reuse.corpus import align_partners
from reuse.detect import Doc

Row = tuple[int, int, int, int, int, int, float]
CHUNK = 25  # planned speeches per task: small enough to balance, large enough to amortize

_docs: Mapping[int, Doc] = {}  # set in the parent before the fork; read by the children
_min_length = 0


def to_row(docs: Mapping[int, Doc], speech_id: int, other_id: int, m: Match) -> Row:
    """A passage as stored: spans into each speech's body, similarity to 4 places."""
    start, end = docs[speech_id].text.body_span(m.a_start, m.a_end)
    other_start, other_end = docs[other_id].text.body_span(m.b_start, m.b_end)
    return speech_id, other_id, start, end, other_start, other_end, round(m.similarity, 4)


def _load(wanted: list[int]) -> dict[int, Doc]:
    return {i: _docs[i] for i in wanted if i in _docs}


def _align_chunk(chunk: list[tuple[int, list[int]]]) -> list[Row]:
    rows: list[Row] = []
    for speech_id, partners in chunk:
        for sid, oid, m in align_partners(speech_id, partners, _load, min_length=_min_length):
            rows.append(to_row(_docs, sid, oid, m))
    return rows


def _chunks(plan: Iterable[tuple[int, list[int]]]) -> Iterator[list[tuple[int, list[int]]]]:
    it = iter(plan)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def aligned_rows(
    plan: Iterable[tuple[int, list[int]]],
    docs: Mapping[int, Doc],
    *,
    min_length: int,
    workers: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Row]:
    """The rows of every planned speech, aligned by ``workers`` forked processes. ``docs``
    must hold every speech the plan names (a full pass loads them all first)."""
    global _docs, _min_length
    _docs, _min_length = docs, min_length
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for done, rows in enumerate(pool.imap(_align_chunk, _chunks(plan))):
                if progress is not None:
                    progress(done * CHUNK)
                yield from rows
    finally:
        _docs, _min_length = {}, 0
