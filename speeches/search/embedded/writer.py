"""The index writer: prepared chunks into one generation, grams grouped in buckets.

Every write holds the cross-process lock (``lock``) and lands in one commit per batch of
``COMMIT_EVERY`` speeches: bounded memory and visible progress on big writes.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.conf import settings

from speeches.search.analysis import configure_jieba, load_jieba
from speeches.search.documents import PreparedChunk, SpeechRow, date_number, prepare_chunk
from speeches.search.embedded import lock
from speeches.search.embedded.layout import (
    DJANGO_CT_VALUE,
    Generation,
    current_generation,
    identifier,
)
from speeches.search.embedded.lock import write_lock
from speeches.search.rows import load_rows
from speeches.search.signature import SignatureScheme

PREPARE_CHUNK = 32  # speeches per worker task: small enough to keep the writer busy
GRAM_DOCS_FROM = 32  # smaller writes (single saves) skip the gram index: see Snapshot
COMMIT_EVERY = 1024  # speeches per commit in bulk writes: bounded memory, visible progress
# A rebuild's generation is not live yet: it writes fewer, larger segments and never merges
# them (Whoosh's merge policy rewrote the whole index at ~19k speeches, ~30% of the build's
# time at 30k, while the preparing workers waited).
REBUILD_SEGMENT = 8192
POOL_THRESHOLD = 256  # below this, forking workers costs more than it saves


def _configure_jieba() -> None:
    configure_jieba(Path(settings.DATA_DIR) / "jieba")


def _init_worker(cache_dir: str) -> None:
    configure_jieba(cache_dir)


def _chunks(rows: list[SpeechRow], size: int) -> list[list[SpeechRow]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


@contextlib.contextmanager
def _preparer(total: int, scheme: SignatureScheme) -> Iterator:
    """A map function for prepare_chunk: worker processes for big batches, inline else."""
    _configure_jieba()
    prepare = functools.partial(prepare_chunk, scheme=scheme)
    if total < POOL_THRESHOLD:
        yield lambda chunks: map(prepare, chunks)
        return
    # fork shares the parent's loaded jieba and starts at once, but is only safe while this
    # process runs a single thread (a command, a sync worker); otherwise use a forkserver.
    single = threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if single else "forkserver")
    if single:
        load_jieba()
    cache_dir = str(Path(settings.DATA_DIR) / "jieba")
    with ctx.Pool(2, initializer=_init_worker, initargs=(cache_dir,)) as pool:
        yield lambda chunks: pool.imap(prepare, chunks)


class _GramBucket:
    """Collects prepared chunks into gram documents of up to ``size`` speeches.

    Fewer, larger gram documents mean fewer postings to write (the build's main cost); the
    check step makes the coarser candidates exact again.
    """

    def __init__(self, writer, size: int):
        self.writer = writer
        self.size = size
        self.members: list[int] = []
        self.grams: set[str] = set()

    def add(self, chunk: PreparedChunk) -> None:
        self.members += [d.row.speech_id for d in chunk.docs]
        self.grams |= chunk.grams
        if len(self.members) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.members:
            self.writer.add_document(key=uuid.uuid4().hex, grams=self.grams, members=self.members)
        self.members, self.grams = [], set()


def _delete(writer, ids: Iterable[int]) -> None:
    """Delete these speeches' documents through one searcher.

    Whoosh's ``update_document`` and ``delete_by_term`` open a searcher over every segment
    per call: haystack's ``rebuild_index`` (which writes in batches of updates) spent 172 s
    of system time on that at 10k speeches.
    """
    ids = list(ids)
    if not ids:
        return
    with writer.searcher() as searcher:
        for speech_id in ids:
            writer.delete_by_term("id", identifier(speech_id), searcher=searcher)


def write_chunks(
    gen: Generation,
    chunks: Iterable[PreparedChunk],
    replace: Iterable[int],
    with_grams: bool = True,
    merge: bool = True,
) -> list[int]:
    """In one commit, delete the documents of ``replace`` (speeches removed, or about to
    be written again) and write prepared chunks into ``gen``; return the written ids.

    Without ``with_grams`` only the main index and the text store are written: a single
    save then costs one small segment instead of two (see ``Snapshot.candidates``).
    """
    main_ix, gram_ix, store = gen.main(), gen.grams(), gen.store()
    main_w = main_ix.writer(limitmb=256, timeout=lock.LOCK_TIMEOUT)
    gram_w = gram_ix.writer(limitmb=128, timeout=lock.LOCK_TIMEOUT) if with_grams else None
    bucket = _GramBucket(gram_w, gen.bucket_size) if with_grams else None
    written: list[int] = []
    try:
        _delete(main_w, replace)
        for chunk in chunks:
            if not chunk.docs:
                continue
            heads = [d.signature for d in chunk.docs]
            if any(len(h) != gen.signature.size for h in heads):
                # A wrong-sized header would shift every later text's offset.
                raise ValueError(f"signatures of {gen.name} are {gen.signature.size} bytes")
            spans = store.append([d.text for d in chunk.docs], heads)
            if bucket is not None:
                bucket.add(chunk)
            for doc, (offset, length) in zip(chunk.docs, spans, strict=True):
                row = doc.row
                main_w.add_document(
                    id=identifier(row.speech_id),
                    django_ct=DJANGO_CT_VALUE,
                    django_id=str(row.speech_id),
                    text=doc.body_words,
                    title=doc.title_words,
                    speech_id=row.speech_id,
                    date=date_number(row.date),
                    level=row.level,
                    speaker=row.speaker,
                    campaigns=",".join(row.campaigns),
                    store_offset=offset,
                    store_length=length,
                    title_length=doc.title_bytes,
                    in_grams=int(with_grams),
                )
                written.append(row.speech_id)
        if gram_w is not None:
            bucket.flush()
            # Grams first: a reader that sees a main document must also find its grams.
            _commit(gram_w, gram_ix, merge_small=False)
            gram_w = None
        _commit(main_w, main_ix, merge_small=merge)
        main_w = None
    finally:
        for w in (gram_w, main_w):
            if w is not None:
                w.cancel()
    return written


def _commit(writer, ix, merge_small: bool = True) -> None:
    # Single saves must stay fast (no merging); merge small segments once they pile up.
    # Never for the gram index: Whoosh picks "small" segments by document count, and gram
    # segments hold two documents but hundreds of thousands of postings (an 18 s merge at
    # 10k speeches); rebuilds and ``optimize`` compact it instead.
    segments = len(ix._segments()) if hasattr(ix, "_segments") else 0
    writer.commit(merge=merge_small and segments >= 10)


def write_rows(gen: Generation, ids: list[int], fresh: bool) -> set[int]:
    """Index published speeches among ``ids`` into ``gen``; return the ids written."""
    written: set[int] = set()
    step = REBUILD_SEGMENT if fresh else COMMIT_EVERY
    with _preparer(len(ids), gen.signature) as prepare:
        for start in range(0, len(ids), step):
            chunk = ids[start : start + step]
            rows = load_rows(chunk)
            prepared = prepare(_chunks(rows, PREPARE_CHUNK))
            grams = len(rows) >= GRAM_DOCS_FROM
            # Not fresh: every id's old document goes, published or not (unpublished and
            # deleted speeches are thereby removed).
            replace = () if fresh else chunk
            written.update(write_chunks(gen, prepared, replace, with_grams=grams, merge=not fresh))
    return written


def index_speeches(ids: Iterable[int]) -> None:
    """(Re)index speeches; ids missing from the database or unpublished are removed."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with write_lock():
        gen = current_generation()
        write_rows(gen, ids, fresh=False)


def remove_speeches(ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with write_lock():
        write_chunks(current_generation(), (), ids)


def optimize() -> None:
    """Merge all segments (offline maintenance only: slow on a big index)."""
    with write_lock():
        gen = current_generation()
        for ix in (gen.main(), gen.grams()):
            ix.optimize()
