"""normalize_document_with_map: same text as normalize_document, offsets back to the original."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.text.normalize import (
    normalize_document,
    normalize_document_with_map,
    original_span,
)


def _assert_valid(text: str) -> tuple[str, list[int]]:
    norm, mapping = normalize_document_with_map(text)
    assert norm == normalize_document(text)
    assert len(mapping) == len(norm) + 1
    assert mapping[-1] == len(text)
    assert all(0 <= m <= len(text) for m in mapping)
    assert all(a <= b for a, b in pairwise(mapping))
    assert all(m < len(text) for m in mapping[:-1])
    return norm, mapping


@pytest.mark.parametrize(
    "text",
    [
        "",
        "党员干部",
        "黨員幹部要學習",
        "ＡＢＣ　全面　從嚴治黨",
        "活 动 方 案 and  more",
        "㍿ ㈠ ⑴ ﾊﾞｶ",
        "e\u0301 café İstanbul ΑΣ ΟΔΟΣ.",
        "\u0f73\u0f73 \u1100\u1161",
    ],
)
def test_examples(text):
    _assert_valid(text)


def test_sample_speeches(fixtures_dir):
    for path in sorted((fixtures_dir / "demo" / "seeds").glob("*.txt")):
        _assert_valid(path.read_text(encoding="utf-8"))


def test_one_to_one_characters_map_to_themselves():
    norm, mapping = normalize_document_with_map("黨員，幹部！")
    assert norm == "党员,干部!"
    assert mapping == [0, 1, 2, 3, 4, 5, 6]


def test_dropped_spaces_are_skipped():
    text = "活 动　方案"
    norm, mapping = normalize_document_with_map(text)
    assert norm == "活动方案"
    assert [text[i] for i in mapping[:-1]] == list("活动方案")


def test_expanding_character_maps_to_itself():
    text = "甲㍿乙"
    norm, mapping = normalize_document_with_map(text)
    assert norm == "甲株式会社乙"
    assert mapping == [0, 1, 1, 1, 1, 2, 3]
    # "式会" is inside ㍿: the original span is the whole ㍿.
    assert original_span(mapping, 2, 4) == (1, 2)
    assert original_span(mapping, 5, 6) == (2, 3)


def test_contracting_sequence_maps_to_its_start():
    text = "aﾊﾞb"
    norm, mapping = normalize_document_with_map(text)
    assert norm == "aバb"
    assert original_span(mapping, 1, 2) == (1, 3)


HAN_HEAVY = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            "党员干部黨員幹部乾隆著名於是　 \t\n，。！ＡＢＣａｂｃ㍿㈠⑴ﾊﾞｶİΣς\u0301\u0f73"
        ),
        st.characters(exclude_categories=("Cs",)),  # lone surrogates are not text
    ),
    max_size=80,
)


@given(st.text(max_size=200))
@settings(max_examples=500)
def test_any_text(text):
    _assert_valid(text)


@given(HAN_HEAVY)
@settings(max_examples=1000)
def test_text_rich_in_changing_characters(text):
    norm, mapping = _assert_valid(text)
    for start in range(len(norm)):
        s, e = original_span(mapping, start, start + 1)
        assert 0 <= s < e <= len(text)
