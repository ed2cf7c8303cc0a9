"""Term trends: per year, how often each query's terms occur and in how many speeches.

Counts come from the exact match sets (``speeches.search.match_set``): occurrences are the
literal occurrences of the query's positive terms in the normalized bodies of the matched
speeches; ``per_million`` divides them by the characters of every speech of that year that
passes the filters (matched or not), so years with more speeches do not look busier.
Speeches without a date are left out (they have no year).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from speeches import search
from speeches.research.budget import Budget, Cut, unlimited

MAX_QUERIES = 6
SPLITS = ("level", "campaign")
MAX_GROUPS = 8  # series per query when split (the groups with most occurrences)


@dataclass(frozen=True)
class Point:
    year: int
    occurrences: int
    speeches: int  # speeches of the year (and group) that match the query
    per_million: float | None  # None: no speech of the year (and group) at all, no data
    year_speeches: int = 0  # speeches of the year (and group) passing the filters
    year_chars: int = 0  # their characters: what per_million divides by


@dataclass
class Series:
    query: str
    points: list[Point]
    group: str | None = None  # the level or campaign slug when split

    @property
    def total(self) -> int:
        return sum(p.occurrences for p in self.points)


@dataclass
class Trends:
    queries: list[str]
    split: str | None
    years: list[int]
    series: list[Series] = field(default_factory=list)
    filters: dict[str, object] = field(default_factory=dict)
    truncated: Cut | None = None  # the time budget ran out: only the first queries are shown
    year_speeches: dict[int, int] = field(default_factory=dict)  # all groups, per year


def _groups(facts: search.SpeechFacts, split: str | None) -> tuple[str | None, ...]:
    if split == "level":
        return (facts.level or "",)
    if split == "campaign":
        return facts.campaigns or ("",)
    return (None,)


def _occurrences(match: search.MatchSet, budget: Budget, done: int) -> dict[int, int] | None:
    """Occurrences per speech, or None when the budget ran out before every needle."""
    total: dict[int, int] = dict.fromkeys(match.ids, 0)
    for needle in match.needles:
        if budget.spent(done, unit="queries"):
            return None
        for sid, n in search.body_counts(match.ids, needle).items():
            total[sid] += n
    return total


def trends(
    queries: list[str],
    *,
    split: str | None = None,
    budget: Budget | None = None,
    **filters: object,
) -> Trends:
    """One series per query (per query and group when split), one point per year.

    A query is shown whole or not at all: when the budget runs out, ``truncated`` says
    after how many queries (a half-counted query would draw a false curve)."""
    budget = budget or unlimited()
    queries = [q for q in (q.strip() for q in queries) if q][:MAX_QUERIES]
    lengths: dict[int, int] = {}
    facts: dict[int, search.SpeechFacts] = {}
    series: list[Series] = []
    years: set[int] = set()
    year_speeches: dict[int, int] = {}
    shown_filters: dict[str, object] = {}
    for done, q in enumerate(queries):
        if budget.spent(done, unit="queries"):
            break
        match = search.match_set(q, **filters)
        shown_filters = {k: v for k, v in match.filters.items() if v not in (None, "")}
        missing = [s for s in match.domain if s not in facts]
        facts.update(search.speech_facts(missing))
        missing = [s for s in match.domain if s not in lengths]
        lengths.update(search.body_lengths(missing))
        chars: dict[tuple[str | None, int], int] = defaultdict(int)
        base: dict[tuple[str | None, int], int] = defaultdict(int)
        per_year: dict[int, int] = defaultdict(int)
        for sid in match.domain:
            f = facts.get(sid)
            if f is None or f.year is None:
                continue
            years.add(f.year)
            per_year[f.year] += 1
            for g in _groups(f, split):
                chars[(g, f.year)] += lengths.get(sid, 0)
                base[(g, f.year)] += 1
        year_speeches = dict(per_year)
        occ: dict[tuple[str | None, int], int] = defaultdict(int)
        hits: dict[tuple[str | None, int], int] = defaultdict(int)
        per_speech = _occurrences(match, budget, done)
        if per_speech is None:
            break
        for sid, n in per_speech.items():
            f = facts.get(sid)
            if f is None or f.year is None:
                continue
            for g in _groups(f, split):
                occ[(g, f.year)] += n
                hits[(g, f.year)] += 1
        groups = sorted({g for g, _ in occ}, key=lambda g: (-sum(occ[(g, y)] for y in years), g))
        for g in groups[:MAX_GROUPS] if split else [None]:
            points = [
                Point(
                    year=y,
                    occurrences=occ.get((g, y), 0),
                    speeches=hits.get((g, y), 0),
                    per_million=round(occ.get((g, y), 0) * 1e6 / chars[(g, y)], 3)
                    if chars.get((g, y))
                    else None,
                    year_speeches=base.get((g, y), 0),
                    year_chars=chars.get((g, y), 0),
                )
                for y in sorted(years)
            ]
            series.append(Series(query=q, points=points, group=g))
    # Every series covers the same years; a year without any speech of the series' group
    # has no data (None), which a chart draws as a gap, not as zero.
    all_years = sorted(years)
    for s in series:
        have = {p.year for p in s.points}
        s.points += [Point(y, 0, 0, None) for y in all_years if y not in have]
        s.points.sort(key=lambda p: p.year)
    return Trends(
        queries=queries,
        split=split,
        years=all_years,
        series=series,
        filters=shown_filters,
        year_speeches=year_speeches if series else {},
        truncated=budget.cut,
    )
