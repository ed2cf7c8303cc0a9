"""Passages an unsaved text (a draft) shares with the archive. Pure; reads, never writes.

A stored speech finds its partners through the corpus index of winnowed fingerprints
(``corpus.CorpusIndex``) and aligns them (``detect``). A draft is asked the same question in
the same way: its fingerprints against the stored postings of the published speeches, the
earliest few holders of each fingerprint as candidates, then seeds and alignment against
each candidate's text. Nothing is stored: the draft exists only in the caller's memory.

Passages found against several sources that overlap in the draft are one draft passage with
several sources (earliest first), each source keeping its own span in the draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reuse.corpus import CorpusIndex, ScannedIndex
from reuse.detect import MIN_LENGTH, Doc, passages_from_seeds, seeds_from_docs
from speeches.research.budget import Budget

DRAFT_ID = -1  # the draft's id in the index: no stored speech has it
PER_POSITION = 3  # earliest holders of each draft fingerprint aligned (as for a new speech)


@dataclass(frozen=True)
class SourceSpan:
    """``draft[start:end]`` is found in speech ``speech`` at ``source_start:source_end``."""

    speech: int
    start: int
    end: int
    source_start: int
    source_end: int
    similarity: float


@dataclass(frozen=True)
class DraftPassage:
    """A stretch of the draft found in earlier speeches (``sources`` earliest first)."""

    start: int
    end: int
    sources: tuple[SourceSpan, ...]

    def speeches(self) -> list[int]:
        return list(dict.fromkeys(s.speech for s in self.sources))


@dataclass
class DraftMatch:
    passages: list[DraftPassage]
    candidates: int  # speeches aligned with the draft
    complete: bool = True  # False: the time budget ran out before every candidate was aligned


def match_draft(
    draft: Doc,
    index: CorpusIndex | ScannedIndex,
    load: Callable[[list[int]], Mapping[int, Doc]],
    order: Mapping[int, int],
    *,
    min_length: int = MIN_LENGTH,
    per_position: int = PER_POSITION,
    budget: Budget | None = None,
) -> DraftMatch:
    """The draft's shared passages; ``order`` ranks speeches (0 = earliest), ``load`` gives
    the prepared texts of the ids asked for (those that exist)."""
    candidates = index.candidates(DRAFT_ID, draft.hashes, per_position)
    if not candidates:
        return DraftMatch([], 0)
    docs = load(candidates)
    found = seeds_from_docs(draft, dict(docs), DRAFT_ID)
    spans: list[SourceSpan] = []
    complete = True
    for done, (speech_id, pairs) in enumerate(sorted(found.items())):
        if budget is not None and budget.spent(done, unit="sources"):
            complete = False
            break
        source = docs[speech_id]
        for m in passages_from_seeds(draft, source, pairs, min_length):
            start, end = draft.text.body_span(m.a_start, m.a_end)
            source_start, source_end = source.text.body_span(m.b_start, m.b_end)
            spans.append(
                SourceSpan(speech_id, start, end, source_start, source_end, round(m.similarity, 4))
            )
    return DraftMatch(group(spans, order), len(docs), complete)


def group(spans: list[SourceSpan], order: Mapping[int, int]) -> list[DraftPassage]:
    """Overlapping source spans as one draft passage (their union), in draft order."""
    last = len(order)
    passages: list[DraftPassage] = []
    current: list[SourceSpan] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if current and span.start >= end:
            passages.append(_passage(current, order, last))
            current = []
        current.append(span)
        end = max(end, span.end)
    if current:
        passages.append(_passage(current, order, last))
    return passages


def _passage(spans: list[SourceSpan], order: Mapping[int, int], last: int) -> DraftPassage:
    ordered = sorted(spans, key=lambda s: (order.get(s.speech, last), s.speech, s.start))
    return DraftPassage(min(s.start for s in spans), max(s.end for s in spans), tuple(ordered))
