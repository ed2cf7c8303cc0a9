"""The statistics against their textbook definitions, written out differently."""

from __future__ import annotations

import math

import pytest

from speeches.discourse import stats, units


def _g2_table(a: int, b: int, size_a: int, size_b: int) -> float:
    # Rayson & Garside: expected values from the pooled relative frequency.
    pooled = (a + b) / (size_a + size_b)
    total = 0.0
    for observed, size in ((a, size_a), (b, size_b)):
        if observed:
            total += observed * math.log(observed / (size * pooled))
    return 2 * total


@pytest.mark.parametrize(
    "a,b,size_a,size_b",
    [(10, 20, 1000, 5000), (0, 7, 300, 900), (5, 0, 100, 100), (123, 456, 78_901, 234_567)],
)
def test_g2_and_log_ratio(a, b, size_a, size_b):
    assert stats.g2(a, b, size_a, size_b) == pytest.approx(_g2_table(a, b, size_a, size_b))
    ra, rb = max(a, 0.5) / size_a, max(b, 0.5) / size_b
    assert stats.log_ratio(a, b, size_a, size_b) == pytest.approx(math.log2(ra / rb))


def test_g2_is_zero_when_the_relative_frequencies_agree():
    assert stats.g2(10, 20, 1000, 2000) == pytest.approx(0.0)
    assert stats.log_ratio(10, 20, 1000, 2000) == pytest.approx(0.0)


def test_logdice_and_mi3():
    assert stats.logdice(8, 10, 30) == pytest.approx(14 + math.log2(16 / 40))
    assert stats.mi3(8, 10, 30, 10_000) == pytest.approx(math.log2(512 * 10_000 / 300))
    assert stats.logdice(0, 10, 30) == float("-inf")


def test_phrases_are_word_runs_of_two_to_eight_han_characters():
    toks = ["坚决", "做到", "两个", "维护", "，", "做到", "两个", "维护", " ", "工作"]
    found = units.phrase_counts(*units.word_positions(toks))
    assert "维护工作" not in found  # a space ends a run too
    assert found["两个维护"] == 2 and found["做到两个维护"] == 2
    assert "护，" not in "".join(found) and "维护做到" not in found  # never across punctuation
    assert all(2 <= len(p) <= 8 for p in found)


def test_a_shorter_item_with_the_same_counts_is_merged_away():
    kept = units.merge_contained(
        [("两个维护", (4, 1)), ("两个维", (4, 1)), ("维护", (9, 3)), ("个维护", (4, 1))]
    )
    assert sorted(kept) == ["两个维护", "维护"]
