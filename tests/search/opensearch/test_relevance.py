"""The cluster's ranked window: the same page as scoring every match exactly.

Texts from fixtures/demo/reports.jsonl (official reports), cut in pieces so that
many speeches share the common words and titles hold some of them (the title tier).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from speeches import search, services
from speeches.search.opensearch import engine, relevance

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"

QUERIES = [
    "党",
    "发展",
    "人民",
    "改革 开放",
    "经济 -疫情",
    "党的建设 OR 全面从严治党",
    '"高质量发展"',
]


def _pieces(limit: int = 60) -> list[tuple[str, str]]:
    reports = FIXTURES / "demo" / "reports.jsonl"
    out = []
    with reports.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = row["text"]
            for k in range(0, min(len(body), 9000), 3000):
                title = f"{row['title'][:12]}（{k // 3000 + 1}）"
                out.append((title, body[k : k + 3000]))
                if len(out) == limit:
                    return out
    return out


@pytest.fixture
def indexed(cluster_index, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for title, body in _pieces():
            services.create_speech(title=title, body=body)


def _exact(q: str, n: int) -> list[tuple[int, float]]:
    from speeches.search.query import parse_query

    parsed = parse_query(q)
    query = engine._query(parsed, {})
    needles = engine._needles(parsed.positive_terms())
    stats = engine._collection_stats(needles)
    return engine._exact_ranking(query, needles, n, stats)


@pytest.mark.parametrize("q", QUERIES)
def test_window_ranks_as_the_whole_match_set(indexed, q, monkeypatch):
    """Without a margin, the cluster's own order must already hold the exact best n."""
    assert relevance._format_ok()
    monkeypatch.setattr(relevance, "MARGIN", 0)
    windows = []
    real = relevance.window
    monkeypatch.setattr(relevance, "window", lambda *a, **k: windows.append(1) or real(*a, **k))
    for page_size in (5, 20):
        page = search.search(q, page_size=page_size, with_facets=False, with_snippets=False)
        expected = _exact(q, page_size)
        assert page.count > 5  # more matches than the small page
        assert [h.speech_id for h in page.hits] == [sid for sid, _ in expected]
        assert [h.score for h in page.hits] == pytest.approx([s for _, s in expected])
    assert len(windows) == 2  # the fast path was taken


def test_self_overlapping_needles_take_the_exact_path():
    assert relevance._self_overlapping("哈哈")
    assert relevance._self_overlapping("党的党")
    assert not relevance._self_overlapping("党的建设")


def test_an_index_of_the_old_format_is_flagged_and_still_ranked(
    cluster_index, db, django_capture_on_commit_callbacks
):
    """An index built before format 2 scores BM25, not occurrences: never use its scores."""
    from speeches.search.opensearch import client, writer

    assert search.text_version_differences() is None  # no index yet
    with django_capture_on_commit_callbacks(execute=True):
        services.create_speech(title="党建", body="党的建设。党的建设，党的建设。")
        services.create_speech(title="其他", body="党的建设。")
    name = writer.live_index()
    assert search.text_version_differences() == []
    client.client().indices.put_mapping(index=name, body={"_meta": {"format": 1}})
    relevance._checked.clear()
    assert search.text_version_differences() == ["unrecorded", "index format"]
    assert not relevance.applicable(["党的建设"], 20)
    page = search.search("党的建设", with_facets=False, with_snippets=False)
    assert [h.speech_id for h in page.hits] == [sid for sid, _ in _exact("党的建设", 20)]
