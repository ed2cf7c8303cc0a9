"""Gram signatures: never deny a present substring, reject most absent ones, old scheme kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.search.analysis import text_grams
from speeches.search.signature import (
    CURRENT,
    LEGACY,
    SignatureScheme,
    query_trigrams,
    text_trigrams,
)
from speeches.text.normalize import normalize_document

SCHEMES = [
    LEGACY,
    CURRENT,
    SignatureScheme(version=1, size=8, hashes=1),  # tiny, so many bits collide
    SignatureScheme(version=2, size=8, hashes=3),
]


def _passes(sig: bytes, probes) -> bool:
    return all(sig[index] & mask for index, mask in probes)


def _seed_text(fixtures_dir, name: str = "000.txt") -> str:
    return normalize_document((fixtures_dir / "demo" / "seeds" / name).read_text("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200), st.data(), st.sampled_from(SCHEMES))
def test_signatures_never_deny_a_present_substring(text, data, scheme):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    sig = scheme.make(text, text_grams(text))
    assert len(sig) == scheme.size
    assert _passes(sig, scheme.probes(text[start:end]))


def test_every_literal_substring_passes_on_a_real_speech(fixtures_dir):
    text = _seed_text(fixtures_dir, "001.txt")
    sig = CURRENT.make(text, text_grams(text))
    for start in range(0, len(text) - 12, 37):
        for length in (1, 2, 3, 6, 12):
            assert _passes(sig, CURRENT.probes(text[start : start + length]))


def test_trigrams_stay_inside_whitespace_free_runs():
    assert text_trigrams("党员干部 好") == {"党员干", "员干部"}
    assert query_trigrams("党员干部 好") == {"党员干", "员干部"}
    assert query_trigrams("党员") == set()


@pytest.mark.parametrize(
    ("scheme", "most_missed"),
    [(LEGACY, 2), (CURRENT, 0)],
)
def test_signatures_reject_most_absent_terms(fixtures_dir, scheme, most_missed):
    text = _seed_text(fixtures_dir)
    sig = scheme.make(text, text_grams(text))
    absent = [g for g in ("量子", "火箭", "足球", "钢琴", "咖啡", "熊猫") if g not in text]
    let_through = [g for g in absent if _passes(sig, scheme.probes(g))]
    assert len(let_through) <= most_missed


def test_trigrams_reject_a_phrase_whose_bigrams_occur_apart():
    text = "加强党的建设。建设美丽乡村。党建引领"
    sig = CURRENT.make(text, text_grams(text))
    assert "党的建设" in text and _passes(sig, CURRENT.probes("党的建设"))
    # Every bigram of 党建设美 occurs (党建, 建设, 设美), but not together: only its
    # trigram 党建设 tells, so the old bigram-only scheme lets the speech through.
    assert "党建设美" not in text
    assert not _passes(sig, CURRENT.probes("党建设美"))
    assert _passes(LEGACY.make(text, text_grams(text)), LEGACY.probes("党建设美"))


def test_schemes_round_trip_through_generation_meta():
    assert SignatureScheme.from_meta({"signature": CURRENT.to_meta()}) == CURRENT
    # Generations written before schemes were recorded name only their size.
    assert SignatureScheme.from_meta({"signature_bytes": 2048}) == LEGACY


@pytest.mark.parametrize(
    "kwargs",
    [{"version": 3}, {"size": 100}, {"version": 1, "hashes": 3}, {"hashes": 9}, {"hashes": 0}],
)
def test_impossible_schemes_are_refused(kwargs):
    with pytest.raises(ValueError):
        SignatureScheme(**kwargs)
