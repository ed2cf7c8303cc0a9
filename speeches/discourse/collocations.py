"""Collocates of a term: the words within ``window`` words of each of its occurrences.

The node is found literally in each normalized body (non-overlapping, as the concordance
counts it); the words it overlaps are the node, and the ``window`` words before and after
are counted once per occurrence. f(c) and N are jieba word frequencies over the whole
sub-corpus, f(n) the node's literal occurrences there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from speeches.discourse import stats
from speeches.discourse.corpus import OverBudget, SpeechTerms
from speeches.research.budget import Budget, unlimited

DEFAULT_WINDOW, MAX_WINDOW = 5, 20


@dataclass(frozen=True)
class Collocate:
    term: str
    count: int  # f(n, c): times c falls in a window of the node
    freq: int  # f(c) in the sub-corpus
    logdice: float
    mi3: float


@dataclass
class Collocations:
    node: str
    window: int
    node_count: int  # f(n)
    size: int  # N: words in the sub-corpus
    speeches: int  # speeches of the sub-corpus
    results: list[Collocate] = field(default_factory=list)


def occurrences(body: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences (what ``str.count`` counts)."""
    found, at = [], body.find(needle)
    while at != -1:
        found.append(at)
        at = body.find(needle, at + len(needle))
    return found


def window_counts(terms: SpeechTerms, body: str, node: str, window: int) -> tuple[int, Counter]:
    """(node occurrences, collocate counts) in one speech."""
    words, starts = terms.words, terms.starts
    near: Counter[str] = Counter()
    hits = occurrences(body, node)
    for at in hits:
        first = max(0, bisect_right(starts, at) - 1)
        last = max(first, bisect_right(starts, at + len(node) - 1) - 1)
        near.update(words[max(0, first - window) : first])
        near.update(words[last + 1 : last + 1 + window])
    return len(hits), near


def collocations(
    node: str,
    terms: Mapping[int, SpeechTerms],
    bodies: Mapping[int, str],
    *,
    size: int,
    speeches: int,
    frequency: Callable[[Iterable[str]], Mapping[str, int]],
    window: int = DEFAULT_WINDOW,
    min_count: int = 2,
    limit: int = 100,
    budget: Budget | None = None,
) -> Collocations:
    """``terms`` and ``bodies``: the cuts and bodies of the sub-corpus's speeches holding
    the node; ``size``: its words (N); ``frequency(words)``: their counts f(c) in it."""
    budget = budget or unlimited()
    node_count, pairs = 0, Counter()
    for done, (sid, body) in enumerate(bodies.items()):
        if budget.spent(done, unit="speeches"):
            raise OverBudget(budget)
        n, near = window_counts(terms[sid], body, node, window)
        node_count += n
        pairs.update(near)
    kept = {c: f for c, f in pairs.items() if f >= min_count and c != node}
    freq = frequency(kept)
    results = [
        Collocate(
            c,
            f,
            freq[c],
            round(stats.logdice(f, node_count, freq[c]), 4),
            round(stats.mi3(f, node_count, freq[c], size), 4),
        )
        for c, f in kept.items()
    ]
    results.sort(key=lambda r: (-r.logdice, -r.count, r.term))
    return Collocations(node, window, node_count, size, speeches, results[:limit])
