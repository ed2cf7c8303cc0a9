"""Collocations read from the packed base (and its delta) equal plain Python over the texts.

The fixture archive of test_service is cut and packed (``corpus.refresh_missing``, what
prepare_archive runs);
speeches written after the pack are read from the term store, so the counts stay exact.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from speeches import services
from speeches.discourse import collocations, corpus, service
from speeches.models import Speech
from speeches.text.normalize import normalize_document
from tests.discourse.test_service import _direct_collocates, _words, archive  # noqa: F401

pytestmark = pytest.mark.django_db

NODES = [
    ("群众", 5),
    ("两个维护", 3),  # one word of the archive's dictionary
    ("做到两个维护", 4),  # two words
    ("要求做到两", 2),  # three: two whole words and the start of a third
    ("党必须做", 3),  # the end of a word, a word, the start of a word
    ("党员", 2),
    ("个维", 4),
    ("维护", 1),
    ("干部", 5),
]


def _published() -> list[str]:
    return [normalize_document(s.body) for s in Speech.objects.published()]


def _assert_direct(node: str, window: int, bodies: list[str], within: str = "") -> None:
    result, _side = service.collocations_of(node, within, window=window, min_count=1)
    node_count, pairs = _direct_collocates(bodies, node, window)
    freq = Counter(w for b in bodies for w in _words(b))
    assert (result.node_count, result.size) == (node_count, sum(freq.values()))
    got = {c.term: (c.count, c.freq) for c in result.results}
    expected = {c: (n, freq[c]) for c, n in pairs.items() if c != node}
    assert got == expected or (len(got) == 100 and got.items() <= expected.items())


@pytest.mark.parametrize("node,window", NODES)
def test_packed_collocations_equal_a_direct_computation(archive, node, window):  # noqa: F811
    corpus.refresh_missing()
    chosen = corpus.select(corpus.everything())
    assert len(chosen.rows) == len(archive) and not chosen.rest  # all from the base
    assert collocations.indexable(node)
    _assert_direct(node, window, _published())


def test_a_packed_sub_corpus(archive):  # noqa: F811
    corpus.refresh_missing()
    county = [v["body"] for v in archive.values() if v["level"] == "县"]
    assert 0 < len(county) < len(archive)
    for node, window in NODES:
        _assert_direct(node, window, county, within="level:县")


def test_a_store_made_anew_never_reads_an_older_base(archive):  # noqa: F811
    corpus.refresh_missing()
    assert corpus.packed_base() is not None
    path = corpus.store().path
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)
    assert corpus.packed_base() is None  # its vocabulary ids are not the new store's
    _assert_direct("两个维护", 3, _published())


def test_speeches_written_after_the_pack_are_counted_from_the_store(
    archive,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    services.apply_pending_index_updates()  # the fixture's own writes, before the pack
    corpus.refresh_missing()
    edited = Speech.objects.published().exclude(body__contains="两个维护").first()
    removed = Speech.objects.published().filter(body__contains="两个维护").first()
    with django_capture_on_commit_callbacks(execute=True):
        body = "群众说两个维护，两个维护靠群众。"
        services.create_speech(title="新讲话", body=body, level="县", date=dt.date(2020, 1, 1))
        services.update_speech(edited, body=edited.body + "\n基层党员干部要把两个维护落到实处。")
        services.delete_speech(removed)
    chosen = corpus.select(corpus.everything())
    assert len(chosen.rest) == 2 and corpus.delta() == 3  # new, edited (and removed) speeches
    for node, window in NODES:
        _assert_direct(node, window, _published())
    corpus.refresh_missing()
    assert corpus.delta() == 0 and not corpus.select(corpus.everything()).rest
    _assert_direct("两个维护", 3, _published())


def test_nodes_the_base_cannot_find_are_found_in_the_texts(archive):  # noqa: F811
    corpus.refresh_missing()
    for node in ("维护。", "哈哈", "两个维护，"):
        assert not collocations.indexable(node)
    assert collocations.indexable("两个维护")
    _assert_direct("维护。", 3, _published())


def test_index_writes_start_a_pack_elsewhere_once_the_base_is_behind(
    archive,  # noqa: F811
    django_capture_on_commit_callbacks,
    monkeypatch,
):
    services.apply_pending_index_updates()
    corpus.refresh_missing()
    monkeypatch.setattr(corpus, "REPACK_AFTER", 1)
    monkeypatch.setattr(corpus, "REPACK_SHARE", 0.0)
    started = []
    monkeypatch.setattr(corpus, "start_pack", lambda: started.append(corpus.delta()))
    for k in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            services.create_speech(title=f"新{k}", body=f"群众路线第{k}次。", level="县")
    assert started == [2]  # not after the first write: one speech is not more than one
    out = StringIO()
    call_command("pack_discourse_terms", "--if-behind", stdout=out)
    assert "packed: 12 speeches" in out.getvalue() and corpus.delta() == 0
    call_command("pack_discourse_terms", "--if-behind", stdout=out)
    assert "current" in out.getvalue()
    _assert_direct("群众", 5, _published())


@pytest.mark.spawns_commands
def test_no_second_pack_process_while_one_holds_the_lock(settings, tmp_path, monkeypatch):
    import fcntl
    import subprocess

    settings.DATA_DIR = tmp_path
    spawned = []
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: spawned.append(a))
    corpus.root().mkdir(parents=True, exist_ok=True)
    with (corpus.root() / "pack.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a running pack_discourse_terms holds it
        corpus.start_pack()
        assert spawned == []
    corpus.start_pack()
    assert len(spawned) == 1
