"""Which part of a long speech one page shows, and the search hits marked in it. Pure.

A page renders at most PART_CHARS characters of the body and marks at most MAX_MARKS hits,
so a 1.5 M-character compilation (or ``?q=的`` on it) costs what an ordinary speech costs;
"next" links (and the page script, on demand) fetch the rest from ``end``. Windows start and
end at line breaks where they can; only the text of the window is normalized and searched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from speeches.outline import flatten, section_spans
from speeches.rendering import render_body
from speeches.search import highlight
from speeches.search.query import Term

PART_CHARS = 30_000  # characters of body per page (about 100 KB of HTML)
MAX_MARKS = 200  # search hits marked per page
_CHUNK = 4_000  # characters normalized at a time while looking for hits
_OVERLAP = 64  # read past a cut inside a line, so a match across it is found

Span = tuple[int, int]


@dataclass(frozen=True)
class Window:
    start: int
    end: int
    spans: list[Span]  # hits inside [start, end), in body offsets, at most MAX_MARKS
    length: int  # of the whole body

    @property
    def is_whole(self) -> bool:
        return self.start == 0 and self.end >= self.length

    @property
    def next_start(self) -> int | None:
        return self.end if self.end < self.length else None


def _line_end(text: str, pos: int, limit: int) -> int:
    """The offset just past the line break at or after ``pos``; ``limit`` if none before it."""
    if pos >= limit:
        return limit
    cut = text.find("\n", pos, limit)
    return limit if cut < 0 else cut + 1


def window(text: str, start: int, terms: Sequence[Term | str] = ()) -> Window:
    """The part of ``text`` shown from ``start``, with its hits of ``terms`` marked."""
    start = max(0, min(start, len(text)))  # any offset works: mid-line is a page of hits
    limit = min(len(text), start + PART_CHARS)
    end = _line_end(text, limit, len(text)) if limit < len(text) else limit
    if end - start > PART_CHARS + 2_000:  # a huge single line: cut inside it
        end = limit
    if not terms:
        return Window(start, end, [], len(text))
    spans: list[Span] = []
    pos = start
    while pos < end and len(spans) <= MAX_MARKS:
        chunk_end = _line_end(text, min(end, pos + _CHUNK), end)
        overlap = 0
        if chunk_end - pos > 2 * _CHUNK:  # a very long line: cut inside it, and let a
            chunk_end, overlap = pos + _CHUNK, _OVERLAP  # match run on across the cut
        found = highlight.spans(text[pos : chunk_end + overlap], terms)
        spans += [(s + pos, e + pos) for s, e in found if s + pos < chunk_end]
        pos = chunk_end
    if len(spans) > MAX_MARKS:
        # The next page starts at the first hit not marked here (inside its line if need be).
        end = spans[MAX_MARKS][0]
        line_start = text.rfind("\n", start, end) + 1
        if line_start > spans[MAX_MARKS - 1][1]:
            end = line_start
        spans = spans[:MAX_MARKS]
    return Window(start, end, spans, len(text))


def heading_spans(text: str, outline: list[dict], start: int, end: int) -> list[Span]:
    """Where each heading (number + title) of the outline sits in ``text[start:end]``."""

    found = []
    for node in flatten(outline):
        s = node.get("start", -1)
        if start <= s < end:
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            shown = len(node.get("number", "")) + len(node.get("title", ""))
            found.append((s, min(line_end, s + shown + 2, end)))
    return found


def heading_hits(text: str, outline: list[dict], terms: Sequence[Term]) -> int:
    """Matches of ``heading:`` terms in the headings of the whole text."""
    in_headings = [t for t in terms if t.field == "heading"]
    if not in_headings:
        return 0
    return sum(
        len(highlight.spans(text[s:e], in_headings))
        for s, e in heading_spans(text, outline, 0, len(text))
    )


def _with_heading_hits(win: Window, text: str, outline: list[dict], terms: list[Term]) -> Window:
    """``heading:`` terms are marked inside the headings only (never in the body text)."""
    spans = list(win.spans)
    for s, e in heading_spans(text, outline, win.start, win.end):
        spans += [(a + s, b + s) for a, b in highlight.spans(text[s:e], terms)]
    merged = highlight.merge(spans)[:MAX_MARKS]
    return Window(win.start, win.end, merged, win.length)


def shift_outline(outline: list[dict], offset: int) -> list[dict]:
    """Outline nodes with ``start`` relative to a window beginning at ``offset``."""
    return [
        {
            **node,
            "start": node.get("start", -1) - offset,
            "children": shift_outline(node.get("children") or [], offset),
        }
        for node in outline
    ]


@dataclass(frozen=True)
class Page:
    window: Window
    html: str
    hits: int  # marked on this page
    section_hits: dict[str, int]  # anchor -> hits on this page, for sections on this page
    preamble_hits: int
    first_hit: int


def render_page(
    text: str, outline: list[dict], terms: Sequence[Term | str], start: int = 0, first_hit: int = 0
) -> Page:
    """The HTML of one page of a speech body (see ``window``), hits numbered from
    ``first_hit``; outline anchors of the sections on the page only."""

    in_headings = [t for t in terms if isinstance(t, Term) and t.field == "heading"]
    win = window(text, start, [t for t in terms if t not in in_headings])
    if in_headings:
        win = _with_heading_hits(win, text, outline, in_headings)
    local_outline = shift_outline(outline, win.start)
    local_spans = [(s - win.start, e - win.start) for s, e in win.spans]
    body = render_body(text[win.start : win.end], local_outline, local_spans, first_hit)
    on_page = {
        anchor
        for anchor, s, e in section_spans(outline, len(text))
        if s < win.end and e > win.start
    }
    hits = {a: n for a, n in body.section_hits.items() if a in on_page}
    preamble = body.preamble_hits if win.start == 0 else 0
    return Page(win, body.html, body.hit_count, hits, preamble, first_hit)
