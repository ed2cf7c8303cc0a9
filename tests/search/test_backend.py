"""Index writes: services keep the index in step, haystack's commands, the write lock, rebuilds.

These tests run in real (autocommitted) transactions, so ``transaction.on_commit`` fires
inside ``services`` exactly as in production.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from django.core.management import call_command
from haystack import connections

from speeches import search, services
from speeches.models import PendingIndexUpdate, Speech
from speeches.search.embedded import layout, lock, snapshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def empty_index():
    layout.reset()
    yield
    layout.reset()


def indexed_ids() -> set[int]:
    return set(snapshot.snapshot().meta)


def found(q: str) -> set[int]:
    result = search.search(q, page_size=100, with_snippets=False, with_facets=False)
    return {h.speech_id for h in result.hits}


def test_a_created_speech_is_searchable_when_create_speech_returns(seeds):
    speech = services.create_speech(title="新讲话", body="推进两学一做学习教育常态化制度化。")
    assert speech.pk in found("两学一做")
    assert speech.pk in found("做学")  # a string no word segmentation produces
    assert not PendingIndexUpdate.objects.exists()


def test_update_delete_and_unpublish_follow_the_database(seeds):
    speech = services.create_speech(title="旧标题", body="第一稿内容，独特词甲一。")
    services.update_speech(speech, body="第二稿内容，独特词乙二。")
    assert found("甲一") == set()
    assert found("乙二") == {speech.pk}
    services.update_speech(speech, is_published=False)
    assert found("乙二") == set()
    services.update_speech(speech, is_published=True)
    assert found("乙二") == {speech.pk}
    services.delete_speech(speech)
    assert found("乙二") == set()
    assert speech.pk not in indexed_ids()


def test_index_speeches_removes_ids_missing_from_the_database(seeds):
    speech = services.create_speech(title="将被删除", body="临时内容丙三。")
    Speech.objects.filter(pk=speech.pk).delete()  # behind the services' back
    search.index_speeches([speech.pk])
    assert speech.pk not in indexed_ids()


def test_rebuild_index_command_indexes_exactly_the_published_speeches(seeds):
    hidden = services.create_speech(title="内部", body="内部讲话。", is_published=False)
    layout.reset()
    assert indexed_ids() == set()
    call_command("rebuild_index", interactive=False, verbosity=0)
    published = set(Speech.objects.published().values_list("id", flat=True))
    assert indexed_ids() == published
    assert hidden.pk not in indexed_ids()
    assert found("创先争优") == {
        s.pk for s in Speech.objects.published() if "创先争优" in s.title + s.body
    }


def test_batched_rebuild_and_reindexing_leave_one_document_per_speech(seeds):
    # Small batches: the fresh generation is filled by several writes, each replacing
    # what it writes; then every speech is written again into the live index.
    call_command("rebuild_index", interactive=False, verbosity=0, batchsize=2)
    call_command("update_index", verbosity=0, batchsize=3)
    published = set(Speech.objects.published().values_list("id", flat=True))
    snap = snapshot.snapshot()
    assert snap.main.doc_count() == len(published)
    assert set(snap.meta) == published
    assert found("创先争优") == {
        s.pk for s in Speech.objects.published() if "创先争优" in s.title + s.body
    }


def test_clear_index_keeps_the_live_index_until_update_index_has_refilled(seeds):
    search.index_speeches(Speech.objects.values_list("id", flat=True))
    before = indexed_ids()
    call_command("clear_index", interactive=False, verbosity=0)
    assert indexed_ids() == before  # searches never see an empty index
    assert (layout.root() / "PENDING").exists()
    late = services.create_speech(title="重建期间保存", body="重建期间保存的讲话庚七。")
    assert found("庚七") == {late.pk}  # saves during a rebuild go live at once
    call_command("update_index", verbosity=0)
    assert not (layout.root() / "PENDING").exists()
    assert indexed_ids() == set(Speech.objects.published().values_list("id", flat=True))
    assert found("庚七") == {late.pk}


def test_searches_keep_their_results_during_rebuild_index(seeds):
    for n in range(40):
        services.create_speech(title=f"补充讲话{n}", body=f"党员干部第{n}篇补充讲话。")
    expected = found("党员")
    assert len(expected) > 40
    done = _in_thread(call_command, "rebuild_index", interactive=False, verbosity=0)
    before = layout.current_name()
    while not done.is_set():
        assert found("党员") == expected
    assert not done.errors
    assert layout.current_name() != before
    assert found("党员") == expected


def _in_thread(func, *args, **kwargs):
    """Run ``func`` in a thread; the returned event is set when it ends (errors kept)."""
    import threading

    from django.db import connection

    done = threading.Event()
    done.errors = []

    def run():
        try:
            func(*args, **kwargs)
        except Exception as exc:
            done.errors.append(exc)
        finally:
            connection.close()
            done.set()

    threading.Thread(target=run, daemon=True).start()
    return done


def test_update_index_remove_drops_speeches_deleted_behind_the_index(seeds):
    from haystack.query import SearchQuerySet

    search.index_speeches(Speech.objects.values_list("id", flat=True))
    assert SearchQuerySet().models(Speech).count() == Speech.objects.count()
    gone = next(iter(seeds.values()))
    Speech.objects.filter(pk=gone.pk).delete()
    call_command("update_index", remove=True, verbosity=0)
    assert indexed_ids() == set(Speech.objects.values_list("id", flat=True))


def test_haystack_backend_remove_raises_instead_of_swallowing(seeds, monkeypatch):
    backend = connections["default"].get_backend()
    speech = next(iter(seeds.values()))
    search.index_speeches([speech.pk])
    backend.remove(f"speeches.speech.{speech.pk}")
    assert speech.pk not in indexed_ids()
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.2)
    with _lock_held_elsewhere(seconds=3), pytest.raises(lock.IndexLockTimeout):
        backend.remove(speech)


class _lock_held_elsewhere:
    """Another OS process holding the index write lock for a while."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        code = textwrap.dedent(
            f"""
            import fcntl, sys, time
            fh = open({str(layout.root() / "write.lock")!r}, "a")
            fcntl.flock(fh, fcntl.LOCK_EX)
            print("locked", flush=True)
            time.sleep({self.seconds})
            """
        )
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        assert self.proc.stdout.readline().strip() == b"locked"
        return self

    def __exit__(self, *exc):
        self.proc.terminate()  # releases the lock at once if still held
        self.proc.wait(timeout=30)


