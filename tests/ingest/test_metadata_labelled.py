"""The extractor scored on the labelled set (fixtures/metadata): the issue's thresholds."""

from __future__ import annotations

import pytest

from bench.metadata_bench import load_labels, score

LABELS = load_labels()


@pytest.fixture(scope="module")
def result():
    return score(LABELS)


def test_the_set_is_large_and_varied():
    assert len(LABELS) >= 60
    sources = {label["source"] for label in LABELS.values()}
    assert {"news", "portal", "word", "pdf", "docshare", "corpus", "seed"} <= sources
    levels = {label["level"] for label in LABELS.values()}
    assert {"中央", "省", "市", "县", "乡镇", "基层"} <= levels
    assert sum(1 for label in LABELS.values() if label["empty"]) >= 10


def test_dates_right_and_never_wrong(result):
    assert result.date_right_of_dated >= 0.95
    assert result.wrong_rate("date") <= 0.01


def test_speakers_right(result):
    assert result.rate("speaker") >= 0.95
    assert result.wrong_rate("speaker") <= 0.01


def test_campaigns_right(result):
    assert result.rate("campaigns") >= 0.95


def test_must_stay_empty_cases_stay_empty(result):
    assert result.empty_cases >= 10
    assert result.empty_failures == []
