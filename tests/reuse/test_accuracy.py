"""Acceptance on a planted corpus (bench/reuse_corpus.py): demo speeches with passages of
30-400 characters planted into others, verbatim or with 1-3 edits. A smaller corpus than the
script's default run (150 passages over all 92 demo speeches), so the suite stays quick."""

from __future__ import annotations

from bench.reuse_corpus import build, demo_speeches, detect, evaluate


def test_planted_passages_are_found_with_their_boundaries_and_nothing_else():
    base = demo_speeches()
    base = base[:5] + base[5::4]  # the five seeds and every fourth report
    natural = detect(base)
    partners = {f.a for f in natural} | {f.b for f in natural}
    sources = [s.key for s in base if s.key not in partners]
    hosts = [s.key for s in base if s.key in partners]
    assert len(sources) >= 4 and len(hosts) >= 8

    corpus = build(base, sources, hosts, n_planted=40, seed=7)
    assert sum(1 for p in corpus.planted if p.edits) >= 10
    result = evaluate(corpus, detect(corpus.speeches), set(sources))

    assert result["recall_within_tolerance"] >= 0.95, result["misses"]
    assert result["precision"] >= 0.95, result["false_positives"]
    # sources share nothing naturally: between them nothing at all may be reported
    assert not [f for f in result["false_positives"] if f.a in sources and f.b in sources]
