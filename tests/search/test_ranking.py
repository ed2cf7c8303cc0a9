"""Ranking by literal occurrences: the pure BM25 and the independent check over HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from speeches.search import ranking

TOOL = Path(__file__).resolve().parents[2] / "fixtures" / "tools" / "ranking_check.py"


def _scores(texts: dict[int, str], titles: dict[int, str], terms: list[str]) -> dict:
    ids = [sid for sid, text in texts.items() if all(t in text for t in terms)]
    df = {t: sum(t in x for x in texts.values()) for t in terms}
    return ranking.bm25_scores(
        terms,
        ids,
        count=lambda sid, t: texts[sid].count(t),
        length=lambda sid: len(texts[sid]),
        n_docs=len(texts),
        avg_length=sum(map(len, texts.values())) / len(texts),
        df=df,
        titled={sid for sid in ids if all(t in titles[sid] for t in terms)},
    )


def test_more_occurrences_in_a_text_of_the_same_length_rank_higher():
    texts = {1: "从严治党" + "甲" * 96, 2: "从严治党" * 8 + "甲" * 68, 3: "乙" * 100}
    scores = _scores(texts, {1: "", 2: "", 3: ""}, ["从严治党"])
    assert set(scores) == {1, 2}
    assert scores[2] > scores[1] > 0
    assert [sid for sid, _ in ranking.rank(scores)] == [2, 1]


def test_a_title_holding_every_term_comes_first():
    texts = {1: "八项规定\n" + "甲" * 50, 2: "乙\n" + "八项规定" * 5, 3: "丙" * 40}
    scores = _scores(texts, {1: "八项规定", 2: "乙", 3: "丙"}, ["八项规定"])
    assert ranking.rank(scores)[0][0] == 1


def test_every_match_is_scored_even_when_words_are_cut_differently():
    # jieba cuts 人民代表大会 differently inside a longer name: literal counts do not care
    texts = {1: "全国人民代表大会常务委员会", 2: "人民代表大会制度", 3: "其他"}
    scores = _scores(texts, {1: "", 2: "", 3: ""}, ["人民代表大会"])
    assert all(score > 0 for score in scores.values()) and len(scores) == 2


@pytest.mark.slow
def test_ranking_check_over_http(live_archive):
    proc = subprocess.run(
        [sys.executable, str(TOOL), "--base-url", live_archive.url, "--queries", "150"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr[-2000:]
    print(lines[-1])
    report = json.loads("\n".join(lines[:-1]))
    assert report["unscored_in_top10"] == 0, report["worst"]
    assert report["ndcg10_mean"] >= 0.98, report["worst"]
    assert report["best_in_top3"] >= 0.95, report["worst"]
    assert report["queries"] >= 100
