"""Concordance: every occurrence of the query's terms (KWIC), or every sentence holding all
of them (CNKI's 句子检索), over the exact match set of a search.

Counting and ordering run on the index's normalized bodies (``speeches.search``); only the
lines shown (or exported) are mapped back to the stored body text, so offsets index the
``text`` of ``/api/speeches/<id>`` and the counts equal ``str.count`` over the normalized
bodies.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from speeches import search
from speeches.research import kwic
from speeches.search.normalize import normalize_document_with_map, original_span

MODES = ("kwic", "sentence")
SORTS = ("date", "-date", "speech", "left", "right")
CONTEXT = 30
MAX_CONTEXT = 200


@dataclass(frozen=True)
class Line:
    speech: int
    start: int  # offsets into the speech's stored body text
    end: int
    left: str
    match: str
    right: str
    hit: int = 0  # the speech page's ``#hit-<n>`` anchor of this line with ``?q=`` the query


@dataclass
class ConcordancePage:
    match: search.MatchSet
    mode: str
    sort: str
    count: int  # occurrences (kwic) or sentences (sentence)
    speeches: int  # speeches in the match set (a title-only match adds no line)
    page: int
    page_size: int
    lines: list[Line]
    facets: dict = field(default_factory=dict)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))


Ref = tuple[int, int]  # (speech id, index of the line within the speech)


def date_order(ids: Iterable[int], sort: str) -> list[int]:
    facts = search.speech_facts(ids)
    if sort == "speech":
        return sorted(facts)
    if sort == "-date":
        return sorted(facts, key=lambda s: (facts[s].date == 0, -facts[s].date, -s))
    return sorted(facts, key=lambda s: (facts[s].date == 0, facts[s].date, s))


def _units(
    text: str, needles: tuple[str, ...], mode: str, tree: object = None
) -> list[tuple[int, int]]:
    if mode == "sentence":  # the sentence must satisfy the query (AND, OR, NOT) by itself
        accept = (lambda chunk: kwic.holds(tree, chunk)) if tree is not None else None
        return kwic.sentences(text, needles, accept)
    return [(s, e) for s, e, _ in kwic.occurrences(text, needles)]


def _counts(match: search.MatchSet) -> dict[int, int]:
    """KWIC lines per speech, from the engine's counts (no text is decoded)."""
    total: dict[int, int] = dict.fromkeys(match.ids, 0)
    for needle in match.needles:
        for sid, n in search.body_counts(match.ids, needle).items():
            total[sid] += n
    return total


def _refs(match: search.MatchSet, mode: str, sort: str) -> tuple[int, Iterator[Ref]]:
    """The number of lines and the lines, in order, as references (nothing mapped yet)."""
    if not match.needles or not match.ids:
        return 0, iter(())
    if mode == "kwic" and sort in ("date", "-date", "speech"):
        counts = _counts(match)
        order = [s for s in date_order(match.ids, sort) if counts.get(s)]
        refs = ((sid, k) for sid in order for k in range(counts[sid]))
        return sum(counts.values()), refs
    if mode == "sentence" and sort in ("date", "-date", "speech"):
        order = date_order(match.ids, sort)
        found = [
            (sid, len(_units(body, match.needles, mode, match.parsed.tree)))
            for sid, body in search.normalized_bodies(order)
        ]
        refs = ((sid, k) for sid, n in found for k in range(n))
        return sum(n for _, n in found), refs
    return _sorted_by_context(match, mode, sort)


def _sorted_by_context(match: search.MatchSet, mode: str, sort: str) -> tuple[int, Iterator[Ref]]:
    facts = search.speech_facts(match.ids)
    keyed = []
    for sid, body in search.normalized_bodies(match.ids):
        date = facts[sid].date if sid in facts else 0
        for k, (s, e) in enumerate(_units(body, match.needles, mode, match.parsed.tree)):
            if mode == "sentence":  # left: the sentence itself; right: what follows a term
                first = min((i for n in match.needles if (i := body.find(n, s, e)) >= 0), default=s)
                key = body[s:e] if sort == "left" else body[first:e]
            else:
                key = kwic.right_key(body, e) if sort == "right" else kwic.left_key(body, s)
            keyed.append((key, date == 0, date, sid, k))
    keyed.sort()
    return len(keyed), ((sid, k) for *_, sid, k in keyed)


