"""Keyness of two sub-corpora: the terms one uses more (or less) than the other.

Words: jieba word frequencies, sizes in words. N-grams: the terms are the word-aligned runs
of ``units.phrase_counts`` found anywhere in the archive; their counts, ranked and reported,
are literal, non-overlapping occurrences in the normalized bodies (what the concordance
counts; ``ngram_counts.side_counts``), sizes in characters. Only units are ranked: a phrase
most of whose literal occurrences are not word-aligned (们的, 业的: aligned in a few odd cuts,
counted inside every 我们的, 企业的), a run of words with a particle at an end (的斗争,
国家的) or ending in a number (党的十八), a piece of a year or a bare number (一九五,
一百八十), and a phrase a longer listed one holds nearly all of (四人 beside 四人帮) are
left out (``units``).
Ranked by G², with the log ratio as the effect size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

import numpy as np

from speeches.discourse import stats, units
from speeches.discourse.corpus import Counts, totals
from speeches.research.budget import Budget, unlimited

if TYPE_CHECKING:
    from speeches.discourse.ngram_counts import SideCounts

UNITS = ("word", "ngram")
CANDIDATES = 1000  # n-grams kept per direction before the contained ones are merged


@dataclass(frozen=True)
class Side:
    speeches: int
    size: int


@dataclass(frozen=True)
class KeyTerm:
    term: str
    a: int
    b: int
    g2: float
    log_ratio: float

    @property
    def over(self) -> bool:
        return self.log_ratio > 0


@dataclass
class Keyness:
    a: Side
    b: Side
    unit: str
    min_freq: int
    results: list[KeyTerm] = field(default_factory=list)

    @property
    def over(self) -> list[KeyTerm]:
        return [t for t in self.results if t.over]

    @property
    def under(self) -> list[KeyTerm]:
        return [t for t in self.results if not t.over]


def _scored(
    counts: Mapping[str, tuple[int, int]], size_a: int, size_b: int, min_freq: int
) -> list[KeyTerm]:
    out = [
        KeyTerm(
            term,
            a,
            b,
            round(stats.g2(a, b, size_a, size_b), 4),
            round(stats.log_ratio(a, b, size_a, size_b), 4),
        )
        for term, (a, b) in counts.items()
        if a + b >= min_freq
    ]
    out.sort(key=lambda t: (-t.g2, t.term))
    return out


def word_keyness(
    a: Mapping[int, Counts],
    b: Mapping[int, Counts],
    words_of: Callable[[Iterable[int]], Mapping[int, str]],
    *,
    min_freq: int = 5,
    budget: Budget | None = None,
) -> Keyness:
    """``a``, ``b``: each speech's word counts (vocabulary ids, counts); ``words_of`` names
    the ids."""
    budget = budget or unlimited()
    ta = totals(a.values(), budget)
    tb = totals(b.values(), budget)
    width = max(len(ta), len(tb))
    ta = np.pad(ta, (0, width - len(ta)))
    tb = np.pad(tb, (0, width - len(tb)))
    size_a, size_b = int(ta.sum()), int(tb.sum())
    keep = np.nonzero(ta + tb >= min_freq)[0]
    names = words_of(keep.tolist())
    counts = {names[i]: (int(ta[i]), int(tb[i])) for i in keep.tolist()}
    return Keyness(
        Side(len(a), size_a), Side(len(b), size_b), "word", min_freq,
        _scored(counts, size_a, size_b, min_freq),
    )  # fmt: skip


def _top(g: np.ndarray, over: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Positions of the ``CANDIDATES`` highest ``g`` per direction among ``eligible`` (ties
    at the cut all kept; the caller orders them)."""
    picked = []
    for direction in (over, ~over):
        at = np.nonzero(eligible & direction)[0]
        if len(at) > CANDIDATES:
            cut = np.partition(g[at], len(at) - CANDIDATES)[len(at) - CANDIDATES]
            at = at[g[at] >= cut]
        picked.append(at)
    return np.concatenate(picked)


def _firsts(terms: Iterable[str], n: int) -> list[str]:
    """The first ``n`` terms that are no run of words with a particle at an end (cut only as
    far as needed: a jieba cut per term)."""
    return list(islice((t for t in terms if not units.has_loose_edge(t)), n))


def _candidates(counts: SideCounts, min_freq: int) -> dict[str, tuple[int, int]]:
    """The ``CANDIDATES`` phrases per direction with the highest G², with their exact
    counts (a phrase outside the base vocabulary ranked by its counts in the delta rows)."""
    size_a, size_b = counts.size_a, counts.size_b
    a, b = counts.a, counts.b
    eligible = a + b >= min_freq
    whole = counts.whole()
    if whole is not None:  # pieces of words (们的 of 我们的) are no terms
        eligible &= whole
    at = _top(stats.g2_many(a, b, size_a, size_b), a * size_b > b * size_a, eligible)
    pairs = zip(a[at].tolist(), b[at].tolist(), strict=True)
    pool = dict(zip(counts.names(at.tolist()), pairs, strict=True))
    extra = {
        t: (counts.extra_a.get(t, 0), counts.extra_b.get(t, 0))
        for t in counts.extra_a.keys() | counts.extra_b.keys()
    }
    pool.update(extra)
    pool = {t: n for t, n in pool.items() if not units.is_number_piece(t)}
    scored = sorted(
        ((-stats.g2(x, y, size_a, size_b), t) for t, (x, y) in pool.items() if x + y >= min_freq),
    )  # fmt: skip
    ranked = [t for _g, t in scored]
    over = _firsts((t for t in ranked if pool[t][0] * size_b > pool[t][1] * size_a), CANDIDATES)
    under = _firsts((t for t in ranked if pool[t][0] * size_b <= pool[t][1] * size_a), CANDIDATES)
    # A phrase outside the base was ranked by the delta rows alone: count it everywhere.
    found = {t: counts.recount(t) if t in extra else pool[t] for t in over + under}
    # Such a phrase is word-aligned in no text of the base: at most its occurrences in the
    # texts since are, so it is a piece of words when those are less than its share.
    return {
        t: n for t, n in found.items() if t not in extra or units.is_whole(sum(extra[t]), sum(n))
    }


def ngram_keyness(counts: SideCounts, *, min_freq: int = 5) -> Keyness:
    """Keyness of the word-aligned phrases from their literal counts on both sides
    (``ngram_counts.side_counts``)."""
    picked = _candidates(counts, min_freq)
    keep = set(units.merge_contained(picked.items()))
    picked = {t: c for t, c in picked.items() if t in keep}
    return Keyness(
        Side(counts.speeches_a, counts.size_a), Side(counts.speeches_b, counts.size_b),
        "ngram", min_freq, _scored(picked, counts.size_a, counts.size_b, min_freq),
    )  # fmt: skip
