"""Concordance: every occurrence of the query's terms (KWIC), or every sentence holding all
of them (CNKI's 句子检索), over the exact match set of a search.

Counting and ordering run on the index's normalized bodies (``speeches.search``); only the
lines shown (or exported) are mapped back to the stored body text, so offsets index the
``text`` of ``/api/speeches/<id>`` and the counts equal ``str.count`` over the normalized
bodies.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from speeches import search
from speeches.models import Speech
from speeches.research import kwic
from speeches.research.budget import Budget, Cut, unlimited
from speeches.search import highlight
from speeches.search.source_map import SourceMap, StaleNorm

MODES = ("kwic", "sentence")
SORTS = ("date", "-date", "speech", "left", "right")
CONTEXT = 30
MAX_CONTEXT = 200
SHOW_SHARE = 0.5  # of a time budget, kept for mapping the lines found (after counting)


@dataclass(frozen=True)
class Line:
    speech: int
    start: int  # offsets into the speech's stored body text
    end: int
    left: str
    match: str
    right: str
    hit: int = 0  # the speech page's ``#hit-<n>`` anchor of this line with ``?q=`` the query
    marks: tuple[tuple[int, int], ...] = ()  # the terms inside ``match`` (sentences), relative
    sentence: tuple[str, str] = ("", "")  # KWIC: the rest of the sentence before and after


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
    truncated: Cut | None = None  # the time budget ran out: ``count`` is a lower bound

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


def _counts(match: search.MatchSet, budget: Budget) -> dict[int, int]:
    """KWIC lines per speech, from the engine's counts (no text is decoded)."""
    total: dict[int, int] = dict.fromkeys(match.ids, 0)
    for needle in match.needles:
        if budget.spent(sum(total.values()), reserve=SHOW_SHARE):
            break
        for sid, n in search.body_counts(match.ids, needle).items():
            total[sid] += n
    return total


def _refs(
    match: search.MatchSet, mode: str, sort: str, budget: Budget
) -> tuple[int, Iterator[Ref]]:
    """The number of lines and the lines, in order, as references (nothing mapped yet).

    Counting stops when half the budget is spent (the rest is for mapping the lines shown
    or exported); ``budget.cut`` then says how many lines were found."""
    if not match.needles or not match.ids:
        return 0, iter(())
    if mode == "kwic" and sort in ("date", "-date", "speech"):
        counts = _counts(match, budget)
        order = [s for s in date_order(match.ids, sort) if counts.get(s)]
        refs = ((sid, k) for sid in order for k in range(counts[sid]))
        return sum(counts.values()), refs
    if mode == "sentence" and sort in ("date", "-date", "speech"):
        order = date_order(match.ids, sort)
        found: list[tuple[int, int]] = []
        lines = 0
        for sid, body in search.normalized_bodies(order):
            if budget.spent(lines, reserve=SHOW_SHARE):
                break
            found.append((sid, len(_units(body, match.needles, mode, match.parsed.tree))))
            lines += found[-1][1]
        refs = ((sid, k) for sid, n in found for k in range(n))
        return sum(n for _, n in found), refs
    return _sorted_by_context(match, mode, sort, budget)


def _sorted_by_context(
    match: search.MatchSet, mode: str, sort: str, budget: Budget
) -> tuple[int, Iterator[Ref]]:
    facts = search.speech_facts(match.ids)
    keyed = []
    for sid, body in search.normalized_bodies(match.ids):
        if budget.spent(len(keyed), reserve=SHOW_SHARE):
            break
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

    ids = list(ids)
    return dict(Speech.objects.filter(pk__in=ids).values_list("pk", "body"))


