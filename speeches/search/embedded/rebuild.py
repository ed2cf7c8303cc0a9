"""Rebuilding into a fresh generation, and haystack's rebuild protocol on top of it.

haystack's ``rebuild_index`` is ``clear_index`` then ``update_index`` in batches, with no
"done" signal: ``begin_rebuild`` (clear) starts a fresh generation beside the live one
(recorded in PENDING with the largest id to index) and ``index_batch`` (update) fills it;
the batch holding that id (update_index walks ids in order) catches up and swaps it in.
Searches see the old index until then, never an empty or partial one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator

from django.utils import timezone

from speeches.search.embedded.layout import (
    Generation,
    built,
    create_generation,
    open_generation,
    pending_state,
    root,
    swap,
)
from speeches.search.embedded.lock import write_lock
from speeches.search.embedded.writer import index_speeches, write_chunks, write_rows
from speeches.search.rows import changed_since, published_ids

log = logging.getLogger(__name__)


def rebuild(verbose: bool = False) -> int:
    """Build a fresh generation from the database, then swap it in atomically.

    Searches keep using the old generation meanwhile. Speeches saved or deleted during the
    build are caught up under the lock just before the swap. Returns the number indexed.
    """

    started = timezone.now()
    gen = create_generation(building=True)
    try:
        written = write_rows(gen, published_ids(), fresh=True)
        count = _catch_up_and_swap(gen, written, started)
    except BaseException:
        shutil.rmtree(gen.path, ignore_errors=True)
        raise
    finally:
        built(gen)
    if verbose:
        log.info("rebuilt search index: %d speeches", count)
    return count


def _catch_up_and_swap(gen: Generation, written: set[int], started) -> int:
    """Bring a fresh generation level with the database, then make it live."""
    with write_lock():
        now_ids = set(published_ids())
        changed = changed_since(started)
        redo = sorted((now_ids - written) | (changed & now_ids))
        gone = sorted(written - now_ids)
        if gone:
            write_chunks(gen, (), gone)
        if redo:
            write_rows(gen, redo, fresh=False)
        swap(gen)
        (root() / "PENDING").unlink(missing_ok=True)
    return len(now_ids)


@contextlib.contextmanager
def _pending_lock() -> Iterator[None]:
    fd = os.open(root() / "pending.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def begin_rebuild() -> None:
    """Start filling a fresh generation (haystack's ``clear``); the live one stays."""

    with _pending_lock():
        old = pending_state()
        if old is not None:
            shutil.rmtree(root() / old["generation"], ignore_errors=True)
        ids = published_ids()
        gen = create_generation()
        if not ids:  # nothing will be indexed, so nothing would ever finish it
            with write_lock():
                swap(gen)
                (root() / "PENDING").unlink(missing_ok=True)
            return
        state = {"generation": gen.name, "last_id": ids[-1], "started": timezone.now().isoformat()}
        tmp = root() / f".PENDING.{uuid.uuid4().hex}"
        tmp.write_text(json.dumps(state))
        os.replace(tmp, root() / "PENDING")


def index_batch(ids: Iterable[int]) -> None:
    """haystack's ``update``: into the pending rebuild if one is running, else live."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with _pending_lock():
        state = pending_state()
        if state is None:
            index_speeches(ids)
            return
        gen = open_generation(state["generation"])
        write_rows(gen, ids, fresh=False)
        if ids[-1] >= state["last_id"]:
            written = set(_indexed_ids(gen))
            _catch_up_and_swap(gen, written, dt.datetime.fromisoformat(state["started"]))


def _indexed_ids(gen: Generation) -> list[int]:
    with gen.main().searcher() as searcher:
        reader = searcher.reader()
        if reader.doc_count() == 0:
            return []
        column = reader.column_reader("speech_id", translate=True)
        return [column[docnum] for docnum in reader.all_doc_ids()]