def test_a_write_waits_for_the_lock_held_by_another_process(seeds):
    speech = services.create_speech(title="等待锁", body="等待写锁的讲话丁四。")
    started = time.monotonic()
    with _lock_held_elsewhere(seconds=1):
        search.remove_speeches([speech.pk])
    assert time.monotonic() - started >= 0.9
    assert found("丁四") == set()


def test_a_failed_index_write_stays_in_the_outbox(seeds, monkeypatch):
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.2)
    with _lock_held_elsewhere(seconds=3):
        speech = services.create_speech(title="锁住时保存", body="锁住时保存的讲话戊五。")
    task = PendingIndexUpdate.objects.get(speech_id=speech.pk)
    assert task.attempts == 1 and "IndexLockTimeout" in task.last_error
    assert found("戊五") == set()
    assert services.apply_pending_index_updates() == 0
    assert found("戊五") == {speech.pk}


def test_rebuild_swaps_in_a_fresh_generation(seeds):
    search.index_speeches(Speech.objects.values_list("id", flat=True))
    before = layout.current_name()
    expected = found("创先争优")
    assert search.rebuild_index() == Speech.objects.published().count()
    assert layout.current_name() != before
    assert found("创先争优") == expected
    assert [p.name for p in layout.root().glob("gen-*")] == [layout.current_name()]


def test_a_snapshot_keeps_working_after_its_generation_is_removed(seeds, monkeypatch):
    for n in range(70):  # more than engine.DIRECT_CHECK: the gram index is consulted
        services.create_speech(title=f"补充讲话{n}", body=f"党员干部第{n}篇补充讲话。")
    search.index_speeches(Speech.objects.values_list("id", flat=True))
    snap = snapshot.snapshot()
    expected = found("党员")
    shutil.rmtree(snap.generation.path)  # what a swap in another process does
    monkeypatch.setattr(snap, "up_to_date", lambda: True)  # keep using the removed one
    assert found("党员") == expected
    result = search.search("党员干部", page_size=100)
    assert all(hit.snippets for hit in result.hits)
    assert search.more_like_this(max(expected)) is not None


def test_searches_keep_working_while_a_rebuild_runs(seeds):
    search.index_speeches(Speech.objects.values_list("id", flat=True))
    expected = found("党员")
    # The rebuild runs in another thread; this one searches the live generation meanwhile.
    done = _in_thread(search.rebuild_index)
    while not done.is_set():
        assert found("党员") == expected
    assert found("党员") == expected


def test_check_index_finds_and_repairs_drift(seeds):
    from django.core.management.base import CommandError

    search.index_speeches(Speech.objects.values_list("id", flat=True))
    call_command("check_index", verbosity=0)
    behind_the_back = Speech.objects.create(title="绕过服务", body="直接写入数据库的讲话己六。")
    gone = next(iter(seeds.values()))
    Speech.objects.filter(pk=gone.pk).delete()
    with pytest.raises(CommandError):
        call_command("check_index", verbosity=0)
    status = search.index_status()
    assert status["missing"] == [behind_the_back.pk]
    assert status["extra"] == [gone.pk]
    call_command("check_index", "--repair", verbosity=0)
    assert found("己六") == {behind_the_back.pk}
    assert gone.pk not in indexed_ids()
    call_command("check_index", "--rebuild", "--optimize", verbosity=0)
    assert indexed_ids() == set(Speech.objects.published().values_list("id", flat=True))


def test_an_index_of_an_old_format_is_replaced_by_an_empty_one(seeds):
    search.index_speeches(Speech.objects.values_list("id", flat=True))
    old = layout.current_name()
    meta = layout.root() / old / "meta.json"
    meta.write_text(meta.read_text().replace('"format": ', '"format": 0, "was": '))
    assert found("创先争优") == set()  # no crash; empty until rebuilt
    assert layout.current_name() != old
    assert search.index_status()["missing"]
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert found("创先争优")