def _term_spans(norm: str, needles: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """The needles' occurrences inside ``norm[start:end]`` (normalized offsets), merged."""
    found = [(s + start, e + start) for s, e, _ in kwic.occurrences(norm[start:end], needles)]
    return highlight.merge(found)


def _materialize(
    refs: list[Ref],
    needles: tuple[str, ...],
    mode: str,
    context: int,
    tree: object = None,
    budget: Budget | None = None,
) -> list[Line]:
    """Lines for these references, mapped to offsets of the stored body text.

    When the budget runs out (checked per speech), the lines are the ones before the first
    reference left unmapped: a prefix of ``refs``, never a list with holes."""
    wanted: dict[int, set[int]] = {}
    for sid, k in refs:
        wanted.setdefault(sid, set()).add(k)
    bodies = _bodies(wanted)
    lines: dict[Ref, Line] = {}
    done: set[int] = set()
    for sid, norm in search.normalized_bodies(wanted):
        if budget is not None and budget.spent(len(lines)):
            return [lines[ref] for ref in _prefix(refs, done)]
        done.add(sid)
        body = bodies.get(sid)
        if body is None:  # deleted since the index was read
            continue
        mapper = SourceMap(body, norm)
        try:
            found = _speech_lines(sid, body, mapper, wanted[sid], needles, mode, context, tree)
        except StaleNorm:  # the body changed since it was indexed: mapper.norm is its own now
            found = _speech_lines(sid, body, mapper, wanted[sid], needles, mode, context, tree)
        lines.update(found)
    return [lines[ref] for ref in refs if ref in lines]


def _speech_lines(
    sid: int,
    body: str,
    mapper: SourceMap,
    wanted: set[int],
    needles: tuple[str, ...],
    mode: str,
    context: int,
    tree: object,
) -> dict[Ref, Line]:
    """The wanted lines of one speech, offsets in its stored ``body``."""
    units = _units(mapper.norm, needles, mode, tree)
    starts = [u[0] for u in _units(mapper.norm, needles, "kwic")] if mode != "kwic" else []
    lines: dict[Ref, Line] = {}
    for k in wanted:
        if k >= len(units):  # the body changed since it was indexed
            continue
        start, end = mapper.span(*units[k])
        marks: tuple[tuple[int, int], ...] = ()
        sentence = ("", "")
        if mode == "sentence":
            left, right = "", ""
            inside = _term_spans(mapper.norm, needles, *units[k])
            marks = tuple((s - start, e - start) for s, e in mapper.spans(inside))
        else:
            left = body[max(0, start - context) : start]
            right = body[end : end + context]
            first, last = kwic.sentence_around(body, start, end)
            sentence = (body[first:start], body[end:last])
        hit = k if mode == "kwic" else bisect_left(starts, units[k][0])
        lines[(sid, k)] = Line(sid, start, end, left, body[start:end], right, hit, marks, sentence)
    return lines


def _prefix(refs: list[Ref], done: set[int]) -> Iterator[Ref]:
    """The references up to the first one of a speech not yet mapped."""
    for ref in refs:
        if ref[0] not in done:
            return
        yield ref


def concordance(
    match: search.MatchSet,
    *,
    mode: str = "kwic",
    sort: str = "date",
    page: int = 1,
    page_size: int = 50,
    context: int = CONTEXT,
    with_facets: bool = True,
    budget: Budget | None = None,
) -> ConcordancePage:
    budget = budget or unlimited()
    count, refs = _refs(match, mode, sort, budget)
    start = (page - 1) * page_size
    window = list(islice(refs, start, start + page_size))
    counted = budget.cut
    lines = _materialize(window, match.needles, mode, context, match.parsed.tree, budget)
    if budget.cut is not counted:  # ran out while mapping this page: say up to which line
        budget.cut = Cut(after=start + len(lines), seconds=budget.cut.seconds)
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
        truncated=budget.cut,
    )


def iter_lines(
    match: search.MatchSet,
    *,
    mode: str = "kwic",
    sort: str = "date",
    context: int = CONTEXT,
    limit: int | None = None,
    batch: int = 500,
    budget: Budget | None = None,
) -> Iterator[Line]:
    """Every line in order (up to ``limit``), mapped a batch at a time: an export streams
    without holding the lines (only the references, for context sorts).

    With a budget, the lines stop at its deadline and ``budget.cut`` says after how many
    (the caller writes that into the export)."""
    budget = budget or unlimited()
    _, refs = _refs(match, mode, sort, budget)
    refs = islice(refs, limit) if limit is not None else refs
    done = 0
    while not budget.spent(done) and (chunk := list(islice(refs, batch))):
        lines = _materialize(chunk, match.needles, mode, context, match.parsed.tree, budget)
        done += len(lines)
        yield from lines
    if budget.cut is not None and budget.cut.after != done:
        # counting stopped first: the lines that were found have all been written
        budget.cut = Cut(after=done, seconds=budget.cut.seconds, unit=budget.cut.unit)
