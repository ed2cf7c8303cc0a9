"""Shared passages between two texts: boundaries, edits, stock phrases (pure functions)."""

from __future__ import annotations

from pathlib import Path

from reuse.compare import Span, side_by_side
from reuse.detect import make_doc, passages_between, shared_passages

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED_001 = (FIXTURES / "demo" / "seeds" / "001.txt").read_text("utf-8")
ORIGINAL_001 = (FIXTURES / "ingest" / "near_dup" / "001_clean_original.txt").read_text("utf-8")
SEED_000 = (FIXTURES / "demo" / "seeds" / "000.txt").read_text("utf-8")
SEED_002 = (FIXTURES / "demo" / "seeds" / "002.txt").read_text("utf-8")


def body_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    da, db = make_doc(a), make_doc(b)
    return [
        (*da.text.body_span(m.a_start, m.a_end), *db.text.body_span(m.b_start, m.b_end))
        for m in shared_passages(da, db)
    ]


def test_a_copied_paragraph_is_found_with_its_boundaries_in_both_texts():
    passage = SEED_002[1000:1200]
    host = SEED_000[:3000] + passage + SEED_000[3000:]
    (found,) = body_spans(host, SEED_002)
    a_start, a_end, b_start, b_end = found
    assert abs(a_start - 3000) <= 1 and abs(a_end - 3200) <= 1
    assert abs(b_start - 1000) <= 1 and abs(b_end - 1200) <= 1


def test_a_changed_date_and_a_swapped_word_stay_inside_one_passage():
    source = (
        "会议要求，2010年要继续深化创先争优活动，坚持服务中心、建设队伍，"
        "推动基层党组织全面进步全面过硬，为经济社会发展提供坚强组织保证。"
    )
    copy = source.replace("2010", "2011").replace("服务", "效劳").replace("，推动", "、推动")
    (found,) = passages_between(SEED_000[:500] + copy + SEED_002[:500], source)
    assert found.a_end - found.a_start >= len(copy) - 12
    assert 0.85 < found.similarity < 1


def test_a_stock_phrase_shorter_than_n_is_not_a_passage():
    stock = "以习近平新时代中国特色社会主义思想为指导"  # 20 characters
    a = SEED_000[:800] + stock + SEED_000[900:1500]
    b = SEED_002[:800] + stock + SEED_002[900:1500]
    assert passages_between(a, b) == []


def test_unrelated_speeches_share_no_passage():
    assert passages_between(SEED_000, SEED_002) == []


def test_seed_001_and_its_word_swapped_original_are_one_passage():
    (found,) = passages_between(SEED_001, ORIGINAL_001)
    assert 0.95 < found.similarity < 1


def test_the_comparison_marks_the_swapped_words():
    spans = [Span(*s, 0.98) for s in body_spans(SEED_001, ORIGINAL_001)]
    rows, crossing = side_by_side(SEED_001, ORIGINAL_001, spans)
    assert crossing == []
    aligned = [r for r in rows if r.kind == "same"]
    assert sum(1 for r in aligned if r.anchor) == 1  # one aligned passage
    a_side = "".join(r.a_html for r in aligned)
    b_side = "".join(r.b_html for r in aligned)
    # seed 001 says 效劳 where the original says 服务, 根底 for 基础
    assert "<del class='diff-chg'>效劳</del>" in a_side
    assert "<ins class='diff-chg'>服务</ins>" in b_side
    assert "<del class='diff-chg'>根底</del>" in a_side
