"""Formulation candidates of a draft (reuse/draft_formulations.py), pure."""

from __future__ import annotations

from reuse.draft_formulations import MAX_CANDIDATES, candidates


def test_quoted_phrases_and_numbered_slogans_come_first_then_long_words():
    text = "全面从严治党永远在路上。要增强“四个意识”，做到两个维护，坚持实事求是。"
    found = [c.text for c in candidates(text)]
    assert found[:2] == ["四个意识", "两个维护"]
    assert "全面从严治党" in found and "实事求是" in found
    assert all(4 <= len(t) <= 16 for t in found)
    assert len(found) == len(set(found))


def test_offsets_point_at_the_first_occurrence():
    text = "一、坚持实事求是。二、“实事求是”是根本。"
    by_text = {c.text: c.start for c in candidates(text)}
    assert text[by_text["实事求是"] :].startswith("实事求是")


def test_short_words_punctuation_and_latin_are_not_candidates():
    found = [c.text for c in candidates("我们要，“好” ABCDEFG 12345 党建。")]
    assert found == []


def test_the_number_of_candidates_is_bounded():
    text = "".join(f"“第{i:04d}号提法内容”" for i in range(300))
    assert len(candidates(text)) == MAX_CANDIDATES
