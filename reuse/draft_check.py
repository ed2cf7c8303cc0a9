"""The draft check: a draft's shared passages, sources, shares and formulations. Read-only.

``check_draft`` is what the page and the JSON endpoint call. It reads the reuse tables, the
published speeches and the search index, and writes nothing: the draft lives in this
request's memory only. Only counts and timings are logged, never the text.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np

from reuse import draft_corpus
from reuse.detect import make_doc
from reuse.draft import DraftMatch, DraftPassage, SourceSpan, match_draft
from reuse.draft_formulations import Usage, candidates, usage
from reuse.queries import covered
from reuse.services import min_length
from speeches.models import Speech
from speeches.research.budget import Budget
from speeches.text.date_precision import iso_date, known_precision

log = logging.getLogger(__name__)

MATCH_SHARE = 0.6  # of the time budget for the matching
# The formulations get the rest, at most this (the whole answer must come within 3 s at 10k
# speeches; their 80 lookups take 0.1-0.2 s there, but up to ~1.5 s when the newest speeches
# hold none of them: bench/draft_check_bench.py --no-recent-window).
FORMULATION_SECONDS = 2.0
ANSWER_SECONDS = 2.5  # the formulations stop in time for the whole answer to be in by then


@dataclass(frozen=True)
class Source:
    """A speech the draft shares passages with, and the share of the draft found in it."""

    speech: Speech
    share: float
    passages: int

    def as_json(self) -> dict:
        s = self.speech
        return {
            "id": s.pk,
            "title": s.title,
            "speaker": s.speaker.name if s.speaker else "",
            "level": s.level,
            "date": iso_date(s.date, s.date_precision),
            "date_precision": known_precision(s.date, s.date_precision),
            "url": s.get_absolute_url(),
            "share": round(self.share, 4),
            "passages": self.passages,
        }


@dataclass(frozen=True)
class Segment:
    """A stretch of the draft for the page: plain, or a shared passage (its number)."""

    text: str
    passage: int | None = None


@dataclass
class Report:
    text: str
    submitted: str
    passages: list[DraftPassage]
    sources: list[Source]  # earliest first
    share: float
    usage: Usage
    before_year: int | None
    complete: bool
    seconds: float = 0.0
    by_id: dict[int, Source] = field(default_factory=dict)

    @property
    def cleaned(self) -> bool:
        """The cleaning changed the submitted text (offsets are into ``text``)."""
        return self.text != self.submitted

    def segments(self) -> list[Segment]:
        out, cursor = [], 0
        for n, p in enumerate(self.passages, 1):
            if p.start > cursor:
                out.append(Segment(self.text[cursor : p.start]))
            out.append(Segment(self.text[p.start : p.end], n))
            cursor = p.end
        out.append(Segment(self.text[cursor:]))
        return [s for s in out if s.text]

    def listing(self) -> list[tuple[DraftPassage, list[tuple[Source, SourceSpan]]]]:
        """Each passage with its sources (earliest first), for the page."""
        return [
            (p, [(self.by_id[s.speech], s) for s in p.sources if s.speech in self.by_id])
            for p in self.passages
        ]

    def as_json(self) -> dict:
        out = {
            "length": len(self.text),
            "share": round(self.share, 4),
            "passages": [
                {
                    "start": p.start,
                    "end": p.end,
                    "sources": [
                        {
                            "speech": s.speech,
                            "start": s.source_start,
                            "end": s.source_end,
                            "draft_start": s.start,
                            "draft_end": s.end,
                            "similarity": s.similarity,
                        }
                        for s in p.sources
                        if s.speech in self.by_id
                    ],
                }
                for p in self.passages
            ],
            "new_formulations": [c.text for c in self.usage.unseen],
            "ended_formulations": [
                {"text": c.text, "last_year": year} for c, year in self.usage.ended
            ],
            "before_year": self.before_year,
            "speeches": [s.as_json() for s in self.sources],
            "complete": self.complete,
            "unchecked_formulations": self.usage.unchecked,
        }
        if self.cleaned:
            out["text"] = self.text
        return out


def check_draft(
    text: str, *, submitted: str | None = None, before_year: int | None = None, budget: Budget
) -> Report:
    """Check a (cleaned) draft against the published archive within ``budget``."""
    started = time.perf_counter()
    published = draft_corpus.published_index()
    match_budget = Budget(budget.seconds * MATCH_SHARE)
    found = match_draft(
        make_doc(text),
        published.index,
        draft_corpus.load_published,
        published.order,
        min_length=min_length(),
        budget=match_budget,
    )
    visible = _visible(text)
    sources = _sources(visible, found, published.order)
    phrases = candidates(text)
    left = max(0.0, min(budget.seconds, ANSWER_SECONDS) - budget.elapsed())
    seen = usage(phrases, before_year, Budget(min(left, FORMULATION_SECONDS)), published.state)
    report = Report(
        text=text,
        submitted=text if submitted is None else submitted,
        passages=found.passages,
        sources=sources,
        share=_share(visible, _spans(found.passages)),
        usage=seen,
        before_year=before_year,
        complete=found.complete and not seen.unchecked,
        by_id={s.speech.pk: s for s in sources},
    )
    report.seconds = round(time.perf_counter() - started, 3)
    # Counts and timings only: the draft's text must never reach a log.
    log.info(
        "draft check: %d chars, %d passages, %d sources, %d candidates, "
        "%d/%d formulations in %.3f s, %.3f s%s",
        len(text),
        len(report.passages),
        len(sources),
        found.candidates,
        seen.checked,
        len(phrases),
        seen.seconds,
        report.seconds,
        "" if report.complete else " (time budget)",
    )
    return report


def _spans(passages: list[DraftPassage], speech: int | None = None) -> list[SourceSpan]:
    return [s for p in passages for s in p.sources if speech is None or s.speech == speech]


def _visible(text: str) -> np.ndarray:
    """Running count of the text's non-space characters (the share's unit, as on a speech's
    reuse panel): a span's count in two lookups, for every source of a long draft."""
    flags = np.fromiter((not ch.isspace() for ch in text), dtype=np.int64, count=len(text))
    return np.concatenate([[0], np.cumsum(flags)])


def _share(visible: np.ndarray, spans: list[SourceSpan]) -> float:
    total = int(visible[-1])
    inside = sum(int(visible[e] - visible[s]) for s, e in covered(spans))
    return inside / total if total else 0.0


def _sources(visible: np.ndarray, found: DraftMatch, order: dict[int, int]) -> list[Source]:
    ids = {s.speech for p in found.passages for s in p.sources}
    speeches = Speech.objects.published().select_related("speaker").in_bulk(ids)
    out = [
        Source(
            speeches[i],
            _share(visible, _spans(found.passages, i)),
            len(covered(_spans(found.passages, i))),
        )
        for i in ids
        if i in speeches
    ]
    return sorted(out, key=lambda s: (order.get(s.speech.pk, len(order)), s.speech.pk))
