"""Reading: one consistent snapshot per thread, refreshed only after a commit or a swap."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from whoosh import index as whoosh_index
from whoosh.query import And, Term
from whoosh.searching import Searcher

from speeches.search.embedded.layout import Generation, current_generation, current_name
from speeches.search.rows import pending_updates, published_ids


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


def status() -> dict[str, object]:
    """What the live index holds against what the database says it should."""
    snap = snapshot()
    indexed = set(snap.meta)
    wanted = set(published_ids())
    return {
        "generation": snap.generation.name,
        "indexed": len(indexed),
        "published": len(wanted),
        "missing": sorted(wanted - indexed),
        "extra": sorted(indexed - wanted),
        "pending": pending_updates(),
        "segments": len(snap.main.reader().leaf_readers()),
    }
