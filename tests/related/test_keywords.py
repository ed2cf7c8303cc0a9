"""Keyword signatures and the bounded neighbour search (pure)."""

from __future__ import annotations

from related import keywords

PARTY = "加强基层党组织建设，发挥党支部战斗堡垒作用，党员发挥先锋模范作用。" * 3
RIVER = "治理河道污染，保护水源地生态，河长制落实到每一条河流。" * 3


def test_signature_keeps_distinctive_words_with_unit_weights():
    sig = keywords.signature("基层党建", PARTY)
    words = [w for w, _ in sig]
    assert ("党支部" in words and "战斗堡垒" in words) or "堡垒" in words
    assert all(len(w) > 1 for w in words)
    assert abs(sum(weight * weight for _, weight in sig) - 1) < 1e-3


def test_signature_reads_a_bounded_prefix_of_a_huge_text(monkeypatch):
    seen = []
    monkeypatch.setattr(keywords, "words", lambda text: seen.append(len(text)) or [])
    keywords.signature("题", "字" * 3_000_000)
    assert seen and seen[0] <= keywords.TEXT_CAP + 10


def test_nearest_prefers_shared_keywords_and_excludes_itself():
    sigs = {
        1: keywords.signature("", PARTY),
        2: keywords.signature("", PARTY + "党建工作"),
        3: keywords.signature("", RIVER),
    }
    index = keywords.Neighbours(sigs)
    assert next(sid for sid, _ in index.nearest(sigs[1], 5, exclude=1)) == 2
    assert 1 not in dict(index.nearest(sigs[1], 5, exclude=1))


def test_work_per_lookup_is_bounded_by_the_posting_cap():
    common = [("党员", 1.0)]
    index = keywords.Neighbours({i: common for i in range(5 * keywords.POSTING_CAP)})
    assert len(index.scores(common, exclude=None)) == keywords.POSTING_CAP
