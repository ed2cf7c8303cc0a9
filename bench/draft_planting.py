"""Planted drafts for the draft check: new text with passages copied from archive speeches.

Real texts from fixtures/demo (bench/reuse_corpus.py reads them). The demo speeches that
share nothing with any other are split in two: one half joins the archive (the speeches
passages are copied from, each the only holder of its text), the other half is never
stored and gives the drafts their new text. A draft is a stretch of such new text with
passages of 30-400 characters copied in at sentence ends, half verbatim and half with one
to three edits (a number changed in place, a swapped word, changed punctuation). The truth is each
passage's span in the draft and in its source. Pure: no Django.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from bench.reuse_corpus import _DIGITS, Speech, _edit, demo_speeches, detect

_SENTENCE_END = re.compile(r"[。！？]")


@dataclass(frozen=True)
class Planted:
    source: str  # key of the archive speech
    start: int  # span in the draft
    end: int
    source_start: int
    source_end: int
    edits: tuple[str, ...]


@dataclass
class Draft:
    text: str
    planted: list[Planted]


@dataclass
class Split:
    archive: list[Speech]  # stored speeches
    sources: list[str]  # archive keys passages are copied from (share nothing else)
    fresh: list[Speech]  # never stored: the drafts' own text


def split_demo(*, any_source: bool = False) -> Split:
    """``any_source``: passages come from every archive speech, also those sharing text
    with others (the reported source may then be an earlier holder of the same text)."""
    speeches = demo_speeches()
    natural = detect(speeches)
    partners = {f.a for f in natural} | {f.b for f in natural}
    unrelated = [s for s in speeches if s.key not in partners]
    fresh = unrelated[1::2]
    fresh_keys = {s.key for s in fresh}
    archive = [s for s in speeches if s.key not in fresh_keys]
    sources = [s.key for s in archive] if any_source else [s.key for s in unrelated[0::2]]
    return Split(archive, sources, fresh)


def make_draft(split: Split, rng: random.Random, *, length: int = 3000, passages: int = 4) -> Draft:
    """``length`` characters of new text with ``passages`` copied passages planted in it."""
    by_key = {s.key: s for s in split.archive}
    fresh = rng.choice([s for s in split.fresh if len(s.body) > 200])
    start = rng.randrange(0, max(1, len(fresh.body) - length))
    text = fresh.body[start : start + length]
    ends = sorted({m.end() for m in _SENTENCE_END.finditer(text)} | {len(text)})
    cuts = sorted(rng.sample(ends, min(passages, len(ends))))
    pieces: list[str] = []
    planted: list[Planted] = []
    cursor = 0
    taken: set[str] = set()
    for at in cuts:
        pieces.append(text[cursor:at])
        cursor = at
        source = rng.choice([k for k in split.sources if k not in taken] or split.sources)
        taken.add(source)
        body = by_key[source].body
        size = rng.randint(30, min(400, len(body) - 1))
        s_start = rng.randrange(0, len(body) - size)
        passage = body[s_start : s_start + size]
        edits: list[str] = []
        if rng.random() < 0.5:
            # a number changed in place (never a year inserted: that is five characters)
            kinds = ["swap", "punct", "swap"] + (["date"] if _DIGITS.search(passage[8:-8]) else [])
            for kind in rng.sample(kinds, rng.randint(1, 3)):
                changed = _edit(passage, rng, kind)
                if changed is not None:
                    passage, edits = changed, [*edits, kind]
        offset = sum(len(p) for p in pieces)
        planted.append(
            Planted(source, offset, offset + len(passage), s_start, s_start + size, tuple(edits))
        )
        pieces.append(passage)
    pieces.append(text[cursor:])
    return Draft("".join(pieces), planted)


@dataclass(frozen=True)
class Reported:
    """A reported passage: its draft span and (source key, source span) per source."""

    start: int
    end: int
    sources: tuple[tuple[str, int, int], ...]


def evaluate(
    drafts: list[tuple[Draft, list[Reported]]],
    tolerance: int = 5,
    same_text: Callable[[str, int, int, Planted], bool] | None = None,
) -> dict:
    """Recall (found with the true source, both boundaries in the draft and in the source
    within ``tolerance``), recall by overlap, precision (reported passages that are a planted
    one with its source) and the boundary errors of the hits. ``same_text(key, start, end,
    planted)``: another speech holding the planted passage's text counts as its source (its
    span is then not compared with the planted source span)."""
    planted = hits = overlaps = reported = true = 0
    errors: list[int] = []
    misses, false = [], []
    for draft, found in drafts:
        for p in draft.planted:
            planted += 1
            near = [f for f in found if f.start < p.end and p.start < f.end]
            overlaps += bool(near)
            best = None
            for f in near:
                for key, s, e in f.sources:
                    if key == p.source:
                        source_error = max(abs(s - p.source_start), abs(e - p.source_end))
                    elif same_text is not None and same_text(key, s, e, p):
                        source_error = 0
                    else:
                        continue
                    worst = max(abs(f.start - p.start), abs(f.end - p.end), source_error)
                    best = worst if best is None else min(best, worst)
            if best is not None and best <= tolerance:
                hits += 1
                errors.append(best)
            else:
                misses.append((p, near, best))
        for f in found:
            reported += 1
            ok = any(
                f.start < p.end
                and p.start < f.end
                and any(
                    (k == p.source and s < p.source_end and p.source_start < e)
                    or (same_text is not None and same_text(k, s, e, p))
                    for k, s, e in f.sources
                )
                for p in draft.planted
            )
            true += ok
            if not ok:
                false.append((f, draft.text[f.start : f.end][:60]))
    errors.sort()
    return {
        "planted": planted,
        "recall": hits / planted if planted else 1.0,
        "recall_overlap": overlaps / planted if planted else 1.0,
        "reported": reported,
        "precision": true / reported if reported else 1.0,
        "boundary_error_max": errors[-1] if errors else None,
        "boundary_error_mean": round(sum(errors) / len(errors), 2) if errors else None,
        "boundary_exact": sum(1 for e in errors if e == 0),
        "misses": misses,
        "false_positives": false,
    }
