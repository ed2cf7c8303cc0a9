"""Speech body → escaped HTML paragraphs with heading anchors and search-hit marks. Pure."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from html import escape

from speeches.outline import flatten, section_spans


@dataclass
class RenderedBody:
    html: str
    hit_count: int
    section_hits: dict[str, int] = field(default_factory=dict)  # anchor -> hits in section
    preamble_hits: int = 0  # hits before the first heading


def _disjoint(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """In-range spans, sorted, overlaps dropped: <mark> tags must nest cleanly."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if 0 <= start < end <= length and (not out or start >= out[-1][1]):
            out.append((start, end))
    return out


def render_body(
    text: str, outline: list[dict], spans: list[tuple[int, int]], first_hit: int = 0
) -> RenderedBody:
    """One <p> per line; headings get their outline anchor; ``spans`` are wrapped in <mark>.

    Marks never cross a line break (search terms contain no newline), so tags nest cleanly.
    ``first_hit`` numbers the marks of a later page of a long speech after the earlier ones.
    """
    flat = [n for n in flatten(outline) if 0 <= n.get("start", -1) < len(text)]
    anchors_at = {n["start"]: n for n in flat}
    heading_starts = sorted(anchors_at)
    spans = _disjoint(spans, len(text))
    span_starts = [s for s, _ in spans]

    parts: list[str] = []
    hit_index = first_hit
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        lo = bisect_left(heading_starts, line_start)
        hi = bisect_left(heading_starts, line_end) if line_end > line_start else lo
        heads = [anchors_at[s] for s in heading_starts[lo:hi]]
        first = bisect_left(span_starts, line_start)
        last = bisect_left(span_starts, line_end)
        cuts: list[tuple[int, str]] = []
        for node in heads:
            cuts.append(
                (node["start"], f'<span class="anchor" id="{escape(node["anchor"])}"></span>')
            )
        for s, e in spans[first:last]:
            e = min(e, line_end)
            cuts.append((s, f'<mark class="hit" id="hit-{hit_index}" data-hit="{hit_index}">'))
            cuts.append((e, "</mark>"))
            hit_index += 1
        # closing tags sort before opening ones at the same offset
        cuts.sort(key=lambda c: (c[0], 0 if c[1] == "</mark>" else 1))
        html_line, cursor = [], line_start
        for at, tag in cuts:
            html_line.append(escape(text[cursor:at]))
            html_line.append(tag)
            cursor = at
        html_line.append(escape(text[cursor:line_end]))
        css = ""
        if heads and heads[0]["start"] - line_start <= 4:
            is_whole = len(line.strip()) <= len(heads[0]["number"]) + len(heads[0]["title"]) + 2
            kind = "heading" if is_whole else "runin"
            css = f' class="{kind} level-{heads[0]["level"]}"'
        parts.append(f"<p{css}>{''.join(html_line)}</p>")

    section_hits = {
        anchor: bisect_left(span_starts, end) - bisect_left(span_starts, start)
        for anchor, start, end in section_spans(outline, len(text))
    }
    first_heading = heading_starts[0] if heading_starts else len(text)
    preamble = bisect_right(span_starts, first_heading - 1) if span_starts else 0
    return RenderedBody("\n".join(parts), len(spans), section_hits, preamble)
