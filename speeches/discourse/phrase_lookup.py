"""Literal counts of a vocabulary's phrases in a text, in numpy (pure: no Django).

Every Han substring of 2-8 characters of the text is hashed (a 64-bit polynomial hash, rolled
over the code points) and looked up among the vocabulary's hashes, which are unique: the
build picks a multiplier under which no two phrases share one. A hit is then compared with
the phrase itself, so a hash that happens to equal a phrase's never counts. The counts are
``str.count``'s: an overlapping count, corrected by ``str.count`` for the few phrases that
can overlap themselves (哈哈, 一个一个).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from speeches.discourse import units

TERM = np.dtype("U8")  # a phrase of at most units.MAX_CHARS characters, zero padded
WIDTH = 8
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)
_MASK = 2**64 - 1
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # as units.HAN_CHARS


def _codes(terms: np.ndarray) -> np.ndarray:
    """(n, 8) code points of TERM strings, zero padded."""
    return np.ascontiguousarray(terms, dtype=TERM).view(np.uint32).reshape(-1, WIDTH)


def _hash_rows(codes: np.ndarray, multiplier: int) -> np.ndarray:
    m = np.uint64(multiplier)
    h = np.zeros(len(codes), dtype=np.uint64)
    for i in range(WIDTH):
        h = h * m + codes[:, i].astype(np.uint64)
    return h


def _powers(multiplier: int) -> list[np.uint64]:
    return [np.uint64(pow(multiplier, e, 2**64) & _MASK) for e in range(WIDTH + 1)]


def _is_han(codes: np.ndarray) -> np.ndarray:
    found = np.zeros(len(codes), dtype=bool)
    for low, high in _HAN:
        found |= (codes >= low) & (codes <= high)
    return found


@dataclass
class Lookup:
    vocabulary: np.ndarray  # sorted phrases (TERM); a phrase's id is its position
    hashes: np.ndarray  # the phrases' hashes, sorted (uint64)
    order: np.ndarray  # the id of each sorted hash
    overlaps: np.ndarray  # per id: can two occurrences overlap?
    multiplier: int

    @classmethod
    def build(cls, vocabulary: list[str]) -> Lookup:
        """For a sorted vocabulary: the first multiplier giving every phrase its own hash."""
        terms = np.array(vocabulary, dtype=TERM)
        codes = _codes(terms)
        overlaps = np.fromiter(
            (units.overlaps_itself(t) for t in vocabulary), dtype=bool, count=len(vocabulary)
        )
        for multiplier in _MULTIPLIERS:
            h = _hash_rows(codes, multiplier)
            order = np.argsort(h, kind="stable")
            hashes = h[order]
            if not (hashes[1:] == hashes[:-1]).any():
                return cls(terms, hashes, order.astype(np.int32), overlaps, multiplier)
        raise RuntimeError("no collision-free hash multiplier for this vocabulary")

    def __len__(self) -> int:
        return len(self.vocabulary)

    def _find(self, hashes: np.ndarray) -> np.ndarray:
        """The id of each hash's phrase, -1 where none has it (still to be confirmed)."""
        if not len(self.hashes):
            return np.full(len(hashes), -1, dtype=np.int64)
        # Sorted needles walk the table in order: far fewer cache misses than random ones.
        needles = np.argsort(hashes)
        at = np.empty(len(hashes), dtype=np.int64)
        at[needles] = np.searchsorted(self.hashes, hashes[needles])
        at = np.minimum(at, len(self.hashes) - 1)
        return np.where(self.hashes[at] == hashes, self.order[at], -1)

    def ids(self, terms: Iterable[str]) -> np.ndarray:
        """Each term's id, -1 for a term outside the vocabulary."""
        wanted = np.array(list(terms), dtype=TERM)
        if not len(wanted):
            return np.zeros(0, dtype=np.int64)
        codes = _codes(wanted)
        found = self._find(_hash_rows(codes, self.multiplier))
        hit = found >= 0
        same = np.zeros(len(found), dtype=bool)
        same[hit] = (_codes(self.vocabulary[found[hit]]) == codes[hit]).all(axis=1)
        return np.where(same, found, -1)

    def count(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(ids, counts): ``text.count(phrase)`` of every phrase occurring in ``text``."""
        c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        n = len(c)
        if n < units.MIN_CHARS or not len(self.hashes):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        outside = np.concatenate([[0], np.cumsum(~_is_han(c))])
        powers = _powers(self.multiplier)
        m = powers[1]
        wide = c.astype(np.uint64)
        rolling = np.zeros(n + 1, dtype=np.uint64)
        found = []
        for k in range(1, min(units.MAX_CHARS, n) + 1):
            rolling = rolling[: n - k + 1] * m + wide[k - 1 :]  # hash of c[j : j + k]
            if k < units.MIN_CHARS:
                continue
            starts = np.nonzero(outside[k:] == outside[: n - k + 1])[0]  # all Han
            ids = self._find(rolling[starts] * powers[WIDTH - k])
            hit = ids >= 0
            starts, ids = starts[hit], ids[hit]
            window = c[starts[:, None] + np.arange(k)]
            phrase = _codes(self.vocabulary[ids])
            same = (phrase[:, :k] == window).all(axis=1) & (phrase[:, k:] == 0).all(axis=1)
            found.append(ids[same])
        ids, counts = np.unique(np.concatenate(found), return_counts=True)
        for at in np.nonzero((counts > 1) & self.overlaps[ids])[0]:
            counts[at] = text.count(str(self.vocabulary[ids[at]]))
        return ids, counts
