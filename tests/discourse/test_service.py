"""Keyness, collocations and formulation history against plain Python over the texts.

The five sample speeches plus a few dated ones written here (levels, years, a draft) are
indexed; each figure is recomputed from the normalized bodies with jieba, ``str.count`` and
the textbook formulas, independently of speeches.discourse.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter

import jieba
import pytest

from speeches import search, services
from speeches.discourse import corpus, service
from speeches.models import Speech
from speeches.search.analysis import USERDICT, _jieba
from speeches.text.normalize import normalize_document

pytestmark = pytest.mark.django_db

DRAFT_PHRASE = "草稿里独有的提法"
MADE = [  # (level, date, body): a formulation travelling down the levels
    ("中央", dt.date(2016, 10, 27), "全党必须做到两个维护。两个维护是根本政治规矩。"),
    ("省", dt.date(2017, 3, 2), "全省党员干部要做到两个维护，坚决做到两个维护。"),
    ("县", dt.date(2018, 6, 1), "县委要求做到两个维护，增强四个意识。"),
    ("基层", dt.date(2018, 9, 9), "支部把两个维护落到实处，做到两个坚决维护。"),
    ("县", None, "没有日期的讲话也讲两个维护。"),
]


@pytest.fixture
def archive(seeds):
    for k, (level, date, body) in enumerate(MADE):
        services.create_speech(
            title=f"讲话{k}",
            body=body,
            level=level,
            date=date,
            date_precision="day" if date else "unknown",
        )
    services.create_speech(
        title="草稿",
        body=f"做到两个维护。{DRAFT_PHRASE}。群众路线。",
        level="中央",
        date=dt.date(2000, 1, 1),
        is_published=False,
    )
    search.rebuild_index()
    corpus._cache.clear()
    published = Speech.objects.published()
    return {
        s.pk: {"body": normalize_document(s.body), "level": s.level, "date": s.date}
        for s in published
    }


def _words(text: str) -> list[str]:
    _jieba()  # the archive's dictionary (user words included)
    assert USERDICT.exists()
    return [w for w in jieba.cut(text, HMM=True) if any(ch.isalnum() for ch in w)]


def _g2(a, b, na, nb):
    e1, e2 = na * (a + b) / (na + nb), nb * (a + b) / (na + nb)
    return 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o)


def _log_ratio(a, b, na, nb):
    return math.log2((max(a, 0.5) / na) / (max(b, 0.5) / nb))


def test_word_keyness_equals_a_direct_count(archive):
    a_ids = {s for s, v in archive.items() if v["level"] == "县"}
    b_ids = set(archive) - a_ids
    result, side_a, side_b = service.keyness_of("level:县", "", unit="word", min_freq=2)
    assert side_a.ids == a_ids and side_b.ids == b_ids
    ca = Counter(w for s in a_ids for w in _words(archive[s]["body"]))
    cb = Counter(w for s in b_ids for w in _words(archive[s]["body"]))
    na, nb = sum(ca.values()), sum(cb.values())
    assert (result.a.size, result.b.size) == (na, nb)
    assert (result.a.speeches, result.b.speeches) == (len(a_ids), len(b_ids))
    expected = {w for w in ca.keys() | cb.keys() if ca[w] + cb[w] >= 2}
    assert {t.term for t in result.results} == expected
    for t in result.results:
        assert (t.a, t.b) == (ca[t.term], cb[t.term])
        assert t.g2 == pytest.approx(_g2(t.a, t.b, na, nb), abs=1e-3)
        assert t.log_ratio == pytest.approx(_log_ratio(t.a, t.b, na, nb), abs=1e-3)
    assert [t.g2 for t in result.results] == sorted((t.g2 for t in result.results), reverse=True)
    assert DRAFT_PHRASE not in {t.term for t in result.results}


def test_ngram_keyness_counts_literally_and_keeps_split_formulations_whole(archive):
    a_ids = {s for s, v in archive.items() if v["date"] and v["date"].year >= 2016}
    b_ids = set(archive) - a_ids
    result, _a, _b = service.keyness_of("year:2016..2018", "", unit="ngram", min_freq=3)
    text_a = [archive[s]["body"] for s in a_ids]
    text_b = [archive[s]["body"] for s in b_ids]
    na, nb = sum(map(len, text_a)), sum(map(len, text_b))
    assert (result.a.size, result.b.size) == (na, nb)
    by_term = {t.term: t for t in result.results}
    assert "两个维护" in by_term and by_term["两个维护"].log_ratio > 0  # jieba cuts 两个/维护
    assert "两个维" not in by_term and "个维护" not in by_term  # merged into 两个维护
    for t in result.results:
        assert 2 <= len(t.term) <= 8
        assert t.a == sum(x.count(t.term) for x in text_a)
        assert t.b == sum(x.count(t.term) for x in text_b)
        assert t.a + t.b >= 3
        assert t.g2 == pytest.approx(_g2(t.a, t.b, na, nb), abs=1e-3)


def _direct_collocates(bodies, node, window):
    pairs, node_count = Counter(), 0
    for body in bodies:
        words, spans, at = [], [], 0
        for w in _words(body):
            start = body.index(w, at)
            words.append(w)
            spans.append((start, start + len(w)))
            at = start + len(w)
        for m in re.finditer(re.escape(node), body):
            node_count += 1
            inside = [i for i, (s, e) in enumerate(spans) if s < m.end() and e > m.start()]
            first, last = inside[0], inside[-1]
            pairs.update(words[max(0, first - window) : first])
            pairs.update(words[last + 1 : last + 1 + window])
    return node_count, pairs


@pytest.mark.parametrize("node,window", [("群众", 5), ("两个维护", 3), ("党员", 2)])
def test_collocations_equal_a_direct_computation(archive, node, window):
    result, _side = service.collocations_of(node, "", window=window, min_count=1)
    bodies = [v["body"] for v in archive.values()]
    node_count, pairs = _direct_collocates(bodies, node, window)
    freq = Counter(w for b in bodies for w in _words(b))
    size = sum(freq.values())
    assert (result.node_count, result.size) == (node_count, size)
    assert node_count > 0
    got = {c.term: c for c in result.results}
    assert set(got) == {c for c in pairs if c != node} or len(got) == 100
    for term, c in got.items():
        assert (c.count, c.freq) == (pairs[term], freq[term])
        assert c.logdice == pytest.approx(
            14 + math.log2(2 * c.count / (node_count + c.freq)), abs=1e-3
        )
        assert c.mi3 == pytest.approx(
            math.log2(c.count**3 * size / (node_count * c.freq)), abs=1e-3
        )
    assert [c.logdice for c in result.results] == sorted(
        (c.logdice for c in result.results), reverse=True
    )


def test_collocations_within_a_sub_corpus(archive):
    result, side = service.collocations_of("两个维护", "level:县", window=5, min_count=1)
    county = [v["body"] for v in archive.values() if v["level"] == "县"]
    node_count, pairs = _direct_collocates(county, "两个维护", 5)
    assert side.ids == {s for s, v in archive.items() if v["level"] == "县"}
    assert result.node_count == node_count >= 2
    assert {c.term: c.count for c in result.results} == dict(pairs)


def test_formulation_history_equals_a_direct_computation(archive):
    phrase = "两个维护"
    history, variants, _side = service.formulation_history(phrase)
    holding = {s: v for s, v in archive.items() if phrase in v["body"]}
    assert {u.speech for u in history.uses} == set(holding)
    dated = sorted((v["date"], s) for s, v in holding.items() if v["date"])
    assert history.first.speech == dated[0][1]
    for level in ("中央", "省", "县", "基层"):
        first = min((v["date"], s) for s, v in holding.items() if v["date"] and v["level"] == level)
        assert history.first_by_level[level].speech == first[1]
    per = Counter()
    occ = Counter()
    for v in holding.values():
        if v["date"]:
            per[(v["date"].year, v["level"])] += 1
            occ[(v["date"].year, v["level"])] += v["body"].count(phrase)
    assert {(p.year, p.level): p.speeches for p in history.per_year} == dict(per)
    assert {(p.year, p.level): p.occurrences for p in history.per_year} == dict(occ)
    firsts = {}
    for date, s in dated:
        firsts.setdefault(holding[s]["level"], date)
    central = firsts["中央"]
    lags = {lv: (d - central).days for lv, d in firsts.items() if lv and lv != "中央"}
    assert history.lag_days == lags and lags["省"] == 126 and lags["基层"] == 682
    texts = {v.text: v for v in variants}
    assert "两个坚决维护" not in texts  # a longer phrase is not a one-character change
    for v in variants:
        assert v.speeches == sum(1 for b in archive.values() if v.text in b["body"])
        assert v.occurrences == sum(b["body"].count(v.text) for b in archive.values())


def test_a_draft_is_never_a_first_use_nor_counted(archive, client):
    history, variants, _side = service.formulation_history(DRAFT_PHRASE)
    assert history.first is None and history.speeches == 0 and not variants
    data = client.get("/api/formulations", {"q": "两个维护"}).json()
    # the draft (2000-01-01, 中央) is earlier than any published use: never shown
    assert data["first"]["date"] == "2013" and data["first"]["date_precision"] == "year"
    assert data["first_by_level"]["中央"]["date"] == "2016-10-27"
    assert (
        DRAFT_PHRASE
        not in client.get(
            "/api/keyness", {"a": "level:中央", "unit": "ngram", "min": 1}
        ).content.decode()
    )


def assert_new_formulations_direct(archive: dict) -> int:
    """Every new formulation shown equals plain Python over the archive's texts; returns the
    speech that first used 两个维护."""
    from speeches.discourse import service as discourse

    dated = {s: v for s, v in archive.items() if v["date"]}
    shown = 0
    for sid, v in dated.items():
        for phrase, later in discourse.new_formulations(sid, limit=1000):
            shown += 1
            assert len(phrase) >= 4
            holders = [w["date"] for w in dated.values() if phrase in w["body"]]
            assert min(holders) == v["date"], phrase  # no earlier dated speech holds it
            assert later == sum(1 for d in holders if d > v["date"]) >= 2
    assert shown
    # the draft (2000, unpublished) also says 两个维护: the first published use keeps it
    first = min((v["date"], s) for s, v in dated.items() if "两个维护" in v["body"])[1]
    assert "两个维护" in dict(discourse.new_formulations(first, limit=1000))
    return first


def test_new_formulations_equal_a_direct_computation(archive, client):
    from speeches.discourse import service as discourse

    assert discourse.refresh_new_formulations() > 0
    first = assert_new_formulations_direct(archive)
    page = client.get(f"/speeches/{first}/").content.decode()
    assert "本篇首提" in page and "/formulations/?q=" in page


def test_an_index_write_keeps_the_store_and_new_formulations(
    db, django_capture_on_commit_callbacks, settings
):
    settings.NEW_FORMULATIONS_AFTER_WRITES = True
    from speeches.discourse import service as discourse

    bodies = ["首次提出新质生产力。", "发展新质生产力。", "培育新质生产力，再谈新质生产力。"]
    made = []
    with django_capture_on_commit_callbacks(execute=True):
        for k, body in enumerate(bodies):
            made.append(
                services.create_speech(
                    title=f"文{k}", body=body, level="中央", date=dt.date(2023 + k, 1, 1),
                    date_precision="day",
                )
            )  # fmt: skip
    assert discourse.wait_for_new_formulations(timeout=60)
    assert corpus.store().lengths().keys() >= {s.pk for s in made}
    assert dict(discourse.new_formulations(made[0].pk))["新质生产力"] == 2


def test_by_default_an_index_write_leaves_new_formulations_to_prepare_archive(
    db, django_capture_on_commit_callbacks, monkeypatch
):
    from speeches.discourse import service as discourse

    scheduled = []
    monkeypatch.setattr(discourse, "schedule_new_formulations", lambda: scheduled.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        made = services.create_speech(title="文", body="首次提出新质生产力。", level="中央")
    assert made.pk in corpus.store().lengths()  # the cut is kept with the index
    assert scheduled == []
