"""Matching an unsaved text on the archive's fingerprints (reuse/draft.py), pure.

Acceptance on planted drafts (bench/draft_planting.py): new text never stored, with passages
of 30-400 characters copied from demo speeches in the archive, half with one to three edits.
A smaller run than bench/draft_check_bench.py, so the suite stays quick."""

from __future__ import annotations

import functools
import random

from bench.draft_planting import Reported, evaluate, make_draft, split_demo
from reuse.corpus import CorpusIndex
from reuse.detect import make_doc
from reuse.draft import SourceSpan, group, match_draft
from speeches.research.budget import Budget


@functools.cache
def _archive():
    split = split_demo()
    docs = {i: make_doc(s.body) for i, s in enumerate(split.archive)}
    ranked = sorted(docs, key=lambda i: (split.archive[i].date or "9999", i))
    order = {i: rank for rank, i in enumerate(ranked)}
    return split, docs, order, CorpusIndex({i: d.hashes for i, d in docs.items()}, order)


def test_planted_passages_are_found_with_their_sources_and_boundaries_and_nothing_else():
    split, docs, order, index = _archive()
    keys = [s.key for s in split.archive]
    rng = random.Random(29)
    runs = []
    for _ in range(30):
        draft = make_draft(split, rng, length=2500, passages=4)
        found = match_draft(make_doc(draft.text), index, lambda ids: docs, order)
        reported = [
            Reported(
                p.start,
                p.end,
                tuple((keys[s.speech], s.source_start, s.source_end) for s in p.sources),
            )
            for p in found.passages
        ]
        runs.append((draft, reported))
    assert sum(1 for d, _ in runs for p in d.planted if p.edits) >= 40
    result = evaluate(runs)
    assert result["recall"] >= 0.95, result["misses"]
    assert result["precision"] >= 0.95, result["false_positives"]
    assert result["boundary_error_max"] <= 5


def test_new_text_alone_shares_nothing():
    split, docs, order, index = _archive()
    fresh = split.fresh[0].body[:3000]
    assert match_draft(make_doc(fresh), index, lambda ids: docs, order).passages == []


def test_an_exhausted_budget_says_the_answer_is_incomplete():
    split, docs, order, index = _archive()
    source = docs[0]
    text = split.archive[0].body[:800]
    spent = Budget(0.0)
    found = match_draft(make_doc(text), index, lambda ids: {0: source}, order, budget=spent)
    assert not found.complete and found.passages == []
    assert spent.cut is not None and spent.cut.unit == "sources"


def test_overlapping_sources_are_one_passage_earliest_first():
    spans = [
        SourceSpan(7, 10, 60, 0, 50, 1.0),
        SourceSpan(3, 20, 80, 100, 160, 0.9),
        SourceSpan(5, 90, 130, 5, 45, 1.0),
    ]
    first, second = group(spans, {3: 0, 7: 1, 5: 2})
    assert (first.start, first.end) == (10, 80)
    assert [s.speech for s in first.sources] == [3, 7]
    assert (second.start, second.end, second.speeches()) == (90, 130, [5])
