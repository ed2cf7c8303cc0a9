"""The history of a formulation (提法): first uses, diffusion by year and level, variants.

Pure: the caller gives each speech holding the phrase as a ``Use`` (date as yyyymmdd, 0 when
unknown; level; literal occurrences in the body). Undated speeches count in no year and can
be no one's first use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import permutations

from speeches.discourse import units

LEVELS = ("中央", "省", "市", "县", "乡镇", "基层")  # top-down: the order of diffusion
MIN_VARIANT_CHARS = 4
MAX_VARIANTS = 20
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Use:
    speech: int
    date: int  # yyyymmdd, 0 = unknown
    level: str
    occurrences: int


@dataclass(frozen=True)
class YearLevel:
    year: int
    level: str
    speeches: int
    occurrences: int


@dataclass
class History:
    phrase: str
    uses: list[Use]
    first: Use | None = None
    first_by_level: dict[str, Use] = field(default_factory=dict)
    per_year: list[YearLevel] = field(default_factory=list)
    lag_days: dict[str, int] = field(default_factory=dict)  # from the first central use

    @property
    def speeches(self) -> int:
        return len(self.uses)

    @property
    def occurrences(self) -> int:
        return sum(u.occurrences for u in self.uses)


def _level_key(level: str) -> tuple[int, str]:
    return (LEVELS.index(level) if level in LEVELS else len(LEVELS), level)


def _as_date(value: int) -> dt.date:
    return dt.date(value // 10000, max(1, value // 100 % 100), max(1, value % 100))


def history(phrase: str, uses: Iterable[Use]) -> History:
    found = sorted(
        (u for u in uses if u.occurrences > 0), key=lambda u: (u.date or 10**9, u.speech)
    )
    dated = [u for u in found if u.date]
    h = History(phrase, found, first=dated[0] if dated else None)
    for u in dated:
        if u.level:  # a speech of unknown level is no level's first use
            h.first_by_level.setdefault(u.level, u)
    h.first_by_level = dict(sorted(h.first_by_level.items(), key=lambda kv: _level_key(kv[0])))
    cells: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    for u in dated:
        cell = cells[(u.date // 10000, u.level)]
        cell[0] += 1
        cell[1] += u.occurrences
    h.per_year = [
        YearLevel(year, level, n, occ)
        for (year, level), (n, occ) in sorted(
            cells.items(), key=lambda kv: (kv[0][0], _level_key(kv[0][1]))
        )
    ]
    central = h.first_by_level.get("中央")
    if central is not None:
        start = _as_date(central.date)
        h.lag_days = {
            level: (_as_date(u.date) - start).days
            for level, u in h.first_by_level.items()
            if level != "中央"
        }
    return h


# --- near variants --------------------------------------------------------------------------


def _differs_by(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def reorderings(phrase: str) -> set[str]:
    """The phrase's jieba words in another order (从严治党 ↔ 治党从严), up to four parts."""
    parts = [t for t in units.tokens(phrase) if t.strip()]
    if not 2 <= len(parts) <= 4:
        return set()
    return {"".join(p) for p in permutations(parts)} - {phrase}


def substitutions(phrase: str, bodies: Iterable[str]) -> Counter[str]:
    """Strings of the phrase's length in ``bodies`` that differ from it in one or two
    characters (one when it is shorter than six) and share its first or second half exactly
    (one half anchors the search); each counted once per body it occurs in."""
    n = len(phrase)
    if n < MIN_VARIANT_CHARS:
        return Counter()
    half = n // 2
    allowed = 1 if n < 6 else 2  # two of four characters changed is another phrase
    head, tail = phrase[:half], phrase[half:]
    seen: Counter[str] = Counter()
    for body in bodies:
        here: set[str] = set()
        for anchor, shift in ((head, 0), (tail, half)):
            at = body.find(anchor)
            while at != -1:
                start = at - shift
                cand = body[start : start + n] if start >= 0 else ""
                if len(cand) == n and cand != phrase and _HAN_RUN.fullmatch(cand):
                    here.update([cand] if _differs_by(cand, phrase) <= allowed else [])
                at = body.find(anchor, at + 1)
        seen.update(here)
    return seen


@dataclass(frozen=True)
class Variant:
    text: str
    speeches: int
    occurrences: int


def variants(
    candidates: Iterable[str], counts: Mapping[str, Mapping[int, int]], limit: int = MAX_VARIANTS
) -> list[Variant]:
    """Each candidate with the speeches and literal occurrences ``counts`` gives it."""
    out = []
    for text in set(candidates):
        per = counts.get(text, {})
        n = sum(1 for v in per.values() if v)
        if n:
            out.append(Variant(text, n, sum(per.values())))
    out.sort(key=lambda v: (-v.speeches, -v.occurrences, v.text))
    return out[:limit]
