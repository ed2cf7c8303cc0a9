"""N-gram keyness from the base of literal counts plus the rows of speeches indexed since.

Every figure is compared with ``str.count`` over the normalized bodies: before any base,
from a fresh base, and after edits, additions and removals the base does not hold yet.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from speeches import search, services
from speeches.discourse import (
    corpus,
    literal_index,
    ngram_counts,
    phrase_lookup,
    process_lock,
    service,
    units,
)
from speeches.models import Speech
from speeches.research.budget import unlimited
from speeches.text.normalize import normalize_document
from tests.discourse.test_service import _g2, assert_new_formulations_direct
from tests.discourse.test_service import archive as archive  # the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_left(settings):
    """The data directory outlives a test (the database does not): no other test may read
    this one's base, nor the cuts of texts edited here (same ids, same lengths)."""
    shutil.rmtree(ngram_counts.root(), ignore_errors=True)
    yield
    shutil.rmtree(Path(settings.DATA_DIR) / "discourse", ignore_errors=True)
    corpus._cache.clear()


def _direct(query_a_ids, query_b_ids, result):
    bodies = {s.pk: normalize_document(s.body) for s in Speech.objects.published().order_by("pk")}
    text_a = [bodies[s] for s in query_a_ids]
    text_b = [bodies[s] for s in query_b_ids]
    na, nb = sum(map(len, text_a)), sum(map(len, text_b))
    assert (result.a.size, result.b.size) == (na, nb)
    assert result.results
    for t in result.results:
        assert 2 <= len(t.term) <= 8 and units.is_han(t.term)
        assert t.a == sum(x.count(t.term) for x in text_a)
        assert t.b == sum(x.count(t.term) for x in text_b)
        assert t.a + t.b >= 2
        assert t.g2 == pytest.approx(_g2(t.a, t.b, na, nb), abs=1e-3)
    return {t.term: (t.a, t.b) for t in result.results}


def _common(one: dict, other: dict) -> bool:
    shared = one.keys() & other.keys()
    return bool(shared) and all(one[t] == other[t] for t in shared)


def _keyness():
    result, side_a, side_b = service.keyness_of("level:中央", "", unit="ngram", min_freq=2)
    return result, side_a.ids, side_b.ids


def test_counts_are_literal_before_a_base_from_a_base_and_after_changes_since(
    archive, django_capture_on_commit_callbacks
):
    assert literal_index.current(ngram_counts.root()) is None
    result, a, b = _keyness()
    before = _direct(a, b, result)

    built = ngram_counts.build()
    assert built.speeches == len(archive) and built.entries > 0
    result, a, b = _keyness()
    from_base = _direct(a, b, result)
    # Without a base a phrase is ranked by its aligned uses only (the base holds every
    # literal use of every phrase aligned anywhere): the lists may differ, no count does.
    assert _common(before, from_base) and "两个维护" in from_base

    # Changes the base does not hold: an edited text (same length), a new speech with a
    # phrase no base speech has aligned, a removed one.
    first = Speech.objects.published().filter(level="中央").order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        services.update_speech(first, body=first.body.replace("两个维护", "两个确立", 1))
        made = services.create_speech(
            title="新", body="坚决做到两个确立。两个确立是新提法，两个确立。", level="中央",
            date=dt.date(2022, 1, 1), date_precision="day",
        )  # fmt: skip
        gone = Speech.objects.published().exclude(level="中央").order_by("pk").first()
        services.delete_speech(gone)
    base = literal_index.current(ngram_counts.root())
    written = literal_index.get_delta(ngram_counts.root(), base.name, [first.pk, made.pk])
    assert written.keys() == {first.pk, made.pk}  # at index time
    result, a, b = _keyness()
    after = _direct(a, b, result)
    assert "两个确立" in after and after["两个确立"][0] >= 4
    assert gone.pk not in a | b

    base = literal_index.current(ngram_counts.root())
    ngram_counts.build()
    assert literal_index.delta_rows(ngram_counts.root(), base.name) == 0
    result, a, b = _keyness()
    assert _common(after, _direct(a, b, result))


def test_a_build_only_when_asked_or_enough_changed(archive):
    assert ngram_counts.build(if_changed=0) is not None  # no base yet
    assert ngram_counts.build(if_changed=0) is None  # nothing changed since
    assert ngram_counts.build(if_stale=True) is None
    literal_index.mark(ngram_counts.root(), [next(iter(archive))])
    assert ngram_counts.build(if_stale=True) is None  # one change: below the threshold
    assert ngram_counts.build(if_changed=0) is not None


