"""The on-disk search index: generations, the one writer, and per-process snapshots.

Layout under ``settings.SEARCH_INDEX_DIR``::

    CURRENT          name of the live generation directory (replaced atomically)
    write.lock       fcntl lock: one index writer at a time across all processes
    gen-<id>/main/   Whoosh: one document per speech (ranking words + sortable metadata)
    gen-<id>/grams/  Whoosh: one document per bucket of speeches (character grams)
    gen-<id>/texts.bin   normalized texts (see textstore), offsets kept in main
    gen-<id>/meta.json   format, bucket size and signature scheme (kept with the index)

A rebuild fills a fresh generation while searches keep using the live one, then swaps
CURRENT; every writer re-reads CURRENT inside the lock, so nothing is written to a retired
generation.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import logging
import multiprocessing
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema
from whoosh.searching import Searcher

from speeches.search import textversion
from speeches.search.analysis import (
    GramSet,
    PretokenizedText,
    configure_jieba,
    load_jieba,
)
from speeches.search.documents import (
    PreparedChunk,
    SpeechRow,
    date_number,
    prepare_chunk,
)
from speeches.search.signature import CURRENT as SIGNATURE
from speeches.search.signature import SignatureScheme
from speeches.search.textstore import TextStore

log = logging.getLogger(__name__)

FORMAT = 3
BUCKET_SIZE = 512  # most speeches per gram document (stored in meta.json)
PREPARE_CHUNK = 32  # speeches per worker task: small enough to keep the writer busy
GRAM_DOCS_FROM = 32  # smaller writes (single saves) skip the gram index: see Snapshot
CONTENT_FIELD = "text"
DJANGO_CT_VALUE = "speeches.speech"
TITLE_BOOST = 4.0
COMMIT_EVERY = 1024  # speeches per commit in bulk writes: bounded memory, visible progress
POOL_THRESHOLD = 256  # below this, forking workers costs more than it saves
LOCK_TIMEOUT = float(os.environ.get("ARCHIVE_INDEX_LOCK_TIMEOUT", "120"))


def _memoize_missing_length_columns() -> None:
    """Whoosh 2.7.4 checks the file system once per posting, while flushing a segment, for
    the length column of every unscored field (our grams, the ID fields) and never caches
    the miss: a stat() per posting was a quarter of the build time. Cache the miss too."""
    from whoosh.codec import whoosh3

    original = whoosh3.W3PerDocReader._cached_reader
    if getattr(original, "archive_memoized", False):
        return

    def _cached_reader(self, fieldname, column):
        reader = original(self, fieldname, column)
        if reader is None:
            self._readers[fieldname] = None  # the original returns cached entries as they are
        return reader

    _cached_reader.archive_memoized = True
    whoosh3.W3PerDocReader._cached_reader = _cached_reader


_memoize_missing_length_columns()


class _OldFormat(Exception):
    """The generation was written by another index format and cannot be read."""


class IndexLockTimeout(RuntimeError):
    """The index write lock could not be taken in time (the caller must retry)."""


def main_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        django_ct=ID(stored=True),
        django_id=ID(stored=True),
        text=PretokenizedText(),
        title=PretokenizedText(field_boost=TITLE_BOOST),
        speech_id=NUMERIC(int, bits=64, stored=True, sortable=True),
        date=NUMERIC(int, stored=True, sortable=True, default=0),
        level=ID(stored=True, sortable=True),
        speaker=ID(stored=True, sortable=True),
        campaigns=KEYWORD(stored=True, commas=True, sortable=True),
        store_offset=NUMERIC(int, bits=64, stored=True, sortable=True),
        store_length=NUMERIC(int, bits=64, stored=True, sortable=True),
        title_length=NUMERIC(int, bits=64, stored=True, sortable=True),
        # 1 when this version of the speech was written together with a gram document
        in_grams=NUMERIC(int, bits=8, stored=True, sortable=True, default=0),
    )


def gram_schema() -> Schema:
    return Schema(key=ID(stored=True, unique=True), grams=GramSet(), members=STORED())


def identifier(speech_id: int) -> str:
    return f"{DJANGO_CT_VALUE}.{speech_id}"


def root() -> Path:
    path = Path(settings.SEARCH_INDEX_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _configure_jieba() -> None:
    configure_jieba(Path(settings.DATA_DIR) / "jieba")


# --- the cross-process write lock -----------------------------------------------------------


_thread_lock = threading.RLock()
_held = threading.local()


@contextlib.contextmanager
def write_lock(timeout: float | None = None) -> Iterator[None]:
    """Hold the one index write lock (re-entrant within a thread)."""
    if getattr(_held, "depth", 0):
        _held.depth += 1
        try:
            yield
        finally:
            _held.depth -= 1
        return
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    if not _thread_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
        raise IndexLockTimeout("index write lock busy (thread)")
    try:
        fd = os.open(root() / "write.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            delay = 0.005
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise IndexLockTimeout("index write lock busy") from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.1)
            _held.depth = 1
            try:
                yield
            finally:
                _held.depth = 0
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    finally:
        _thread_lock.release()


# --- generations ----------------------------------------------------------------------------


@dataclass
class Generation:
    path: Path
    bucket_size: int
    signature: SignatureScheme

    @property
    def name(self) -> str:
        return self.path.name

    def main(self) -> whoosh_index.Index:
        return whoosh_index.open_dir(str(self.path / "main"), schema=main_schema())

    def grams(self) -> whoosh_index.Index:
        return whoosh_index.open_dir(str(self.path / "grams"), schema=gram_schema())

    def store(self) -> TextStore:
        return TextStore(self.path / "texts.bin")


def _create_generation() -> Generation:
    path = root() / f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    (path / "main").mkdir(parents=True)
    (path / "grams").mkdir()
    whoosh_index.create_in(str(path / "main"), main_schema())
    whoosh_index.create_in(str(path / "grams"), gram_schema())
    (path / "texts.bin").touch()
    meta = {"format": FORMAT, "bucket_size": BUCKET_SIZE, "signature": SIGNATURE.to_meta()}
    meta = textversion.stamp(meta)  # what normalized the texts: compared at start-up
    (path / "meta.json").write_text(json.dumps(meta))
    return Generation(path, BUCKET_SIZE, SIGNATURE)


def _open_generation(name: str) -> Generation:
    path = root() / name
    meta = json.loads((path / "meta.json").read_text())
    if meta.get("format") != FORMAT:
        raise _OldFormat(f"search index {path} has format {meta.get('format')}, not {FORMAT}")
    return Generation(path, int(meta["bucket_size"]), SignatureScheme.from_meta(meta))


def current_name() -> str | None:
    try:
        return (root() / "CURRENT").read_text().strip() or None
    except FileNotFoundError:
        return None


def _swap(gen: Generation) -> None:
    """Make ``gen`` the live generation (atomic rename) and drop retired ones (a pending
    rebuild's excepted). Snapshots open every file they read up front, so removing a
    generation under a running search is harmless (POSIX unlink semantics)."""
    pointer = root() / "CURRENT"
    tmp = root() / f".CURRENT.{uuid.uuid4().hex}"
    tmp.write_text(gen.name)
    os.replace(tmp, pointer)
    pending = _pending()
    keep = {gen.name, pending["generation"] if pending else None}
    for other in root().glob("gen-*"):
        if other.name not in keep:
            shutil.rmtree(other, ignore_errors=True)


def _usable(name: str | None) -> Generation | None:
    if name is None or not (root() / name / "meta.json").exists():
        return None
    try:
        return _open_generation(name)
    except _OldFormat:
        return None


def current_generation() -> Generation:
    """The live generation; an empty one on first use or after a format change.

    An index written by an older format cannot be read: it is replaced by an empty one (a
    warning says to rebuild; ``check_index`` lists every speech as missing meanwhile).
    """
    gen = _usable(current_name())
    if gen is not None:
        return gen
    with write_lock():
        name = current_name()
        gen = _usable(name)
        if gen is not None:
            return gen
        if name is not None and (root() / name).exists():
            log.warning(
                "search index %s has an old format: starting an empty one; "
                "run `manage.py rebuild_index --noinput`",
                name,
            )
        gen = _create_generation()
        _swap(gen)
        return gen


def reset() -> None:
    """Replace the live index with an empty one (haystack's ``clear``)."""
    with write_lock():
        _swap(_create_generation())


# --- reading rows from the database ---------------------------------------------------------


def load_rows(ids: Iterable[int]) -> list[SpeechRow]:
    """Published speeches among ``ids``, in id order, detached from the ORM."""
    from speeches.models import Speech

    ids = sorted(set(ids))
    rows: list[SpeechRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        qs = (
            Speech.objects.filter(pk__in=chunk, is_published=True)
            .select_related("speaker")
            .prefetch_related("campaigns")
            .only("id", "title", "body", "date", "level", "speaker__name")
            .order_by("id")
        )
        rows.extend(
            SpeechRow(
                speech_id=s.pk,
                title=s.title or "",
                body=s.body or "",
                date=s.date,
                level=s.level or "",
                speaker=s.speaker.name if s.speaker else "",
                campaigns=tuple(sorted(c.slug for c in s.campaigns.all())),
            )
            for s in qs
        )
    return rows


def published_ids() -> list[int]:
    from speeches.models import Speech

    return list(Speech.objects.published().order_by("id").values_list("id", flat=True))


# --- writing --------------------------------------------------------------------------------


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


def _write_chunks(
    gen: Generation,
    chunks: Iterable[PreparedChunk],
    replace: Iterable[int],
    with_grams: bool = True,
) -> list[int]:
    """In one commit, delete the documents of ``replace`` (speeches removed, or about to
    be written again) and write prepared chunks into ``gen``; return the written ids.

    Without ``with_grams`` only the main index and the text store are written: a single
    save then costs one small segment instead of two (see ``Snapshot.candidates``).
    """
    main_ix, gram_ix, store = gen.main(), gen.grams(), gen.store()
    main_w = main_ix.writer(limitmb=256, timeout=LOCK_TIMEOUT)
    gram_w = gram_ix.writer(limitmb=128, timeout=LOCK_TIMEOUT) if with_grams else None
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
        _commit(main_w, main_ix)
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


def _write_rows(gen: Generation, ids: list[int], fresh: bool) -> set[int]:
    """Index published speeches among ``ids`` into ``gen``; return the ids written."""
    written: set[int] = set()
    with _preparer(len(ids), gen.signature) as prepare:
        for start in range(0, len(ids), COMMIT_EVERY):
            chunk = ids[start : start + COMMIT_EVERY]
            rows = load_rows(chunk)
            prepared = prepare(_chunks(rows, PREPARE_CHUNK))
            grams = len(rows) >= GRAM_DOCS_FROM
            # Not fresh: every id's old document goes, published or not (unpublished and
            # deleted speeches are thereby removed).
            replace = () if fresh else chunk
            written.update(_write_chunks(gen, prepared, replace, with_grams=grams))
    return written


def index_speeches(ids: Iterable[int]) -> None:
    """(Re)index speeches; ids missing from the database or unpublished are removed."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with write_lock():
        gen = current_generation()
        _write_rows(gen, ids, fresh=False)


def remove_speeches(ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with write_lock():
        _write_chunks(current_generation(), (), ids)


def rebuild(verbose: bool = False) -> int:
    """Build a fresh generation from the database, then swap it in atomically.

    Searches keep using the old generation meanwhile. Speeches saved or deleted during the
    build are caught up under the lock just before the swap. Returns the number indexed.
    """
    from django.utils import timezone

    started = timezone.now()
    gen = _create_generation()
    try:
        written = _write_rows(gen, published_ids(), fresh=True)
        count = _catch_up_and_swap(gen, written, started)
    except BaseException:
        shutil.rmtree(gen.path, ignore_errors=True)
        raise
    if verbose:
        log.info("rebuilt search index: %d speeches", count)
    return count


def _catch_up_and_swap(gen: Generation, written: set[int], started) -> int:
    """Bring a fresh generation level with the database, then make it live."""
    from speeches.models import Speech

    with write_lock():
        now_ids = set(published_ids())
        changed = set(Speech.objects.filter(updated__gte=started).values_list("id", flat=True))
        redo = sorted((now_ids - written) | (changed & now_ids))
        gone = sorted(written - now_ids)
        if gone:
            _write_chunks(gen, (), gone)
        if redo:
            _write_rows(gen, redo, fresh=False)
        _swap(gen)
        (root() / "PENDING").unlink(missing_ok=True)
    return len(now_ids)


# --- haystack's rebuild_index: clear_index, then update_index in batches --------------------
#
# haystack gives no "done" signal, so ``clear`` starts a fresh generation beside the live one
# (recorded in PENDING with the largest id to index) and ``update`` batches fill it; the batch
# holding that id (update_index walks ids in order) catches up and swaps it in. Searches see
# the old index until then, never an empty or partial one.


@contextlib.contextmanager
def _pending_lock() -> Iterator[None]:
    fd = os.open(root() / "pending.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _pending() -> dict | None:
    try:
        state = json.loads((root() / "PENDING").read_text())
    except (FileNotFoundError, ValueError):
        return None
    return state if (root() / state.get("generation", "") / "meta.json").exists() else None


def begin_rebuild() -> None:
    """Start filling a fresh generation (haystack's ``clear``); the live one stays."""
    from django.utils import timezone

    with _pending_lock():
        old = _pending()
        if old is not None:
            shutil.rmtree(root() / old["generation"], ignore_errors=True)
        ids = published_ids()
        gen = _create_generation()
        if not ids:  # nothing will be indexed, so nothing would ever finish it
            with write_lock():
                _swap(gen)
                (root() / "PENDING").unlink(missing_ok=True)
            return
        state = {"generation": gen.name, "last_id": ids[-1], "started": timezone.now().isoformat()}
        tmp = root() / f".PENDING.{uuid.uuid4().hex}"
        tmp.write_text(json.dumps(state))
        os.replace(tmp, root() / "PENDING")


def index_batch(ids: Iterable[int]) -> None:
    """haystack's ``update``: into the pending rebuild if one is running, else live."""
    import datetime as dt

    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with _pending_lock():
        state = _pending()
        if state is None:
            index_speeches(ids)
            return
        gen = _open_generation(state["generation"])
        _write_rows(gen, ids, fresh=False)
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


def status() -> dict[str, object]:
    """What the live index holds against what the database says it should."""
    from speeches.models import PendingIndexUpdate

    snap = snapshot()
    indexed = set(snap.meta)
    wanted = set(published_ids())
    return {
        "generation": snap.generation.name,
        "indexed": len(indexed),
        "published": len(wanted),
        "missing": sorted(wanted - indexed),
        "extra": sorted(indexed - wanted),
        "pending": PendingIndexUpdate.objects.count(),
        "segments": len(snap.main.reader().leaf_readers()),
    }


def optimize() -> None:
    """Merge all segments (offline maintenance only: slow on a big index)."""
    with write_lock():
        gen = current_generation()
        for ix in (gen.main(), gen.grams()):
            ix.optimize()


# --- reading: one snapshot per process, refreshed only after commits ------------------------


@dataclass(frozen=True)
class DocMeta:
    docnum: int
    date: int
    level: str
    speaker: str
    campaigns: tuple[str, ...]
    offset: int
    length: int
    title_length: int
    in_grams: bool

    @property
    def year(self) -> int:
        return self.date // 10000


class Snapshot:
    """A consistent read view: main searcher, gram searcher, text store, metadata columns."""

    def __init__(self, gen: Generation):
        self.generation = gen
        # Main first: the gram index is committed before main, so grams opened afterwards
        # cover every document this main searcher can see.
        self.main: Searcher = gen.main().searcher()
        self.grams: Searcher = gen.grams().searcher()
        self.store = gen.store()
        self.meta: dict[int, DocMeta] = self._load_meta()
        self._open_everything()

    def _open_everything(self) -> None:
        """Open now every file a search may read later: a swap can remove the directory.

        Every text offset this snapshot knows is already written, so one map covers them;
        Whoosh opens some column files lazily (field lengths for scoring, stored fields).
        """
        self.store.open()
        reader = self.main.reader()
        if reader.doc_count():
            first = next(iter(reader.all_doc_ids()))
            for field in ("text", "title"):
                reader.doc_field_length(first, field)
            reader.stored_fields(first)
        gram_reader = self.grams.reader()
        if gram_reader.doc_count():
            gram_reader.stored_fields(next(iter(gram_reader.all_doc_ids())))
        self.by_docnum: dict[int, int] = {m.docnum: sid for sid, m in self.meta.items()}
        self.outside_grams: set[int] = {sid for sid, m in self.meta.items() if not m.in_grams}

    def _load_meta(self) -> dict[int, DocMeta]:
        reader = self.main.reader()
        if reader.doc_count() == 0:
            return {}  # an empty index has no columns at all
        cols = {
            name: reader.column_reader(name, translate=True)
            for name in (
                "speech_id",
                "date",
                "level",
                "speaker",
                "campaigns",
                "store_offset",
                "store_length",
                "title_length",
                "in_grams",
            )
        }
        meta: dict[int, DocMeta] = {}
        for docnum in reader.all_doc_ids():
            campaigns = cols["campaigns"][docnum]
            meta[cols["speech_id"][docnum]] = DocMeta(
                docnum=docnum,
                date=cols["date"][docnum] or 0,
                level=cols["level"][docnum] or "",
                speaker=cols["speaker"][docnum] or "",
                campaigns=tuple(c for c in campaigns.split(",") if c) if campaigns else (),
                offset=cols["store_offset"][docnum],
                length=cols["store_length"][docnum],
                title_length=cols["title_length"][docnum],
                in_grams=bool(cols["in_grams"][docnum]),
            )
        return meta

    def up_to_date(self) -> bool:
        return (
            current_name() == self.generation.name
            and self.main.up_to_date()
            and self.grams.up_to_date()
        )

    def candidates(self, grams: set[str]) -> set[int] | None:
        """Speech ids that may contain all ``grams`` (None = no constraint).

        Members of gram documents holding all of them, plus every speech whose current
        version is in no gram document (saved one by one since the last bulk write). A
        member whose speech was since re-saved alone is in the second group anyway, so a
        stale gram document never hides a match.
        """
        if not grams:
            return None
        from whoosh.query import And, Term

        query = And([Term("grams", g) for g in sorted(grams)])
        found: set[int] = set(self.outside_grams)
        for docnum in query.docs(self.grams):
            found.update(self.grams.stored_fields(docnum)["members"])
        return found

    def signature_probes(self, needle: str) -> tuple[tuple[int, int], ...]:
        return self.generation.signature.probes(needle)

    def may_contain(self, speech_id: int, probes: tuple[tuple[int, int], ...]) -> bool:
        """False only if the speech surely lacks one of the grams behind ``probes``."""
        m = self.meta[speech_id]
        return self.store.has_bits(m.offset, self.generation.signature.size, probes)

    def contains(self, speech_id: int, needle: bytes, title_only: bool = False) -> bool:
        m = self.meta[speech_id]
        length = m.title_length if title_only else m.length
        return self.store.contains(m.offset, length, needle)

    def count(self, speech_id: int, needle: bytes) -> int:
        m = self.meta[speech_id]
        return self.store.count(m.offset, m.length, needle)

    def text(self, speech_id: int) -> str:
        m = self.meta[speech_id]
        return self.store.read(m.offset, m.length)


# One snapshot per thread: Whoosh searchers read through shared file positions and are not
# safe to use from two threads at once (gunicorn runs 2 threads per worker).
_local = threading.local()


def snapshot() -> Snapshot:
    """This thread's read view, reopened only when a commit or a swap happened."""
    snap = getattr(_local, "snapshot", None)
    if snap is not None and snap.up_to_date():
        return snap
    for attempt in range(5):
        try:
            snap = Snapshot(current_generation())
            break
        except (FileNotFoundError, whoosh_index.EmptyIndexError):
            # A swap removed the generation between reading CURRENT and opening it.
            if attempt == 4:
                raise
            time.sleep(0.05)
    _local.snapshot = snap
    return snap
