"""Keyword signatures and neighbour scoring for related speeches. Pure: no Django, no Whoosh.

A signature is a speech's K most distinctive words: frequency in the speech times a fixed
inverse document frequency (jieba's bundled table), so it depends on the speech's own text
only and is computed once, when the speech is saved or indexed. Two speeches are related by
the keywords they share, weighted by both weights and by how rare the keyword is among all
signatures. Posting lists are cut to the POSTING_CAP strongest entries, so finding one
speech's neighbours costs at most K x POSTING_CAP additions, whatever the size of the speech
or of the archive.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from speeches.search.analysis import words
from speeches.text.normalize import normalize_document

K = 24
POSTING_CAP = 64
TEXT_CAP = 200_000  # characters read for a signature: a 1.5 M-character compilation stays cheap

Signature = list[tuple[str, float]]


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    # Not jieba.analyse: importing it loads a second copy of the dictionary; and jieba
    # itself takes a second to load, so only when idf weights are asked for.
    import jieba  # noqa: PLC0415

    path = Path(jieba.__file__).with_name("analyse") / "idf.txt"
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                table[word] = float(value)
    median = sorted(table.values())[len(table) // 2] if table else 10.0
    return table, median


def _is_keyword(word: str) -> bool:
    return len(word) > 1 and not word.isdigit() and any("\u3400" <= c <= "\u9fff" for c in word)


def signature(title: str, body: str, k: int = K) -> Signature:
    """The ``k`` most distinctive words of a speech with unit-length weights."""
    text = normalize_document(f"{title}\n{body[:TEXT_CAP]}")
    counts: dict[str, int] = defaultdict(int)
    for word in words(text):
        if _is_keyword(word):
            counts[word] += 1
    idf, unknown = _idf()
    top = heapq.nlargest(k, ((n * idf.get(w, unknown), w) for w, n in counts.items()))
    norm = math.sqrt(sum(s * s for s, _ in top)) or 1.0
    return [(w, round(s / norm, 5)) for s, w in top]


class Neighbours:
    """An inverted index over many signatures that answers "which speeches are closest"."""

    def __init__(self, signatures: Mapping[int, Iterable[tuple[str, float]]]):
        postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for sid, sig in signatures.items():
            for word, weight in sig:
                postings[word].append((weight, sid))
        total = max(1, len(signatures))
        # A keyword in every other signature says little: weight by its rarity among them.
        self.rarity = {w: math.log(1 + total / len(p)) for w, p in postings.items()}
        self.postings = {
            w: p if len(p) <= POSTING_CAP else heapq.nlargest(POSTING_CAP, p)
            for w, p in postings.items()
        }

    def scores(self, sig: Iterable[tuple[str, float]], exclude: int | None) -> dict[int, float]:
        found: dict[int, float] = defaultdict(float)
        for word, weight in sig:
            rarity = self.rarity.get(word)
            if rarity is None:
                continue
            for other_weight, other in self.postings[word]:
                found[other] += weight * other_weight * rarity
        found.pop(exclude, None)
        return found

    def nearest(
        self, sig: Iterable[tuple[str, float]], limit: int, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        return top(self.scores(sig, exclude), limit)


def top(scores: Mapping[int, float], limit: int) -> list[tuple[int, float]]:
    """Best ``limit`` (id, score) pairs; ties go to the lower id, so lists are stable."""
    best = heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(sid, round(score, 5)) for sid, score in best if score > 0]
