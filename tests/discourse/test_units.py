"""What n-gram keyness takes for a unit (speeches/discourse/units.py)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from speeches.discourse import units


def test_a_term_a_longer_one_holds_nearly_all_of_is_merged_away():
    kept = units.merge_contained(
        [("四人帮", (275, 1)), ("四人", (277, 4)), ("人帮", (275, 1)), ("两个", (40, 30))]
    )
    assert sorted(kept) == ["两个", "四人帮"]
    # a shorter term with many occurrences of its own stays
    assert sorted(units.merge_contained([("四人帮", (275, 1)), ("四人", (400, 90))])) == [
        "四人",
        "四人帮",
    ]


@pytest.mark.parametrize(
    ("term", "piece"),
    [
        ("一九", True),
        ("一九五", True),
        ("一九五八", True),
        ("二〇二", True),
        ("九五八", True),
        ("一百八十", True),
        ("二百万", True),
        ("一九五八年", False),
        ("七一", False),
        ("八一", False),
        ("二十", False),
    ],
)
def test_number_pieces(term, piece):
    assert units.is_number_piece(term) is piece


@pytest.mark.parametrize(
    ("term", "loose"),
    [
        ("的斗争", True),
        ("国家的", True),
        ("改革和", True),
        ("到一百一十四万", True),
        ("党的十八", True),
        ("目的", False),
        ("和平", False),
        ("七一", False),
        ("十八大", False),
        ("一九五八年", False),
    ],
)
def test_a_run_with_a_particle_at_an_end_is_loose(term, loose):
    assert units.has_loose_edge(term) is loose


def test_a_unit_is_mostly_word_aligned():
    assert units.is_whole(5, 10) and not units.is_whole(4, 10)
    assert units.is_whole(np.array([1, 9]), np.array([100, 10])).tolist() == [False, True]


def test_phrase_counts_into_one_counter_sum_the_texts():
    texts = [["坚决", "做到", "两个", "维护"], ["两个", "维护", "，", "两个", "维护"]]
    cuts = [units.word_positions(toks) for toks in texts]
    summed = Counter()
    for cut in cuts:
        summed += units.phrase_counts(*cut)
    into = Counter()
    for cut in cuts:
        assert units.phrase_counts(*cut, into=into) is into
    assert into == summed and into["两个维护"] == 3