def _bodies(ids: Iterable[int]) -> dict[int, str]:
    from speeches.models import Speech

    ids = list(ids)
    return dict(Speech.objects.filter(pk__in=ids).values_list("pk", "body"))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


class _Mapper:
    """Normalized-body spans -> spans of the stored body, one line at a time.

    Normalization never crosses a line break and keeps every break, so line n of the
    normalized body is the normalization of line n of the body: mapping only the lines
    holding a match is ~100x cheaper than mapping a long speech whole.
    """

    def __init__(self, body: str, norm: str) -> None:
        self.body, self.norm = body, norm
        self.body_starts = _line_starts(body)
        self.norm_starts = _line_starts(norm)
        self.whole: list[int] | None = None
        if len(self.body_starts) != len(self.norm_starts):
            self._map_whole()
        self._lines: dict[int, list[int] | None] = {}

    def _map_whole(self) -> None:
        self.norm, self.whole = normalize_document_with_map(self.body)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.whole is not None:
            return original_span(self.whole, start, end)
        n = bisect_right(self.norm_starts, start) - 1
        if n not in self._lines:
            line = self.body[self.body_starts[n] : self._end(self.body_starts, n, self.body)]
            norm, mapping = normalize_document_with_map(line)
            own = self.norm[self.norm_starts[n] : self._end(self.norm_starts, n, self.norm)]
            self._lines[n] = mapping if norm == own else None
        mapping = self._lines[n]
        if mapping is None:  # the index holds another version of this line: map it whole
            self._map_whole()
            return self.span(start, end)
        offset = self.norm_starts[n]
        s, e = original_span(mapping, start - offset, end - offset)
        return s + self.body_starts[n], e + self.body_starts[n]

    @staticmethod
    def _end(starts: list[int], n: int, text: str) -> int:
        return starts[n + 1] - 1 if n + 1 < len(starts) else len(text)


def _materialize(
    refs: list[Ref], needles: tuple[str, ...], mode: str, context: int, tree: object = None
) -> list[Line]:
    """Lines for these references, mapped to offsets of the stored body text."""
    wanted: dict[int, set[int]] = {}
    for sid, k in refs:
        wanted.setdefault(sid, set()).add(k)
    bodies = _bodies(wanted)
    lines: dict[Ref, Line] = {}
    for sid, norm in search.normalized_bodies(wanted):
        body = bodies.get(sid)
        if body is None:  # deleted since the index was read
            continue
        mapper = _Mapper(body, norm)
        units = _units(mapper.norm, needles, mode, tree)
        starts = [u[0] for u in _units(mapper.norm, needles, "kwic")] if mode != "kwic" else []
        for k in wanted[sid]:
            if k >= len(units):  # the body changed since it was indexed
                continue
            start, end = mapper.span(*units[k])
            if mode == "sentence":
                left, right = "", ""
            else:
                left = body[max(0, start - context) : start]
                right = body[end : end + context]
            hit = k if mode == "kwic" else bisect_left(starts, units[k][0])
            lines[(sid, k)] = Line(sid, start, end, left, body[start:end], right, hit)
    return [lines[ref] for ref in refs if ref in lines]


def concordance(
    match: search.MatchSet,
    *,
    mode: str = "kwic",
    sort: str = "date",
    page: int = 1,
    page_size: int = 50,
    context: int = CONTEXT,
    with_facets: bool = True,
) -> ConcordancePage:
    count, refs = _refs(match, mode, sort)
    start = (page - 1) * page_size
    window = list(islice(refs, start, start + page_size))
    lines = _materialize(window, match.needles, mode, context, match.parsed.tree)
    return ConcordancePage(
        match=match,
        mode=mode,
        sort=sort,
        count=count,
        speeches=len(match.ids),
        page=page,
        page_size=page_size,
        lines=lines,
        facets=search.facets_for(match.ids) if with_facets else {},
    )


def iter_lines(
    match: search.MatchSet,
    *,
    mode: str = "kwic",
    sort: str = "date",
    context: int = CONTEXT,
    limit: int | None = None,
    batch: int = 500,
) -> Iterator[Line]:
    """Every line in order (up to ``limit``), mapped a batch at a time: an export streams
    without holding the lines (only the references, for context sorts)."""
    _, refs = _refs(match, mode, sort)
    refs = islice(refs, limit) if limit is not None else refs
    while chunk := list(islice(refs, batch)):
        yield from _materialize(chunk, match.needles, mode, context, match.parsed.tree)
