"""Exact literal search on the cluster: every-character bigrams queried as phrases.

The traps named in shared/notes/cluster.md: strings that occur only ACROSS punctuation must
not match, Latin words and digits mixed with Han must match where they occur, one-character
terms must match, and counts must equal a substring scan of the normalized texts.
"""

from __future__ import annotations

import random
import re

import pytest

from speeches import search, services
from speeches.text.normalize import HAN, normalize_document

HAN_RE = re.compile(f"[{HAN}]")

TEXTS = {
    "经济发展报告": "我们坚持改革，开放不动摇。GDP增长2020年达到100万亿元，人均gdp超过1万美元。",
    "党建工作会议": "加强党的建设，全面从严治党！党员干部要“不忘初心、牢记使命”。",
    "基层组织建设": "三会一课制度；两学一做学习教育常态化制度化。5G网络覆盖全部行政村（社区）。",
    "第四篇": "改革开放四十年来，党和人民……发展。Party building 与 COVID-19 疫情防控。",
}


@pytest.fixture
def indexed(cluster_index, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        speeches = [services.create_speech(title=t, body=b) for t, b in TEXTS.items()]
    texts = {s.pk: normalize_document(s.title + "\n" + s.body) for s in speeches}
    return texts


def _ids(q: str) -> set[int]:
    page = search.search(q, page_size=100, with_facets=False, with_snippets=False)
    assert page.count == len(page.hits)
    return {h.speech_id for h in page.hits}


def _expected(texts: dict[int, str], needle: str) -> set[int]:
    return {sid for sid, text in texts.items() if normalize_document(needle) in text}


@pytest.mark.parametrize(
    "q, titles",
    [
        ("改革开放", {"第四篇"}),  # 改革，开放 in the first speech must NOT match
        ('"改革，开放"', {"经济发展报告"}),
        ("gdp增长2020年", {"经济发展报告"}),
        ("GDP", {"经济发展报告"}),
        ("2020", {"经济发展报告"}),
        ("5G网络", {"基层组织建设"}),
        ("covid-19", {"第四篇"}),
        ('"Party building"', {"第四篇"}),
        ("党", {"党建工作会议", "第四篇"}),
        ("治", {"党建工作会议"}),
        ("初心牢记", set()),  # only across 、
        ("不忘初心", {"党建工作会议"}),
        ("课制度两学", set()),  # only across ；
        ("制度", {"基层组织建设"}),
        ("title:党建", {"党建工作会议"}),
        ("党 -改革", {"党建工作会议"}),
        ("两学一做 OR 从严治党", {"党建工作会议", "基层组织建设"}),
    ],
)
def test_literal_queries(indexed, q, titles):
    from speeches.models import Speech

    want = set(Speech.objects.filter(title__in=titles).values_list("pk", flat=True))
    assert _ids(q) == want


def test_random_substrings_and_strings_across_punctuation(indexed):
    rng = random.Random(14)
    texts = indexed
    queries: list[str] = []
    for text in texts.values():
        for _ in range(40):
            size = rng.randint(1, 8)
            start = rng.randrange(max(1, len(text) - size))
            window = text[start : start + size].strip()
            if window and "\n" not in window and '"' not in window and " " not in window:
                queries.append(window)
    crossing = []
    for text in texts.values():
        for i, ch in enumerate(text):
            if not HAN_RE.match(ch) and 1 < i < len(text) - 2 and HAN_RE.match(text[i - 1]):
                joined = text[i - 2 : i] + text[i + 1 : i + 3]
                if all(HAN_RE.match(c) for c in joined) and not _expected(texts, joined):
                    crossing.append(joined)
    assert len(crossing) >= 5
    for q in queries + crossing:
        assert _ids(f'"{q}"') == _expected(texts, q), q


def test_counts_facets_and_snippets(indexed):
    page = search.search("制度", page_size=5)
    assert page.count == 1
    assert page.hits[0].occurrences == 2
    assert "<mark>制度</mark>" in page.hits[0].snippets[0]
    assert page.facets["level"] == []


def test_research_primitives_on_the_cluster(indexed):
    from speeches.models import Speech

    sid = Speech.objects.get(title="基层组织建设").pk
    match = search.match_set("制度")
    assert match.ids == {sid}
    assert match.domain == set(indexed)
    assert match.needles == ("制度",)
    assert search.body_counts(match.ids, "制度") == {sid: 2}
    bodies = dict(search.normalized_bodies(match.ids))
    assert bodies[sid].startswith("三会一课")
    assert search.body_lengths(match.ids) == {sid: len(bodies[sid])}
    [(ranked_id, score)] = search.ranked(match)
    assert ranked_id == sid and score > 0
    assert search.speech_facts(match.ids)[sid].date == 0
    assert search.facets_for(match.ids)["level"] == []
    both = search.match_set("党")
    assert [i for i, _ in search.ranked(both, sort="-date")] == sorted(both.ids, reverse=True)
