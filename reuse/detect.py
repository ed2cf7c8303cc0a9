"""Shared passages of a speech with its partners: fingerprint seeds, then alignment. Pure.

Seeds are the fingerprints a speech shares with a partner. Most of them are stock phrases
(中国特色社会主义 turns up in every speech), so before any alignment a seed must be backed
by another seed on (nearly) the same diagonal nearby, or by an exact run of ``GUARANTEE``
characters; a k-gram repeated all over both texts seeds nothing. What survives is extended
by ``align.extend_seed_reversed`` into passages.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reuse.align import MAX_EDIT, RESYNC, Match, extend_seed_reversed
from reuse.fingerprint import GRAM, GUARANTEE, winnow
from reuse.text import Prepared, prepare

MIN_LENGTH = 30  # normalized characters
# Below this share of agreeing characters an alignment is two texts on the same topic
# stepping from one common word to the next, not a copied passage.
MIN_SIMILARITY = 0.75
MAX_MULTIPLICITY = 16  # a gram at m places in one text and n in the other: skip if m*n > this
# Two aligned stretches separated by edits too dense to step over one by one (言论→舆论 and
# 灵敏→灵活 four characters apart) are one passage when they continue on nearly the same
# diagonal after a short gap.
MERGE_GAP = 2 * MAX_EDIT + RESYNC
_BAND = 2 * MAX_EDIT  # how far a seed's diagonal may drift inside a passage with edits


@dataclass(frozen=True)
class Doc:
    """A prepared text with its fingerprints: what detection needs of one speech."""

    text: Prepared
    hashes: np.ndarray
    positions: np.ndarray
    reversed_flat: str


def make_doc(body: str) -> Doc:
    text = prepare(body)
    hashes, positions = winnow(text.flat)
    return Doc(text, hashes, positions, text.flat[::-1])


@dataclass
class Postings:
    """Fingerprints of several documents, sorted by hash, with owner and position."""

    hashes: np.ndarray
    owners: np.ndarray
    positions: np.ndarray

    @classmethod
    def of(cls, docs: dict[int, Doc]) -> Postings:
        if not docs:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty.astype(np.uint32), empty, empty)
        hashes = np.concatenate([d.hashes for d in docs.values()])
        owners = np.repeat(
            np.fromiter(docs.keys(), dtype=np.int64, count=len(docs)),
            [len(d.hashes) for d in docs.values()],
        )
        positions = np.concatenate([d.positions for d in docs.values()])
        order = np.argsort(hashes, kind="stable")
        return cls(hashes[order], owners[order], positions[order])

    def lookup(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``hashes``, row here) for every occurrence of each hash."""
        lo = np.searchsorted(self.hashes, hashes, side="left")
        hi = np.searchsorted(self.hashes, hashes, side="right")
        counts = hi - lo
        which = np.repeat(np.arange(len(hashes)), counts)
        rows = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
        return which, rows


def seeds(x: Doc, postings: Postings, partners: np.ndarray, x_id: int = -1) -> dict[int, list]:
    """Partner id -> [(position in x, position in partner)], backed seeds only, x-ordered."""
    which, rows = postings.lookup(x.hashes)
    owners = postings.owners[rows]
    keep = np.isin(owners, partners) & (owners != x_id)
    which, rows, owners = which[keep], rows[keep], owners[keep]
    if len(rows) == 0:
        return {}
    return _collect(x.positions[which], postings.positions[rows], owners, x.hashes[which])


def _collect(
    pa: np.ndarray, pb: np.ndarray, owners: np.ndarray, hash_values: np.ndarray
) -> dict[int, list]:
    """Drop grams repeated all over both texts, mark backed seeds, group by partner."""
    # multiplicity of each (partner, hash): the number of (pa, pb) pairs it produced
    order = np.lexsort((hash_values, owners))
    key_change = np.r_[True, (np.diff(owners[order]) != 0) | (np.diff(hash_values[order]) != 0)]
    group = np.cumsum(key_change) - 1
    sizes = np.bincount(group)
    multiplicity = np.empty(len(order), dtype=np.int64)
    multiplicity[order] = sizes[group]
    ok = multiplicity <= MAX_MULTIPLICITY
    pa, pb, owners = pa[ok], pb[ok], owners[ok]
    backed = _backed(pa, pb, owners)
    out: dict[int, list] = {}
    for a_pos, b_pos, owner, is_backed in zip(
        pa.tolist(), pb.tolist(), owners.tolist(), backed.tolist(), strict=True
    ):
        out.setdefault(owner, []).append((a_pos, b_pos, is_backed))
    return {owner: sorted(found) for owner, found in out.items()}


def seeds_from_docs(x: Doc, docs: dict[int, Doc], x_id: int = -1) -> dict[int, list]:
    """``seeds`` against several partners at once, without sorting their fingerprints: a
    2^24-entry bitmap of x's hashes screens the partners' hashes in one gather."""
    docs = {k: d for k, d in docs.items() if k != x_id and len(d.hashes)}
    if not docs or len(x.hashes) == 0:
        return {}
    hashes = np.concatenate([d.hashes for d in docs.values()])
    owners = np.repeat(
        np.fromiter(docs.keys(), dtype=np.int64, count=len(docs)),
        [len(d.hashes) for d in docs.values()],
    )
    positions = np.concatenate([d.positions for d in docs.values()])
    bitmap = np.zeros(1 << 24, dtype=bool)
    bitmap[x.hashes & 0xFFFFFF] = True
    maybe = np.nonzero(bitmap[hashes & 0xFFFFFF])[0]
    order_x = np.argsort(x.hashes, kind="stable")
    sorted_x = x.hashes[order_x]
    lo = np.searchsorted(sorted_x, hashes[maybe], side="left")
    hi = np.searchsorted(sorted_x, hashes[maybe], side="right")
    counts = hi - lo
    rows = np.repeat(maybe, counts)
    xs = order_x[np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())]
    if len(rows) == 0:
        return {}
    return _collect(x.positions[xs], positions[rows], owners[rows], x.hashes[xs])


