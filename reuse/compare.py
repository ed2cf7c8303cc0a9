"""Two speeches side by side: aligned passages in step, character differences marked. Pure.

Rows pair a stretch of one text with a stretch of the other: a line of an aligned passage
with its counterpart (``same``), or the text between two aligned passages (``gap``). Inside an
aligned line, what only the first text has is deleted, what only the second has is inserted,
and a replaced stretch is marked on both sides as changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import escape

MAX_DIFF_LINE = 4000  # characters; a longer line pair is shown as changed without detail


@dataclass(frozen=True)
class Span:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float


@dataclass
class Row:
    kind: str  # "same" (an aligned line pair) or "gap"
    a_html: str
    b_html: str
    anchor: str = ""  # set on the first row of an aligned passage
    changes: list[tuple[str, int, int, int, int]] = field(default_factory=list)


def in_step(spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """The heaviest chain of passages in the same order in both texts, and the rest."""
    spans = sorted(spans, key=lambda s: (s.a_start, s.b_start))[:2000]
    best: list[float] = []
    back: list[int] = []
    for i, s in enumerate(spans):
        weight = s.a_end - s.a_start
        best.append(weight)
        back.append(-1)
        for j in range(i):
            p = spans[j]
            if p.a_end <= s.a_start and p.b_end <= s.b_start and best[j] + weight > best[i]:
                best[i], back[i] = best[j] + weight, j
    if not spans:
        return [], []
    i = max(range(len(spans)), key=best.__getitem__)
    chain: list[int] = []
    while i >= 0:
        chain.append(i)
        i = back[i]
    chosen = set(chain)
    return [spans[i] for i in reversed(chain)], [s for k, s in enumerate(spans) if k not in chosen]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        cut = text.find("\n", pos, end)
        cut = end if cut < 0 else cut
        if text[pos:cut].strip():
            out.append((pos, cut))
        pos = cut + 1
    return out


def _marked(text: str, start: int, end: int, ops: list[tuple[str, int, int]], side: str) -> str:
    tags = {
        ("a", "delete"): ("<del class='diff-del'>", "</del>"),
        ("a", "replace"): ("<del class='diff-chg'>", "</del>"),
        ("b", "insert"): ("<ins class='diff-ins'>", "</ins>"),
        ("b", "replace"): ("<ins class='diff-chg'>", "</ins>"),
    }
    out, cursor = [], start
    for op, s, e in ops:
        if (side, op) not in tags or s >= e:
            continue
        open_tag, close_tag = tags[(side, op)]
        out += [escape(text[cursor:s]), open_tag, escape(text[s:e]), close_tag]
        cursor = e
    out.append(escape(text[cursor:end]))
    return "".join(out)


def _line_pair(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> Row:
    (a0, a1), (b0, b1) = a_span, b_span
    x, y = a[a0:a1], b[b0:b1]
    if max(len(x), len(y)) > MAX_DIFF_LINE:
        opcodes = [("replace", 0, len(x), 0, len(y))] if x != y else []
    else:
        opcodes = [
            op
            for op in SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
            if op[0] != "equal"
        ]
    changes = [(op, a0 + i1, a0 + i2, b0 + j1, b0 + j2) for op, i1, i2, j1, j2 in opcodes]
    a_html = _marked(a, a0, a1, [(op, s, e) for op, s, e, _, _ in changes], "a")
    b_html = _marked(b, b0, b1, [(op, s, e) for op, _, _, s, e in changes], "b")
    return Row("same", a_html, b_html, changes=changes)


def _aligned_rows(a: str, b: str, span: Span) -> list[Row]:
    la, lb = _lines(a, span.a_start, span.a_end), _lines(b, span.b_start, span.b_end)
    keys_a = [a[s:e].strip() for s, e in la]
    keys_b = [b[s:e].strip() for s, e in lb]
    rows: list[Row] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            ai, bj = i1 + k, j1 + k
            if ai < i2 and bj < j2:
                rows.append(_line_pair(a, la[ai], b, lb[bj]))
            elif ai < i2:
                s, e = la[ai]
                rows.append(
                    Row(
                        "same",
                        _marked(a, s, e, [("delete", s, e)], "a"),
                        "",
                        changes=[
                            (
                                "delete",
                                s,
                                e,
                                lb[j2 - 1][1] if j2 else span.b_start,
                                lb[j2 - 1][1] if j2 else span.b_start,
                            )
                        ],
                    )
                )
            else:
                s, e = lb[bj]
                at = la[i2 - 1][1] if i2 else span.a_start
                rows.append(
                    Row(
                        "same",
                        "",
                        _marked(b, s, e, [("insert", s, e)], "b"),
                        changes=[("insert", at, at, s, e)],
                    )
                )
        del op
    if rows:
        rows[0].anchor = f"a{span.a_start}"
    return rows


def _gap(a: str, a_range: tuple[int, int], b: str, b_range: tuple[int, int]) -> Row | None:
    x, y = a[a_range[0] : a_range[1]], b[b_range[0] : b_range[1]]
    if not x.strip() and not y.strip():
        return None
    return Row("gap", escape(x.strip()), escape(y.strip()))


def side_by_side(a: str, b: str, spans: list[Span]) -> tuple[list[Row], list[Span]]:
    """Rows for the page, and the passages that could not be shown in step (crossing)."""
    chain, rest = in_step(spans)
    rows: list[Row] = []
    ca = cb = 0
    for span in chain:
        gap = _gap(a, (ca, span.a_start), b, (cb, span.b_start))
        if gap:
            rows.append(gap)
        rows += _aligned_rows(a, b, span)
        ca, cb = span.a_end, span.b_end
    gap = _gap(a, (ca, len(a)), b, (cb, len(b)))
    if gap:
        rows.append(gap)
    return rows, rest
