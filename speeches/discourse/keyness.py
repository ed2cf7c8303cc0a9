"""Keyness of two sub-corpora: the terms one uses more (or less) than the other.

Words: jieba word frequencies, sizes in words. N-grams: candidates are the word-aligned
runs of ``units.phrase_counts``; the counts reported and scored are literal, non-overlapping
occurrences in the normalized bodies (what the concordance counts), sizes in characters.
Ranked by G², with the log ratio as the effect size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from speeches.discourse import stats, units
from speeches.discourse.corpus import Counts, OverBudget, SpeechTerms, totals
from speeches.research.budget import Budget, unlimited

try:  # SIMD substring counting (see speeches/search/textstore.py); same counts as str.count
    import stringzilla as _sz
except ImportError:  # pragma: no cover
    _sz = None

UNITS = ("word", "ngram")
CANDIDATES = 1000  # n-gram candidates per direction counted literally


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


def _sum(counters: Iterable[Mapping[str, int]], budget: Budget) -> dict[str, int]:
    total: dict[str, int] = {}
    get = total.get
    for done, c in enumerate(counters):
        if budget.spent(done, unit="speeches"):
            raise OverBudget(budget)
        for term, n in c.items():
            total[term] = get(term, 0) + n
    return total


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


def _candidates(
    pa: Mapping[str, int], pb: Mapping[str, int], size_a: int, size_b: int, min_freq: int
):
    both = [(t, x, pb.get(t, 0)) for t, x in pa.items()]
    both += [(t, 0, y) for t, y in pb.items() if t not in pa]
    scored = sorted(
        ((stats.g2(x, y, size_a, size_b), x * size_b > y * size_a, t) for t, x, y in both
         if x + y >= min_freq),
        reverse=True,
    )  # fmt: skip
    over = [t for _, is_over, t in scored if is_over][:CANDIDATES]
    under = [t for _, is_over, t in scored if not is_over][:CANDIDATES]
    return over + under


def literal_counter(texts: Iterable[str]) -> Callable[[str], int]:
    """Non-overlapping occurrences of a term summed over ``texts``. UTF-8 is
    self-synchronizing, so counting bytes counts characters."""
    joined = "\n".join(texts).encode("utf-8")
    if _sz is None:
        return lambda term: joined.count(term.encode("utf-8"))
    view = _sz.Str(joined)
    return lambda term: view.count(term.encode("utf-8"))


def ngram_keyness(
    a: Mapping[int, SpeechTerms],
    b: Mapping[int, SpeechTerms],
    bodies: Callable[[Iterable[int]], Mapping[int, str]],
    *,
    min_freq: int = 5,
    budget: Budget | None = None,
) -> Keyness:
    """``bodies(ids)`` gives the normalized bodies the literal counts are taken from."""
    budget = budget or unlimited()
    size_a = sum(t.length for t in a.values())
    size_b = sum(t.length for t in b.values())
    pa = _sum((t.phrase_counts for t in a.values()), budget)
    pb = _sum((t.phrase_counts for t in b.values()), budget)
    terms = _candidates(pa, pb, size_a, size_b, min_freq)
    # One joined text per side: a newline never occurs inside a Han n-gram, so a count over
    # the joined text is the sum of the per-speech counts.
    count_a = literal_counter(bodies(a).values())
    count_b = literal_counter(bodies(b).values())
    counts = {t: (count_a(t), count_b(t)) for t in terms}
    keep = set(units.merge_contained(counts.items()))
    counts = {t: c for t, c in counts.items() if t in keep}
    return Keyness(
        Side(len(a), size_a), Side(len(b), size_b), "ngram", min_freq,
        _scored(counts, size_a, size_b, min_freq),
    )  # fmt: skip
