"""Collocates of a term: the words within ``window`` words of each of its occurrences.

The node is found literally in each normalized body (non-overlapping, as the concordance
counts it); the words it overlaps are the node, and the ``window`` words before and after
are counted once per occurrence. f(c) and N are jieba word frequencies over the whole
sub-corpus, f(n) the node's literal occurrences there.

Two ways to find the occurrences, with the same counts:

- over the packed base (``packed_windows``), for a node of letters, digits and Han
  characters only that cannot overlap itself: such a node never touches the punctuation or
  spaces between words, so each occurrence lies inside one word or runs across words joined
  with nothing between them; the words holding it are found through the vocabulary and the
  positional postings, never through the texts. Occurrences cannot overlap, so every one
  found is one ``str.find`` would find.
- in the bodies (``body_windows``): every other node, and the speeches written after the
  base (its delta).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from speeches import search
from speeches.discourse import corpus, stats
from speeches.discourse.corpus import OverBudget
from speeches.discourse.packed import Base
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


@dataclass
class Near:
    """Occurrences found so far and the word ids in their windows (one per occurrence)."""

    node_count: int = 0
    ids: list[np.ndarray] = field(default_factory=list)

    def add(self, count: int, ids: np.ndarray) -> None:
        self.node_count += count
        if len(ids):
            self.ids.append(ids)

    def pairs(self) -> np.ndarray:
        """f(n, c) indexed by word id."""
        if not self.ids:
            return np.zeros(0, dtype=np.int64)
        return np.bincount(np.concatenate(self.ids))


def occurrences(body: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences (what ``str.count`` counts)."""
    found, at = [], body.find(needle)
    while at != -1:
        found.append(at)
        at = body.find(needle, at + len(needle))
    return found


def indexable(node: str) -> bool:
    """Whether the packed base can find this node (see the module docstring)."""
    if not node or not all(ch.isalnum() for ch in node):
        return False
    return not any(node[:b] == node[-b:] for b in range(1, len(node)))


def _around(first: np.ndarray, last: np.ndarray, lo: np.ndarray, hi: np.ndarray, window: int):
    """Positions of the ``window`` words before ``first`` (not below ``lo``) and after
    ``last`` (below ``hi``), all occurrences at once."""
    steps = np.arange(1, window + 1)
    before = first[:, None] - steps
    after = last[:, None] + steps
    return np.concatenate([before[before >= lo[:, None]], after[after < hi[:, None]]])


def body_windows(words: np.ndarray, starts: np.ndarray, body: str, node: str, window: int):
    """(occurrences, window word ids) in one speech found in its body: the words overlapped
    are those from the last word starting at or before the occurrence to the last word
    starting inside it."""
    at = np.asarray(occurrences(body, node), dtype=np.int64)
    if not len(at) or not len(words):
        return len(at), np.zeros(0, dtype=words.dtype)
    first = np.maximum(0, np.searchsorted(starts, at, side="right") - 1)
    last = np.maximum(first, np.searchsorted(starts, at + len(node) - 1, side="right") - 1)
    zero, end = np.zeros(len(at), np.int64), np.full(len(at), len(words), np.int64)
    return len(at), words[_around(first, last, zero, end, window)]


def packed_windows(base: Base, rows: np.ndarray, node: str, window: int) -> tuple[int, np.ndarray]:
    """(occurrences, window word ids) over the base speeches ``rows`` (an ``indexable`` node)."""
    usable = np.zeros(len(base.speech_ids), dtype=bool)
    usable[rows] = True
    first, last = _occurrences(base, usable, node)
    if not len(first):
        return 0, np.zeros(0, dtype=base.words.dtype)
    speech = base.speech_of(first)
    at = _around(first, last, base.bounds[speech], base.bounds[speech + 1], window)
    return len(first), base.words[at]


def _occurrences(base: Base, usable: np.ndarray, node: str) -> tuple[np.ndarray, np.ndarray]:
    """(first word, last word) positions of each occurrence in the usable speeches."""
    firsts, lasts = [], []
    inside = base.entries(node.encode("utf-8"))
    times = np.array([base.word(int(i)).count(node) for i in inside], dtype=np.int64)
    for k in np.unique(times):  # a word holding the node k times: k occurrences
        pos = np.repeat(_usable(base, usable, base.positions(inside[times == k])), k)
        firsts.append(pos)
        lasts.append(pos)
    for j in range(1, len(node)):  # the node begins with the last j characters of a word
        starts = base.entries(node[:j].encode("utf-8") + b"\n")
        pos = _usable(base, usable, base.positions(starts))
        for first, last in _continue(base, node, j, pos):
            firsts.append(first)
            lasts.append(last)
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(firsts), np.concatenate(lasts)


def _usable(base: Base, usable: np.ndarray, pos: np.ndarray) -> np.ndarray:
    return pos[usable[base.speech_of(pos)]] if len(pos) else pos


