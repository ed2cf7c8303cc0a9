"""Winnowed character n-gram hashes (Schleimer, Wilkerson & Aiken 2003). Pure.

Every k-gram of the flat text is hashed; in each window of ``WINDOW`` consecutive hashes the
smallest is kept. Two texts sharing a run of at least ``WINDOW + GRAM - 1`` characters are
guaranteed to share a kept hash, whatever surrounds the run, while only about 2/(WINDOW+1)
of the positions are kept: the candidates of a passage come from a small, stable sample.
"""

from __future__ import annotations

import numpy as np

GRAM = 5
WINDOW = 8
GUARANTEE = WINDOW + GRAM - 1  # shared runs this long always leave a common fingerprint

_MULT = np.uint64(0x9E3779B97F4A7C15)
_BASE = np.uint64(1_000_003)


def codepoints(flat: str) -> np.ndarray:
    return np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def gram_hashes(flat: str, gram: int = GRAM) -> np.ndarray:
    """A 32-bit hash of every ``gram``-character substring (stable across processes)."""
    cps = codepoints(flat)
    n = len(cps) - gram + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint32)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(gram):
            h = h * _BASE + cps[j : j + n]
        h = h * _MULT
        h ^= h >> np.uint64(29)
        h = h * _MULT
    return (h >> np.uint64(32)).astype(np.uint32)


def winnow(flat: str) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, positions) of the kept k-grams, in text order."""
    hashes = gram_hashes(flat)
    if len(hashes) == 0:
        return hashes, np.zeros(0, dtype=np.int64)
    if len(hashes) <= WINDOW:
        positions = np.array([int(np.argmin(hashes))])
    else:
        windows = np.lib.stride_tricks.sliding_window_view(hashes, WINDOW)
        positions = np.unique(np.argmin(windows, axis=1) + np.arange(len(windows)))
    return hashes[positions], positions.astype(np.int64)
