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
from reuse.detect import Doc, Postings, passages_from_seeds, seeds


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
        sort = np.argsort(hashes, kind="stable")
        self.hashes = hashes[sort]
        self.owners = owners[sort]
        known = np.fromiter(order.keys(), dtype=np.int64, count=len(order))
        ranks = np.fromiter(order.values(), dtype=np.int64, count=len(order))
        sort_known = np.argsort(known)
        known, ranks = known[sort_known], np.r_[ranks[sort_known], len(order)]
        at = np.searchsorted(known, self.owners)
        found = (at < len(known)) & (known[np.minimum(at, len(known) - 1)] == self.owners)
        self.ranks = np.where(found, ranks[at], len(order))

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
        which, rows = self.postings(hashes)
        keep = self.owners[rows] != speech_id
        which, rows = which[keep], rows[keep]
        if len(rows) == 0:
            return []
        order = np.lexsort((self.ranks[rows], which))
        which, rows = which[order], rows[order]
        first = np.r_[0, np.nonzero(np.diff(which))[0] + 1]
        sizes = np.diff(np.r_[first, len(which)])
        within = np.arange(len(which)) - np.repeat(first, sizes)
        chosen = np.unique(self.owners[rows[within < per_position]])
        return [int(i) for i in chosen]

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


def pair_passages(
    ids: Iterable[int],
    index: CorpusIndex,
    load: Callable[[list[int]], Mapping[int, Doc]],
    *,
    min_length: int,
    per_position: int,
    postings: Postings | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, int, Match]]:
    """(speech, partner, passage) for each speech of ``ids`` against its candidates; each
    unordered pair is aligned once. ``load`` returns the prepared docs of the ids given
    (those that exist); ``postings`` of the whole corpus save building them per speech."""
    done: set[tuple[int, int]] = set()
    for done_count, speech_id in enumerate(ids):
        if progress is not None:
            progress(done_count)
        mine = load([speech_id]).get(speech_id)
        if mine is None:
            continue
        docs = load(index.candidates(speech_id, mine.hashes, per_position))
        partners = [o for o in docs if (min(speech_id, o), max(speech_id, o)) not in done]
        done.update((min(speech_id, o), max(speech_id, o)) for o in partners)
        local = postings or Postings.of({o: docs[o] for o in partners})
        found = seeds(mine, local, np.asarray(partners, dtype=np.int64), speech_id)
        for other_id, pairs in found.items():
            for m in passages_from_seeds(mine, docs[other_id], pairs, min_length):
                yield speech_id, other_id, m