def _backed(pa: np.ndarray, pb: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Seeds with a neighbour on the same diagonal (same partner) within a passage's length."""
    diagonal = pb - pa
    order = np.lexsort((pa, diagonal, owners))
    same_line = (np.diff(owners[order]) == 0) & (np.diff(diagonal[order]) == 0)
    close = np.diff(pa[order]) <= 2 * MIN_LENGTH
    linked = same_line & close
    backed_sorted = np.r_[linked, False] | np.r_[False, linked]
    backed = np.empty(len(order), dtype=bool)
    backed[order] = backed_sorted
    return backed


class _Coverage:
    """Which seeds an earlier extension already walked through, by diagonal."""

    def __init__(self) -> None:
        self._by_diagonal: dict[int, list[Match]] = {}

    def add(self, m: Match) -> None:
        self._by_diagonal.setdefault(m.b_start - m.a_start, []).append(m)

    def covers(self, pa: int, pb: int) -> bool:
        diagonal = pb - pa
        for d in range(diagonal - _BAND, diagonal + _BAND + 1):
            for m in self._by_diagonal.get(d, ()):
                if m.a_start <= pa < m.a_end and m.b_start <= pb < m.b_end:
                    return True
        return False


def passages_from_seeds(
    a: Doc, b: Doc, pairs: list[tuple[int, int, bool]], min_length: int = MIN_LENGTH
) -> list[Match]:
    """Maximal aligned passages of at least ``min_length`` normalized characters in both."""
    fa, fb = a.text.flat, b.text.flat
    matches: list[Match] = []
    coverage = _Coverage()
    last: Match | None = None
    for pa, pb, is_backed in pairs:
        # Most seeds lie inside the passage just extended: the cheap test first.
        if last and last.a_start <= pa < last.a_end and last.b_start <= pb < last.b_end:
            continue
        if not is_backed and fa[pa : pa + GUARANTEE] != fb[pb : pb + GUARANTEE]:
            continue
        if fa[pa : pa + GRAM] != fb[pb : pb + GRAM]:  # a 32-bit hash collision
            continue
        if coverage.covers(pa, pb):
            continue
        last = extend_seed_reversed(fa, a.reversed_flat, pa, fb, b.reversed_flat, pb)
        coverage.add(last)
        matches.append(last)
    long_enough = [
        m
        for m in _merge(matches)
        if m.similarity >= MIN_SIMILARITY
        and a.text.norm_length(m.a_start, m.a_end) >= min_length
        and b.text.norm_length(m.b_start, m.b_end) >= min_length
    ]
    return _maximal(long_enough)


def shared_passages(a: Doc, b: Doc, min_length: int = MIN_LENGTH) -> list[Match]:
    """Passages two documents share (the comparison page's and the tests' entry point)."""
    found = seeds(a, Postings.of({1: b}), np.array([1]))
    return passages_from_seeds(a, b, found.get(1, []), min_length)


def _merge(matches: list[Match]) -> list[Match]:
    out: list[Match | None] = []
    tails: dict[int, list[int]] = {}  # diagonal at the end of a passage -> indexes in out
    for m in sorted(set(matches), key=lambda m: (m.a_start, m.b_start)):
        merged = None
        diagonal = m.b_start - m.a_start
        for d in range(diagonal - _BAND, diagonal + _BAND + 1):
            for i in tails.get(d, ()):
                p = out[i]
                if p is None:
                    continue
                gap_a, gap_b = m.a_start - p.a_end, m.b_start - p.b_end
                if 0 <= gap_a <= MERGE_GAP and 0 <= gap_b <= MERGE_GAP:
                    merged = i
                    break
            if merged is not None:
                break
        if merged is None:
            out.append(m)
        else:
            p = out[merged]
            out[merged] = None
            out.append(Match(p.a_start, m.a_end, p.b_start, m.b_end, p.same + m.same))
        tails.setdefault(m.b_end - m.a_end, []).append(len(out) - 1)
    return [m for m in out if m is not None]


def _maximal(matches: list[Match]) -> list[Match]:
    """Drop a passage lying inside another one (same pair of spans or smaller)."""
    keep: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.a_start - m.a_end, m.a_start)):
        inside = any(
            k.a_start <= m.a_start
            and m.a_end <= k.a_end
            and k.b_start <= m.b_start
            and m.b_end <= k.b_end
            for k in keep
        )
        if not inside:
            keep.append(m)
    return sorted(keep, key=lambda m: (m.a_start, m.b_start))


def passages_between(body_a: str, body_b: str, min_length: int = MIN_LENGTH) -> list[Match]:
    return shared_passages(make_doc(body_a), make_doc(body_b), min_length)
