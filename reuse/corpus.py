"""Fingerprints of the whole archive in sorted arrays: candidate partners of a speech. Pure.

A speech's candidates are the speeches sharing one of its fingerprints. A passage copied into
hundreds of speeches would make every copy a candidate of every other, so each position of
the speech keeps only its ``per_position`` earliest partners (earliest by date, then id): the
sources that matter for "who said it first", and a bound on the work and the stored data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

import numpy as np

from reuse.align import Match
from reuse.detect import Doc, passages_from_seeds, seeds_from_docs


class CorpusIndex:
    def __init__(self, fingerprints: Mapping[int, np.ndarray], order: Mapping[int, int]):
        """``fingerprints``: speech id -> its winnowed hashes; ``order``: speech id -> rank
        (0 = earliest)."""
        ids = np.fromiter(fingerprints.keys(), dtype=np.int64, count=len(fingerprints))
        sizes = np.fromiter((len(h) for h in fingerprints.values()), dtype=np.int64, count=len(ids))
        hashes = (
            np.concatenate([np.asarray(h, dtype=np.uint32) for h in fingerprints.values()])
            if len(ids)
            else np.zeros(0, dtype=np.uint32)
        )
        owners = np.repeat(ids, sizes)
        ranks = _ranks(owners, order)
        # by hash, then earliest first: a hash's first rows are its earliest speeches
        sort = np.lexsort((ranks, hashes))
        self.hashes = hashes[sort]
        self.owners = owners[sort]
        self.ranks = ranks[sort]

    def __len__(self) -> int:
        return len(self.hashes)

    def postings(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into ``hashes``, owner) for every occurrence of each hash in the corpus."""
        lo = np.searchsorted(self.hashes, hashes, side="left")
        hi = np.searchsorted(self.hashes, hashes, side="right")
        counts = hi - lo
        which = np.repeat(np.arange(len(hashes)), counts)
        starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
        rows = starts + np.arange(counts.sum())
        return which, rows

    def candidates(self, speech_id: int, hashes: np.ndarray, per_position: int) -> list[int]:
        """Speeches sharing a fingerprint with ``hashes``, at most ``per_position`` earliest
        per fingerprint; the speech itself excluded."""
        lo = np.searchsorted(self.hashes, hashes, side="left")
        hi = np.searchsorted(self.hashes, hashes, side="right")
        slots = lo[:, None] + np.arange(per_position + 1)[None, :]
        valid = slots < hi[:, None]
        owners = self.owners[np.where(valid, slots, 0)] if len(self.owners) else slots
        valid &= owners != speech_id
        valid &= np.cumsum(valid, axis=1) <= per_position
        return [int(i) for i in np.unique(owners[valid])]

    def document_frequency(self, hashes: np.ndarray) -> np.ndarray:
        lo = np.searchsorted(self.hashes, hashes, side="left")
        hi = np.searchsorted(self.hashes, hashes, side="right")
        return hi - lo

    def containing(self, hashes: np.ndarray, share: float = 0.8) -> list[int]:
        """Speeches holding at least ``share`` of the distinct ``hashes``."""
        distinct = np.unique(hashes)
        which, rows = self.postings(distinct)
        pairs = np.unique(np.stack([self.owners[rows], which]), axis=1)
        owners, counts = np.unique(pairs[0], return_counts=True)
        return [int(o) for o in owners[counts >= share * len(distinct)]]


def _ranks(owners: np.ndarray, order: Mapping[int, int]) -> np.ndarray:
    """The chronological rank of each owner (unknown ones last)."""
    known = np.fromiter(order.keys(), dtype=np.int64, count=len(order))
    ranks = np.fromiter(order.values(), dtype=np.int64, count=len(order))
    sort_known = np.argsort(known)
    known, ranks = known[sort_known], np.r_[ranks[sort_known], len(order)]
    if len(known) == 0:
        return np.full(len(owners), len(order), dtype=np.int64)
    at = np.searchsorted(known, owners)
    found = (at < len(known)) & (known[np.minimum(at, len(known) - 1)] == owners)
    return np.where(found, ranks[np.minimum(at, len(ranks) - 1)], len(order))