def _continue(base: Base, node: str, matched: int, pos: np.ndarray):
    """Follow words that begin a node (``matched`` characters at their end) across joined
    words; yields (first, last) word positions of the complete occurrences."""
    todo = [(matched, pos, pos)]
    words, joined, size = base.words, base.joined, len(base.words)
    while todo:
        r, first, cur = todo.pop()
        nxt = cur + 1
        ok = nxt < size
        first, nxt = first[ok], nxt[ok]
        ok = joined[nxt]
        first, nxt = first[ok], nxt[ok]
        if not len(nxt):
            continue
        following = words[nxt]
        rest = node[r:]
        ends = np.isin(following, base.entries(b"\n" + rest.encode("utf-8")))
        yield first[ends], nxt[ends]
        for n in range(1, len(rest)):
            exact = base.entries(b"\n" + rest[:n].encode("utf-8") + b"\n")
            hit = np.isin(following, exact)
            if hit.any():
                todo.append((r + n, first[hit], nxt[hit]))


def collocations(
    node: str,
    near: Near,
    *,
    size: int,
    speeches: int,
    frequency: Callable[[np.ndarray], np.ndarray],
    words_of: Callable[[Iterable[int]], Mapping[int, str]],
    window: int = DEFAULT_WINDOW,
    min_count: int = 2,
    limit: int = 100,
) -> Collocations:
    """Score the pairs in ``near``: ``size`` is the sub-corpus's words (N),
    ``frequency(ids)`` their counts f(c) in it, ``words_of`` the words of ids."""
    pairs = near.pairs()
    ids = np.flatnonzero(pairs >= min_count)
    ids = _best(ids, pairs[ids], frequency(ids), near.node_count, limit + 1)  # +1: the node
    words = words_of(ids.tolist())
    freq = frequency(ids)
    node_count = near.node_count
    results = []
    for wid, f, fc in zip(ids.tolist(), pairs[ids].tolist(), freq.tolist(), strict=True):
        term = words[wid]
        if term == node:
            continue
        results.append(
            Collocate(
                term,
                f,
                fc,
                round(stats.logdice(f, node_count, fc), 4),
                round(stats.mi3(f, node_count, fc, size), 4),
            )
        )
    results.sort(key=lambda r: (-r.logdice, -r.count, r.term))
    return Collocations(node, window, node_count, size, speeches, results[:limit])


def _best(ids: np.ndarray, pairs: np.ndarray, freq: np.ndarray, node_count: int, keep: int):
    """The ids that can be among the ``keep`` best by logDice: those within 0.001 of the
    ``keep``-th best computed with numpy (whose logarithms may differ from ``math``'s in the
    last bits), so that the exact scores and ties of the rest are never needed."""
    if len(ids) <= keep:
        return ids
    with np.errstate(divide="ignore"):
        score = np.log2(2.0 * pairs / (node_count + freq))
    floor = np.partition(score, len(score) - keep)[len(score) - keep]
    return ids[score >= floor - 1e-3]


def collocations_in(
    node: str,
    ids: Iterable[int],
    *,
    window: int = DEFAULT_WINDOW,
    min_count: int = 2,
    budget: Budget | None = None,
) -> Collocations:
    """Collocations of ``node`` (normalized) within the indexed speeches among ``ids``."""
    budget = budget or unlimited()
    chosen = corpus.select(ids)
    total = chosen.totals(budget)
    rows, by_text = chosen.rows, chosen.rest
    if not indexable(node):
        rows, by_text = rows[:0], chosen.ids()
    holding = [s for s, n in search.body_counts(by_text, node).items() if n]
    near = gather(
        node, chosen.base, rows, corpus.arrays(holding), corpus.bodies(holding), window, budget
    )
    return collocations(
        node,
        near,
        size=int(total.sum()),
        speeches=len(chosen),
        frequency=lambda wanted: total[wanted],
        words_of=lambda wanted: corpus.words_of(wanted, chosen.base),
        window=window,
        min_count=min_count,
    )


def gather(
    node: str,
    base: Base | None,
    rows: np.ndarray,
    cuts: Mapping[int, tuple[np.ndarray, np.ndarray]],
    bodies: Mapping[int, str],
    window: int,
    budget: Budget | None = None,
) -> Near:
    """The occurrences and window words over the base ``rows`` and over ``bodies`` (each
    with its cut's word ids and offsets in ``cuts``)."""
    budget = budget or unlimited()
    near = Near()
    if base is not None and len(rows):
        near.add(*packed_windows(base, rows, node, window))
    for done, (sid, body) in enumerate(bodies.items()):
        if budget.spent(done, unit="speeches"):
            raise OverBudget(budget)
        near.add(*body_windows(*cuts[sid], body, node, window))
    return near
