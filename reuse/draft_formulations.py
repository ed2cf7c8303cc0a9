"""A draft's formulations (提法) and their history in the archive.

Candidates are what a speech writer would call a formulation: quoted phrases (“四个意识”),
numbered slogans (两个确立, 三个代表) and single words of four or more characters
(全面从严治党, 实事求是), each of 4-16 characters, in draft order, at most
``MAX_CANDIDATES``. Each is looked up literally in the published archive
(``reuse.draft_history``: the newest speeches first, then the search
module, either engine): never seen, or last used before a given year. The lookups stop at
their time budget; what was not checked is counted.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from reuse import draft_history
from speeches.research.budget import Budget
from speeches.search.analysis import words
from speeches.search.results import SearchUnavailable
from speeches.text.han import HAN

MIN_CHARS = 4
MAX_CHARS = 16
MAX_CANDIDATES = 80
_QUOTED = re.compile(rf"[“\"「『]([{HAN}A-Za-z0-9]{{{MIN_CHARS},{MAX_CHARS}}})[”\"」』]")
_NUMBERED = re.compile(rf"[一二两三四五六七八九十]个[{HAN}]{{2}}")
_HAN_ONLY = re.compile(rf"[{HAN}]+")


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int  # first occurrence in the draft


def candidates(text: str, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Formulation candidates of a draft, distinct: quoted phrases and numbered slogans
    first (they are the likeliest 提法), then words, each group by first occurrence."""
    found: dict[str, tuple[int, int]] = {}
    for m in _QUOTED.finditer(text):
        found.setdefault(m.group(1), (0, m.start(1)))
    for m in _NUMBERED.finditer(text):
        found.setdefault(m.group(), (0, m.start()))
    at = 0
    for word in words(text):
        at = text.find(word, at)
        if MIN_CHARS <= len(word) <= MAX_CHARS and _HAN_ONLY.fullmatch(word):
            found.setdefault(word, (1, max(at, 0)))
        at = max(at, 0) + len(word)
    ordered = sorted(found.items(), key=lambda item: item[1])[:limit]
    return [Candidate(t, start) for t, (_, start) in ordered]


@dataclass
class Usage:
    """What the archive says of a draft's formulations."""

    unseen: list[Candidate] = field(default_factory=list)
    ended: list[tuple[Candidate, int]] = field(default_factory=list)  # with its last year
    checked: int = 0
    unchecked: int = 0
    seconds: float = 0.0  # the lookups' time


def usage(
    found: list[Candidate], before_year: int | None, budget: Budget, state: object = None
) -> Usage:
    """Look each candidate up in the published archive (exact literal, any field).
    ``state``: the archive's state; lookups are remembered until it changes."""
    out, started = Usage(), time.perf_counter()
    if not found:
        return out
    window = draft_history.recent(state)
    for done, candidate in enumerate(found):
        if budget.spent(done, unit="formulations"):
            out.unchecked = len(found) - done
            break
        try:
            seen, last_year = draft_history.last_use(candidate.text, window, state)
        except SearchUnavailable:  # the cluster is down: the passages still come back
            out.unchecked = len(found) - done
            break
        out.checked += 1
        if not seen:
            out.unseen.append(candidate)
        elif before_year is not None and last_year is not None and last_year < before_year:
            out.ended.append((candidate, last_year))
    out.unseen.sort(key=lambda c: c.start)
    out.ended.sort(key=lambda item: item[0].start)
    out.seconds = time.perf_counter() - started
    return out
