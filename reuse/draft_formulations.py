"""A draft's formulations (提法) and their history in the archive.

Candidates are what a speech writer would call a formulation: quoted phrases (“四个意识”),
numbered slogans (两个确立, 三个代表) and single words of four or more characters
(全面从严治党, 实事求是), each of 4-16 characters, in draft order, at most
``MAX_CANDIDATES``. Each is looked up literally in the published archive through the
search module's face (either engine): never seen, or last used before a given year.
The lookups stop at the request's time budget; what was not checked is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from speeches.research.budget import Budget
from speeches.search.analysis import words
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
    """Formulation candidates of a draft, distinct, by first occurrence."""
    found: dict[str, int] = {}
    for m in _QUOTED.finditer(text):
        found.setdefault(m.group(1), m.start(1))
    for m in _NUMBERED.finditer(text):
        found.setdefault(m.group(), m.start())
    at = 0
    for word in words(text):
        at = text.find(word, at)
        if MIN_CHARS <= len(word) <= MAX_CHARS and _HAN_ONLY.fullmatch(word):
            found.setdefault(word, max(at, 0))
        at = max(at, 0) + len(word)
    ordered = sorted(found.items(), key=lambda item: item[1])[:limit]
    return [Candidate(t, s) for t, s in ordered]


@dataclass
class Usage:
    """What the archive says of a draft's formulations."""

    unseen: list[Candidate] = field(default_factory=list)
    ended: list[tuple[Candidate, int]] = field(default_factory=list)  # with its last year
    checked: int = 0
    unchecked: int = 0


def usage(found: list[Candidate], before_year: int | None, budget: Budget) -> Usage:
    """Look each candidate up in the published archive (exact literal, any field)."""
    from speeches import search

    out = Usage()
    for done, candidate in enumerate(found):
        if budget.spent(done, unit="formulations"):
            out.unchecked = len(found) - done
            break
        ids = search.match_set(f"“{candidate.text}”").ids
        out.checked += 1
        if not ids:
            out.unseen.append(candidate)
            continue
        if before_year is None:
            continue
        years = [f.year for f in search.speech_facts(ids).values() if f.year]
        if years and max(years) < before_year:
            out.ended.append((candidate, max(years)))
    return out