def _earliest(
    which: np.ndarray, owners: np.ndarray, ranks: np.ndarray, speech_id: int, per_position: int
) -> list[int]:
    """Owners among the ``per_position`` earliest of each fingerprint ``which``."""
    keep = owners != speech_id
    which, owners, ranks = which[keep], owners[keep], ranks[keep]
    if len(owners) == 0:
        return []
    order = np.lexsort((ranks, which))
    which, owners = which[order], owners[order]
    first = np.r_[0, np.nonzero(np.diff(which))[0] + 1]
    sizes = np.diff(np.r_[first, len(which)])
    within = np.arange(len(which)) - np.repeat(first, sizes)
    return [int(i) for i in np.unique(owners[within < per_position])]


class ScannedIndex:
    """The corpus fingerprints unsorted, for the candidates of one new or edited speech:
    one vectorized scan costs less than sorting ten million hashes on every save."""

    def __init__(self, fingerprints: Mapping[int, np.ndarray], order: Mapping[int, int]):
        ids = np.fromiter(fingerprints.keys(), dtype=np.int64, count=len(fingerprints))
        sizes = np.fromiter((len(h) for h in fingerprints.values()), dtype=np.int64, count=len(ids))
        self.hashes = (
            np.concatenate([np.asarray(h, dtype=np.uint32) for h in fingerprints.values()])
            if len(ids)
            else np.zeros(0, dtype=np.uint32)
        )
        self.owners = np.repeat(ids, sizes)
        self.order = order

    def candidates(self, speech_id: int, hashes: np.ndarray, per_position: int) -> list[int]:
        wanted = np.unique(hashes)
        if len(wanted) == 0 or len(self.hashes) == 0:
            return []
        # A 2^24-entry bitmap of the wanted hashes' low bits screens the corpus in one
        # gather; the few survivors are checked exactly.
        bitmap = np.zeros(1 << 24, dtype=bool)
        bitmap[wanted & 0xFFFFFF] = True
        maybe = np.nonzero(bitmap[self.hashes & 0xFFFFFF])[0]
        at = np.minimum(np.searchsorted(wanted, self.hashes[maybe]), len(wanted) - 1)
        exact = wanted[at] == self.hashes[maybe]
        rows, at = maybe[exact], at[exact]
        owners = self.owners[rows]
        return _earliest(at, owners, _ranks(owners, self.order), speech_id, per_position)


def plan_pairs(
    ids: Iterable[int],
    index: CorpusIndex | ScannedIndex,
    load: Callable[[list[int]], Mapping[int, Doc]],
    *,
    per_position: int,
) -> Iterator[tuple[int, list[int]]]:
    """Each speech of ``ids`` that exists, with the partners it is aligned with: each
    unordered pair once, under the first speech of ``ids`` whose candidates name it."""
    done: set[tuple[int, int]] = set()
    for speech_id in ids:
        mine = load([speech_id]).get(speech_id)
        if mine is None:
            continue
        docs = load(index.candidates(speech_id, mine.hashes, per_position))
        partners = [o for o in docs if (min(speech_id, o), max(speech_id, o)) not in done]
        done.update((min(speech_id, o), max(speech_id, o)) for o in partners)
        yield speech_id, partners


def align_partners(
    speech_id: int,
    partners: list[int],
    load: Callable[[list[int]], Mapping[int, Doc]],
    *,
    min_length: int,
) -> Iterator[tuple[int, int, Match]]:
    """(speech, partner, passage) for one planned speech and its partners."""
    mine = load([speech_id])[speech_id]
    docs = load(partners)
    found = seeds_from_docs(mine, {o: docs[o] for o in partners if o in docs}, speech_id)
    for other_id, pairs in found.items():
        for m in passages_from_seeds(mine, docs[other_id], pairs, min_length):
            yield speech_id, other_id, m


def pair_passages(
    ids: Iterable[int],
    index: CorpusIndex | ScannedIndex,
    load: Callable[[list[int]], Mapping[int, Doc]],
    *,
    min_length: int,
    per_position: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, int, Match]]:
    """(speech, partner, passage) for each speech of ``ids`` against its candidates; each
    unordered pair is aligned once. ``load`` returns the prepared docs of the ids given
    (those that exist)."""
    plan = plan_pairs(ids, index, load, per_position=per_position)
    for done_count, (speech_id, partners) in enumerate(plan):
        if progress is not None:
            progress(done_count)
        yield from align_partners(speech_id, partners, load, min_length=min_length)
