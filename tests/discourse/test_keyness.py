"""N-gram keyness ranks units, not pieces of words (issue 28): on real reports of the 1950s-70s
and of 2013-2025, fragments such as 一九五, 们的, 业的 (word-aligned in a few odd cuts, so in
the vocabulary, but counted inside every 一九五八, 我们的, 企业的) are not listed, while the
formulations of each era are, with literal counts."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from speeches import search, services
from speeches.discourse import corpus, keyness, literal_index, ngram_counts, service, units
from speeches.discourse.ngram_counts import SideCounts
from speeches.models import Speech
from speeches.text.date_precision import parse_iso_date
from speeches.text.normalize import normalize_document

# Long government work reports of both eras (fixtures/demo/reports.jsonl)
OLD = ("gwr-61", "gwr-66", "gwr-67", "gwr-68", "gwr-70", "gwr-71")
NEW = ("gwr-00", "gwr-02", "gwr-04", "gwr-06", "gwr-13", "gwr-17")
FRAGMENTS = ("一九", "一九五", "九五八", "们的", "业的", "主义", "的斗争", "国家的")
FORMULATIONS_OLD = ("无产阶级", "第一个五年计划", "社会主义改造", "合作社")
FORMULATIONS_NEW = ("高质量发展", "新时代", "脱贫攻坚", "创新")


@pytest.fixture
def reports(db, fixtures_dir, settings):
    shutil.rmtree(Path(settings.DATA_DIR) / "discourse", ignore_errors=True)
    corpus._cache.clear()
    wanted = {*OLD, *NEW}
    with (fixtures_dir / "demo" / "reports.jsonl").open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["corpus_id"] not in wanted:
                continue
            date, precision = parse_iso_date(row["date"])
            services.create_speech(
                title=row["title"], body=row["text"], date=date, date_precision=precision
            )
    search.rebuild_index()
    corpus.refresh_missing()
    ngram_counts.build()  # as prepare_archive does
    yield {s.pk: normalize_document(s.body) for s in Speech.objects.published()}
    shutil.rmtree(Path(settings.DATA_DIR) / "discourse", ignore_errors=True)
    corpus._cache.clear()


def _aligned(texts: list[str]) -> Counter[str]:
    """Each phrase's word-aligned occurrences, from jieba's cut of every text."""
    found: Counter[str] = Counter()
    for text in texts:
        found.update(units.phrase_counts(*units.word_positions(units.tokens(text))))
    return found


def test_fragments_are_gone_and_formulations_stay(reports):
    result, side_a, side_b = service.keyness_of("year:1950..1979", "", unit="ngram", min_freq=5)
    listed = {t.term: t for t in result.results}
    base = ngram_counts.current()
    texts = list(reports.values())
    in_vocabulary = [p for p in FRAGMENTS if base.lookup.ids([p])[0] >= 0]
    assert len(in_vocabulary) >= 6, in_vocabulary  # candidates: aligned in some odd cut
    for piece in FRAGMENTS:
        assert sum(t.count(piece) for t in texts) >= 20, piece  # frequent enough to rank
        assert piece not in listed, piece
    for term in FORMULATIONS_OLD:
        assert term in listed and listed[term].over, term
    for term in FORMULATIONS_NEW:
        assert term in listed and not listed[term].over, term
    text_a = [reports[s] for s in side_a.ids]
    text_b = [reports[s] for s in side_b.ids]
    top = result.over[:40] + result.under[:40]
    aligned = _aligned(texts)
    for t in top:  # every listed unit: literal counts; no year piece; mostly word-aligned
        assert (t.a, t.b) == (
            sum(x.count(t.term) for x in text_a),
            sum(x.count(t.term) for x in text_b),
        )
        assert not re.fullmatch("[〇零一二三四五六七八九]+", t.term) or len(t.term) == 2
        literal = sum(x.count(t.term) for x in texts)
        assert aligned[t.term] * 2 >= literal, (t.term, aligned[t.term], literal)
        assert not units.has_loose_edge(t.term)


def test_a_phrase_first_aligned_after_the_base_is_a_unit_only_if_mostly_aligned():
    """Outside the base's vocabulary a phrase is aligned only in the texts counted since: a
    few occurrences there against many in the archive make it a piece of words."""
    base_free = SideCounts(
        None, 3, 3, 10_000, 10_000, np.zeros(0, np.int64), np.zeros(0, np.int64),
        extra_a=Counter({"业的": 2, "新提法甲": 40}),
        extra_b=Counter({"业的": 1}),
        recount=lambda t: {"业的": (160, 150), "新提法甲": (40, 0)}[t],
    )  # fmt: skip
    result = keyness.ngram_keyness(base_free, min_freq=5)
    assert [t.term for t in result.results] == ["新提法甲"]


def test_a_base_written_before_aligned_counts_is_rebuilt(reports):
    base = ngram_counts.current()
    assert base.aligned is not None and not ngram_counts.stale(base)
    (base.path / "aligned.npy").unlink()
    old = literal_index.current(ngram_counts.root())
    assert old.aligned is None and ngram_counts.stale(old)
    result, *_ = service.keyness_of("year:1950..1979", "", unit="ngram", min_freq=5)
    assert result.results  # still answers (without the share rule) until rebuilt
    assert ngram_counts.build(if_stale=True) is not None
    assert ngram_counts.current().aligned is not None