def test_lookup_counts_equal_str_count():
    rng = random.Random(7)
    alphabet = "哈一个两维护，。a𠀀"  # 𠀀 (U+20000) is not among the Han ranges counted
    for _ in range(200):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in "abc"]
        vocabulary = {
            t[i : i + k] for t in texts for k in range(2, 9) for i in range(len(t) - k + 1)
        }
        vocabulary = sorted({v for v in vocabulary if units.is_han(v)} | {"哈哈", "维护"})
        lookup = phrase_lookup.Lookup.build(vocabulary)
        for text in texts:
            ids, counts = lookup.count(text)
            got = {vocabulary[i]: n for i, n in zip(ids.tolist(), counts.tolist(), strict=True)}
            assert got == {v: text.count(v) for v in vocabulary if text.count(v)}
        assert lookup.ids(["哈哈", "不在", "维护"]).tolist() == [
            vocabulary.index("哈哈"), -1, vocabulary.index("维护"),
        ]  # fmt: skip


def test_a_side_sum_reads_rows_or_the_complement(tmp_path):
    rows = [
        (1, 10, [0, 2], [3, 1]),
        (4, 12, [1], [5]),
        (9, 7, [0, 1, 2], [1, 1, 1]),
    ]
    lookup = phrase_lookup.Lookup.build(["一二", "三四", "五六"])
    arrays = ((s, n, np.array(i), np.array(c)) for s, n, i, c in rows)
    literal_index.write(tmp_path, lookup, arrays, seq=0)
    base = literal_index.current(tmp_path)
    assert base.rows([4, 5, 9]) == {4: 1, 9: 2}
    assert base.sum_rows([0]).tolist() == [3, 0, 1]
    assert base.sum_rows([0, 2]).tolist() == [4, 1, 2]  # totals minus row 1
    assert base.sum_rows([0, 1, 2]).tolist() == base.totals.tolist() == [4, 6, 2]
    assert base.lookup.ids(["三四", "七八"]).tolist() == [1, -1]


def test_many_changes_start_a_build_in_another_process(
    archive, django_capture_on_commit_callbacks, monkeypatch
):
    ngram_counts.build()
    started = []
    monkeypatch.setattr(ngram_counts, "start_build", lambda: started.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        services.create_speech(title="一", body="第一篇新讲话。", level="县")
    assert started == []  # one change: below the threshold
    monkeypatch.setattr(ngram_counts, "REBUILD_AFTER", 1)
    with django_capture_on_commit_callbacks(execute=True):
        services.create_speech(title="二", body="第二篇新讲话。", level="县")
    assert started == [1]


def test_the_build_command(archive):
    out = io.StringIO()
    call_command("build_phrase_index", "--if-stale", stdout=out)
    assert f"Phrase index: {len(archive)} speeches" in out.getvalue()
    out = io.StringIO()
    call_command("build_phrase_index", "--if-changed", stdout=out)
    assert out.getvalue().strip().startswith("Phrase index: nothing to build")


def test_a_base_of_another_text_version_is_not_read_and_is_rebuilt(archive, monkeypatch):
    ngram_counts.build()
    assert ngram_counts.current() is not None
    assert ngram_counts.build(if_changed=0) is None
    other = {**search.text_fingerprint(), "rules": "0"}
    monkeypatch.setattr(ngram_counts.search, "text_fingerprint", lambda: other)
    assert ngram_counts.current() is None  # its rows may not be the indexed texts' counts
    result, a, b = _keyness()
    _direct(a, b, result)  # counted from the texts meanwhile
    assert ngram_counts.build(if_changed=0) is not None


@pytest.mark.spawns_commands
def test_no_second_build_while_one_runs(archive, monkeypatch):
    spawned = []
    monkeypatch.setattr(process_lock.subprocess, "Popen", lambda *a, **k: spawned.append(a))
    ngram_counts.root().mkdir(parents=True, exist_ok=True)
    with (ngram_counts.root() / "build.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build running elsewhere
        ngram_counts.start_build()
        assert spawned == []
        assert ngram_counts.build(if_stale=True) is None  # leaves it to that build
    ngram_counts.start_build()
    assert len(spawned) == 1 and "build_phrase_index" in spawned[0][0]


def test_new_formulations_from_the_base_equal_a_direct_computation(archive, monkeypatch):
    ngram_counts.build()
    read_texts = []
    monkeypatch.setattr(corpus, "speech_terms", lambda ids: read_texts.append(ids) or {})
    assert service.refresh_new_formulations() > 0
    assert read_texts == []  # the base's holders, no text read
    assert_new_formulations_direct(archive)


def test_new_formulations_read_the_texts_when_the_base_is_behind(
    archive, django_capture_on_commit_callbacks
):
    ngram_counts.build()
    with django_capture_on_commit_callbacks(execute=True):
        services.create_speech(title="后", body="又讲两个维护。", level="县")
    assert ngram_counts.new_formulations({}, 40) is None  # a speech the base lacks


def test_an_empty_archive_gets_an_empty_base(db):
    search.rebuild_index()
    built = ngram_counts.build()
    assert (built.speeches, built.phrases, built.entries) == (0, 0, 0)
    counts = ngram_counts.side_counts([], [], unlimited())
    assert (counts.size_a, counts.size_b, len(counts.a)) == (0, 0, 0)
