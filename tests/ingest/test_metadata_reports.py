"""The extractor against the hand-checked metadata of the 88 official reports: whatever it
is confident about must be right (missing is allowed, wrong is not)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import MIN_CONFIDENCE, extract_metadata

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "reports.jsonl"
ROWS = [json.loads(line) for line in REPORTS.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def extracted():
    return [(row, extract_metadata(clean_text(row["text"]))) for row in ROWS]


def test_confident_dates_agree_with_the_hand_checked_ones(extracted):
    dated = 0
    for row, meta in extracted:
        if meta.date.value is None or meta.date.confidence < MIN_CONFIDENCE:
            continue
        dated += 1
        expected = row["date"] or ""
        got = meta.date.value.isoformat()
        if meta.date_precision == "day":
            assert got == expected[:10], row["corpus_id"]
        else:
            assert expected.startswith(got[:4]), row["corpus_id"]
    assert dated >= 8


def test_confident_speakers_and_levels_agree(extracted):
    speakers = 0
    for row, meta in extracted:
        if meta.speaker.value and meta.speaker.confidence >= MIN_CONFIDENCE:
            speakers += 1
            assert meta.speaker.value == (row["speaker"] or {}).get("name"), row["corpus_id"]
        if meta.level.value and meta.level.confidence >= MIN_CONFIDENCE:
            assert meta.level.value == row["level"], row["corpus_id"]
    assert speakers >= 8


def test_titles_are_never_sentences_or_salutations(extracted):
    for row, meta in extracted:
        title = meta.title.value or ""
        assert not title.endswith(("。", "！", "？")), row["corpus_id"]
        assert not title.startswith(("同志们", "各位代表")), row["corpus_id"]
