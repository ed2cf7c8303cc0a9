"""Marking query matches: snippets for result lists and spans for the speech page.

Pure (no Django). Matches are the literal occurrences of the query's positive terms in the
normalized text, exactly what search matched. Output HTML is built by escaping every piece
of text and adding only ``<mark>`` and ``</mark>``, so it is safe by construction.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from speeches.search.query import Term
from speeches.search.source_map import SourceMap, SpeechSource, StaleNorm
from speeches.text.normalize import (
    normalize_document,
)

ELLIPSIS = "…"
_WHITESPACE = re.compile(r"\s+")

Span = tuple[int, int]


def _needles(terms: Iterable[Term | str]) -> list[str]:
    """Term texts are already normalized; plain strings are normalized here."""
    out: list[str] = []
    for term in terms:
        needle = term.text if isinstance(term, Term) else normalize_document(term)
        if needle and needle not in out:
            out.append(needle)
    return out


def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of ``needle``, left to right."""
    starts: list[int] = []
    i = text.find(needle)
    while i >= 0:
        starts.append(i)
        i = text.find(needle, i + len(needle))
    return starts


def merge(spans: Iterable[Span], *, touching: bool = False) -> list[Span]:
    """Sorted union of spans; adjacent spans stay apart (two hits) unless ``touching``."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or (touching and start == merged[-1][1])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def match_spans(norm_text: str, terms: Iterable[Term | str]) -> tuple[list[Span], int]:
    """Merged, sorted spans of every term occurrence in ``norm_text``, and their count."""
    found: list[Span] = []
    for needle in _needles(terms):
        found += [(s, s + len(needle)) for s in _occurrences(norm_text, needle)]
    return merge(found), len(found)


def spans(text: str, terms: Iterable[Term | str]) -> list[Span]:
    """Spans of the matches in the ORIGINAL ``text`` (before normalization), mapped by the
    same ``SourceMap`` as snippets and concordance lines (only lines holding a match)."""
    norm = normalize_document(text)
    found, _ = match_spans(norm, terms)
    return merge(SourceMap(text, norm).spans(found))


def mark_html(text: str, marks: Sequence[Span], start: int = 0, end: int | None = None) -> str:
    """Escaped ``text[start:end]`` with the parts inside ``marks`` wrapped in ``<mark>``."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for s, e in marks:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def _window(text: str, start: int, end: int, context: int) -> Span:
    """``context`` characters either side of a match, not crossing a line break."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return max(line_start, start - context), min(line_end, end + context)


def _pick(text: str, by_term: list[list[Span]], max_fragments: int, context: int) -> list[Span]:
    """Windows around different matches: each term's first match, then each term's next…

    Round-robin over the terms, so a two-term query shows both terms before repeating one;
    a match already inside a chosen window adds nothing new and is skipped.
    """
    windows: list[Span] = []
    for depth in range(max((len(m) for m in by_term), default=0)):
        for matches in by_term:
            if len(windows) >= max_fragments:
                return windows
            if depth >= len(matches):
                continue
            s, e = matches[depth]
            if not any(ws <= s and e <= we for ws, we in windows):
                windows.append(_window(text, s, e, context))
    return windows


def _render(text: str, window: Span, marks: Sequence[Span]) -> str:
    start, end = window
    body = _WHITESPACE.sub(" ", mark_html(text, marks, start, end)).strip()
    before = ELLIPSIS if start > 0 and text[start - 1] != "\n" else ""
    after = ELLIPSIS if end < len(text) and text[end] != "\n" else ""
    return f"{before}{body}{after}"


def snippets(
    norm_text: str,
    terms: Iterable[Term | str],
    max_fragments: int = 3,
    context: int = 40,
    *,
    body_start: int = 0,
    source: str | None = None,
) -> tuple[list[str], int]:
    """Up to ``max_fragments`` escaped HTML fragments around matches, and the match count.

    ``norm_text`` is normalized text (what the index holds); matches are found there.
    ``source`` is the text it was normalized from: fragments then show the source's own
    characters (Traditional script, full-width punctuation), the marks mapped onto them.
    Fragments show different matches (round-robin over the terms), are merged where they
    overlap, keep to one line, and carry … where they cut the line. Without any match, the
    text's opening is shown.

    ``body_start``: where the body begins when ``norm_text`` is title + "\n" + body. Matches
    before it count, but fragments come from the body: the title is already on the page.
    """
    needles = _needles(terms)
    windows, marks, count = _snippet_spans(norm_text, needles, max_fragments, context, body_start)
    shown = norm_text
    if source is not None:
        mapper = SourceMap(source, norm_text)
        try:
            stale = mapper.remapped
            mapped = ([], []) if stale else (mapper.spans(windows), mapper.spans(marks))
        except StaleNorm:
            stale = True
        if stale:  # the source changed since it was indexed: find the matches again
            windows, marks, count = _snippet_spans(
                mapper.norm, needles, max_fragments, context, body_start
            )
            mapped = mapper.spans(windows), mapper.spans(marks)
        (windows, marks), shown = mapped, source
    fragments = [_render(shown, w, marks) for w in windows]
    return [f for f in fragments if f.strip(ELLIPSIS + " ")], count


def _snippet_spans(
    norm_text: str, needles: list[str], max_fragments: int, context: int, body_start: int
) -> tuple[list[Span], list[Span], int]:
    """(windows, marks, match count) in ``norm_text``."""
    by_term = [[(s, s + len(n)) for s in _occurrences(norm_text, n)] for n in needles]
    count = sum(len(m) for m in by_term)
    marks = merge(span for matches in by_term for span in matches)
    in_body = [[m for m in matches if m[0] >= body_start] for matches in by_term]
    if not any(in_body):
        opening = _window(norm_text, body_start, body_start, 2 * context)
        if not norm_text[opening[0] : opening[1]].strip():
            return [], marks, count
        return [opening], marks, count
    windows = merge(_pick(norm_text, in_body, max_fragments, context), touching=True)
    return windows, marks, count


def heading_snippets(
    headings: Sequence[str], terms: Iterable[Term | str], limit: int = 5
) -> tuple[list[str], int]:
    """The headings (source text) holding a term, marked, at most ``limit``; and the count
    of term occurrences over every heading."""
    terms = list(terms)
    shown: list[str] = []
    count = 0
    for heading in headings:
        _, n = match_spans(normalize_document(heading), terms)
        if n:
            count += n
            if len(shown) < limit:
                shown.append(mark_html(heading, spans(heading, terms)))
    return shown, count


def hit_snippets(
    norm_text: str, terms: Sequence[Term], source: SpeechSource
) -> tuple[list[str], list[str], int]:
    """(text snippets, heading snippets, count) of one search result.

    ``heading:`` terms are shown and counted in the headings they must occur in; the other
    terms in the title and body, as ``snippets`` shows them.
    """
    in_headings = [t for t in terms if t.field == "heading"]
    others = [t for t in terms if t.field != "heading"]
    fragments: list[str] = []
    count = 0
    if others or not in_headings:
        fragments, count = snippets(norm_text, others, source=source.text)
    marked, in_heading_count = heading_snippets(source.headings, in_headings)
    return fragments, marked, count + in_heading_count
