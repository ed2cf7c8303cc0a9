"""Association and keyness statistics (pure: no Django).

- G² (log-likelihood, Dunning 1993 as used by Rayson & Garside 2000) of a term seen ``a`` times
  in a corpus of ``size_a`` units and ``b`` times in one of ``size_b``.
- Log ratio (Hardie 2014): log2 of the ratio of relative frequencies; a zero count is taken as
  0.5 so a term found on one side only still gets a finite effect size.
- logDice (Rychlý 2008): 14 + log2(2·f(n,c) / (f(n) + f(c))).
- MI³ (Oakes 1998): log2(f(n,c)³ · N / (f(n) · f(c))).
"""

from __future__ import annotations

import math

import numpy as np

ZERO = 0.5  # what a zero count counts as in the log ratio


def _xlogx_over(observed: float, expected: float) -> float:
    return observed * math.log(observed / expected) if observed > 0 else 0.0


def g2(a: int, b: int, size_a: int, size_b: int) -> float:
    """Log-likelihood of a term's two frequencies against corpus sizes ``size_a``/``size_b``."""
    total = size_a + size_b
    if total <= 0 or a + b <= 0:
        return 0.0
    expected_a = size_a * (a + b) / total
    expected_b = size_b * (a + b) / total
    return 2.0 * (_xlogx_over(a, expected_a) + _xlogx_over(b, expected_b))


def log_ratio(a: int, b: int, size_a: int, size_b: int) -> float:
    """Positive: relatively more frequent in A; 1.0 = twice as frequent."""
    if size_a <= 0 or size_b <= 0:
        return 0.0
    return math.log2((max(a, ZERO) / size_a) / (max(b, ZERO) / size_b))


def logdice(pair: int, node: int, collocate: int) -> float:
    if pair <= 0 or node + collocate <= 0:
        return float("-inf")
    return 14.0 + math.log2(2.0 * pair / (node + collocate))


def mi3(pair: int, node: int, collocate: int, size: int) -> float:
    if pair <= 0 or node <= 0 or collocate <= 0 or size <= 0:
        return float("-inf")
    return math.log2(pair**3 * size / (node * collocate))


def g2_many(a: np.ndarray, b: np.ndarray, size_a: int, size_b: int) -> np.ndarray:
    """``g2`` of many terms at once (arrays of counts); equal to ``g2`` term by term."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    total = size_a + size_b
    if total <= 0:
        return np.zeros(len(a))
    expected_a = size_a * (a + b) / total
    expected_b = size_b * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        part_a = np.where(a > 0, a * np.log(a / expected_a), 0.0)
        part_b = np.where(b > 0, b * np.log(b / expected_b), 0.0)
    return 2.0 * (part_a + part_b)
