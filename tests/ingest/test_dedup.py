from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.dedup import (
    NEAR_DUPLICATE_THRESHOLD,
    estimate_similarity,
    find_near_duplicate,
    fingerprint,
    may_be_near_duplicate,
    minhash_signature,
    similarity,
    text_checksum,
)
from speeches.ingest.metadata import extract_metadata
from tests.ingest.conftest import INGEST, seed_text


def body_of(prefix: str) -> str:
    return extract_metadata(clean_text(seed_text(prefix))).body


def clean_original_001() -> str:
    return (INGEST / "near_dup" / "001_clean_original.txt").read_text("utf-8")


def test_checksum_ignores_layout_width_and_script():
    assert text_checksum("同志们：\n今天 开会。") == text_checksum("同志们:今天開會。")
    assert text_checksum("今天开会。") != text_checksum("今天不开会。")


def test_word_swapped_copy_is_a_near_duplicate():
    swapped, original = body_of("001"), clean_original_001()
    assert text_checksum(swapped) != text_checksum(original)
    assert similarity(swapped, original) >= NEAR_DUPLICATE_THRESHOLD
    found = find_near_duplicate(swapped, [(7, body_of("000")), (8, original), (9, body_of("002"))])
    assert found is not None and found.key == 8 and found.similarity >= 0.9


def test_different_speeches_on_the_same_campaign_are_not_near_duplicates():
    bodies = {p: body_of(p) for p in ("000", "001", "002", "003")}
    for a in bodies:
        for b in bodies:
            if a < b:
                assert similarity(bodies[a], bodies[b]) < 0.5, (a, b)
    assert find_near_duplicate(bodies["000"], [(1, bodies["002"]), (2, bodies["003"])]) is None


def test_minhash_estimate_tracks_exact_similarity():
    a, b = body_of("001"), clean_original_001()
    estimate = estimate_similarity(minhash_signature(a), minhash_signature(b))
    assert abs(estimate - similarity(a, b)) < 0.06
    assert estimate_similarity(minhash_signature(a), minhash_signature(body_of("002"))) < 0.3


def test_empty_and_tiny_texts():
    assert similarity("", "") == 0.0
    assert find_near_duplicate("", [(1, "")]) is None
    assert similarity("党建", "党建") == 1.0


def test_fingerprint_screen_passes_copies_and_drops_strangers():
    copy, original = fingerprint(body_of("001")), fingerprint(clean_original_001())
    assert may_be_near_duplicate(copy, original)
    assert not may_be_near_duplicate(copy, fingerprint(body_of("002")))
    assert len(copy.signature) == 128
