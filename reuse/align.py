"""Local alignment of two flat texts from a shared seed. Pure.

A seed is a k-gram both texts contain. The alignment extends it in both directions while the
characters agree and steps over small edits (a changed date, a swapped word, a dropped or
added character) when the texts agree again for ``RESYNC`` characters right after the edit.
Where no such step exists within ``MAX_EDIT`` characters on either side, the passage ends: a
boundary is the last character the texts share, not the end of a fixed window.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_EDIT = 4
RESYNC = 5


@dataclass(frozen=True)
class Match:
    """``a[a_start:a_end]`` aligns with ``b[b_start:b_end]``; ``same`` characters agree."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    same: int

    @property
    def similarity(self) -> float:
        total = (self.a_end - self.a_start) + (self.b_end - self.b_start)
        return 2 * self.same / total if total else 0.0


def _run_forward(a: str, i: int, b: str, j: int) -> int:
    """Length of the common run starting at a[i], b[j]."""
    n = 0
    limit = min(len(a) - i, len(b) - j)
    # Compare in growing blocks: most runs are long, and slicing beats a per-character loop.
    step = 64
    while n < limit:
        size = min(step, limit - n)
        if a[i + n : i + n + size] == b[j + n : j + n + size]:
            n += size
            step *= 2
            continue
        while n < limit and a[i + n] == b[j + n]:
            n += 1
        break
    return n


def _resync(a: str, i: int, b: str, j: int) -> tuple[int, int] | None:
    """The smallest edit (skip di of a, dj of b) after which RESYNC characters agree."""
    best: tuple[int, int] | None = None
    window_end = min(len(a), i + MAX_EDIT + RESYNC)
    for dj in range(MAX_EDIT + 1):
        if best is not None and dj >= sum(best):
            break
        probe = b[j + dj : j + dj + RESYNC]
        if len(probe) < RESYNC:
            break
        found = a.find(probe, i, window_end)
        # (0, 0) cannot be found: a[i] != b[j] is why the run stopped
        if found >= 0 and (best is None or (found - i) + dj < sum(best)):
            best = (found - i, dj)
    return best


def _extend(a: str, i: int, b: str, j: int) -> tuple[int, int, int]:
    """Extend forward from an agreeing position; return (a_end, b_end, same characters)."""
    same = 0
    while True:
        run = _run_forward(a, i, b, j)
        i, j, same = i + run, j + run, same + run
        step = _resync(a, i, b, j)
        if step is None:
            return i, j, same
        i, j = i + step[0], j + step[1]


def extend_seed(a: str, a_pos: int, b: str, b_pos: int) -> Match:
    """The passage around a seed at ``a[a_pos]`` / ``b[b_pos]`` (both start equal text)."""
    return extend_seed_reversed(a, a[::-1], a_pos, b, b[::-1], b_pos)


def extend_seed_reversed(a: str, a_rev: str, a_pos: int, b: str, b_rev: str, b_pos: int) -> Match:
    """``extend_seed`` with the reversed texts given, for callers extending many seeds."""
    a_end, b_end, same_right = _extend(a, a_pos, b, b_pos)
    # Leftwards is the same walk over the reversed texts, from the character before the seed.
    ra, rb = len(a) - a_pos, len(b) - b_pos
    left_a, left_b, same_left = _extend(a_rev, ra, b_rev, rb)
    return Match(a_pos - (left_a - ra), a_end, b_pos - (left_b - rb), b_end, same_left + same_right)
