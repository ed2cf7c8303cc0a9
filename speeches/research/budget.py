"""A request's time budget, passed down to the loops that do the work (pure: no Django).

Concordance, sentence view, trends and exports take a ``Budget`` and call ``spent()`` in
their loops (per speech, per needle, per batch of lines). The first check past the deadline
records where the work stopped (``cut``: how many lines or speeches were done, after how
many seconds), and every caller says so in its answer: nothing is cut silently. A request
therefore ends on its own, well before gunicorn's worker timeout, instead of being killed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Cut:
    """Where a budgeted piece of work stopped."""

    after: int  # lines (or speeches, for trends) done before the deadline
    seconds: float  # time spent when it stopped
    unit: str = "lines"

    def as_json(self) -> dict:
        return {"after": self.after, "unit": self.unit, "seconds": self.seconds}

    def sentence(self) -> str:
        """The plain English statement used in exports and logs."""
        return f"truncated after {self.after} {self.unit} at {self.seconds:g} s (time budget)"


class Budget:
    """A deadline ``seconds`` from now. ``reserve`` in ``spent`` keeps a share of the budget
    for the steps after a first phase (sorting all lines, then mapping the ones shown)."""

    def __init__(self, seconds: float, clock=time.monotonic) -> None:
        self.seconds = float(seconds)
        self._clock = clock
        self.started = clock()
        self.cut: Cut | None = None

    def elapsed(self) -> float:
        return self._clock() - self.started

    def spent(self, done: int, *, reserve: float = 0.0, unit: str = "lines") -> bool:
        """True when the time is up, with ``cut`` set to the work done so far (a loop stops
        at the first True; a later phase that also runs out records its own stop).

        ``reserve`` is the fraction of the budget that later steps still need."""
        elapsed = self.elapsed()
        if elapsed < self.seconds * (1.0 - reserve):
            return False
        self.cut = Cut(after=done, seconds=round(elapsed, 2), unit=unit)
        return True

    def guard(self, items: Iterable[T], *, unit: str = "lines") -> Iterator[T]:
        """The items, until the deadline (checked before each one)."""
        for done, item in enumerate(items):
            if self.spent(done, unit=unit):
                return
            yield item


def unlimited() -> Budget:
    """A budget that never runs out (commands, tests of other behaviour)."""
    return Budget(float("inf"))
