"""Offsets in a normalized text -> offsets in the source text it came from.

Pure (no Django). Every view that shows text (snippets, concordance lines and sentences, the
speech page, exports) finds matches in the normalized text, which is for matching only, and
shows the source's characters: this is the one place where the two are tied together.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from speeches.text.normalize import normalize_document_with_map, original_span

Span = tuple[int, int]


class StaleNorm(Exception):
    """``norm`` turned out not to be the normalization of the source (the speech changed
    since it was indexed). The map now holds the source's own normalization in ``norm``:
    spans taken from the old ``norm`` mean nothing, so find them again in the new one."""


@dataclass(frozen=True)
class SpeechSource:
    """What a result shows of a speech, as stored (never normalized)."""

    text: str  # title + "\n" + body: the text the index's normalized text came from
    headings: tuple[str, ...] = ()  # outline headings, number + title, in document order


def line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


class SourceMap:
    """Normalized spans -> spans of ``source``, one line at a time.

    Normalization never crosses a line break and keeps every break, so line n of the
    normalized text is the normalization of line n of the source: mapping only the lines
    holding a match is ~100x cheaper than mapping a long speech whole. When ``norm`` is not
    the normalization of ``source`` (the source changed since it was indexed), the source is
    normalized again whole and ``norm`` replaced: found at construction (the lines differ in
    number), ``remapped`` is set; found later, while a line is mapped, ``span`` raises
    ``StaleNorm``. Either way callers find their spans again in the new ``norm``.
    """

    def __init__(self, source: str, norm: str) -> None:
        self.source, self.norm = source, norm
        self.source_starts = line_starts(source)
        self.norm_starts = line_starts(norm)
        self.whole: list[int] | None = None
        self.remapped = False
        if len(self.source_starts) != len(self.norm_starts):
            self._map_whole()
        self._lines: dict[int, list[int] | None] = {}

    def _map_whole(self) -> None:
        norm, self.whole = normalize_document_with_map(self.source)
        self.remapped = norm != self.norm
        self.norm = norm

    def span(self, start: int, end: int) -> Span:
        """The source span of the normalized span ``[start, end)`` (``end > start``)."""
        if self.whole is not None:
            return original_span(self.whole, start, end)
        n = bisect_right(self.norm_starts, start) - 1
        if n not in self._lines:
            line = self.source[self.source_starts[n] : _end(self.source_starts, n, self.source)]
            norm, mapping = normalize_document_with_map(line)
            own = self.norm[self.norm_starts[n] : _end(self.norm_starts, n, self.norm)]
            self._lines[n] = mapping if norm == own else None
        mapping = self._lines[n]
        if mapping is None:  # the index holds another version of this line: map it whole
            self._map_whole()
            if self.remapped:
                raise StaleNorm
            return self.span(start, end)
        offset = self.norm_starts[n]
        s, e = original_span(mapping, start - offset, end - offset)
        return s + self.source_starts[n], e + self.source_starts[n]

    def spans(self, spans: list[Span]) -> list[Span]:
        return [self.span(s, e) for s, e in spans if e > s]


def _end(starts: list[int], n: int, text: str) -> int:
    return starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
