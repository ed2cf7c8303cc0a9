"""Each speech's literal n-gram counts, kept on disk as a base plus a list of changed speeches
(pure: numpy and SQLite, no Django; the caller passes the directory).

The base holds, for every speech indexed when it was built, ``str.count`` of each phrase of
one vocabulary (the word-aligned phrases of all those speeches, ``units.phrase_counts``),
as compressed rows (CSR: row offsets, phrase ids, counts) in memory-mapped ``.npy`` files,
with the archive-wide totals. A side of a keyness comparison is then one ``numpy.bincount``
over its rows (or the totals minus the other rows, when that is less to read).

It is rebuilt whole, in a command (``prepare_archive``, ``build_phrase_index``), never in a
request. Index writes append the speech ids they touched to ``changes.sqlite3`` (marks), with
a delta row per speech counted against the current base's vocabulary (plus the phrases of its
own outside it): a reader uses the delta row of a marked speech instead of its base row, so
an answer is exact at any time. A new base is written beside the old one and switched to by
renaming a symbolic link, so readers never see half a base.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from speeches.discourse.phrase_lookup import TERM, Lookup

SCHEMA = 2
_CURRENT = "current"
_CHANGES = "changes.sqlite3"


class OverBudget(RuntimeError):
    """A sum stopped at the caller's time budget."""


# --- marks: speeches changed since a base -----------------------------------------------


def _marks(root: Path) -> sqlite3.Connection:
    root.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(root / _CHANGES, timeout=30, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS marks (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " id INTEGER NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS delta (id INTEGER PRIMARY KEY, base TEXT NOT NULL,"
        " length INTEGER NOT NULL, term_ids BLOB NOT NULL, counts BLOB NOT NULL,"
        " extra BLOB NOT NULL)"
    )
    return db


Delta = tuple[int, np.ndarray, np.ndarray, dict[str, int]]  # length, term ids, counts, extra


def put_delta(root: str | Path, base: str, rows: Iterable[tuple[int, Delta]]) -> None:
    """Store (speech id, delta row) pairs counted against the base named ``base``."""
    data = [
        (sid, base, length, ids.astype(np.int32).tobytes(), n.astype(np.int64).tobytes(),
         marshal.dumps(extra))
        for sid, (length, ids, n, extra) in rows
    ]  # fmt: skip
    if not data:
        return
    db = _marks(Path(root))
    try:
        with db:
            db.executemany("INSERT OR REPLACE INTO delta VALUES (?, ?, ?, ?, ?, ?)", data)
    finally:
        db.close()


def get_delta(root: str | Path, base: str, ids: Iterable[int]) -> dict[int, Delta]:
    """The delta rows of these speeches counted against ``base``."""
    wanted = sorted(set(ids))
    found: dict[int, Delta] = {}
    db = _marks(Path(root))
    try:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT id, length, term_ids, counts, extra FROM delta"
                f" WHERE base = ? AND id IN ({marks})"
            )
            for sid, length, ids_blob, n_blob, extra in db.execute(sql, [base, *chunk]):
                found[sid] = (
                    length,
                    np.frombuffer(ids_blob, np.int32),
                    np.frombuffer(n_blob, np.int64),
                    marshal.loads(extra),
                )
    finally:
        db.close()
    return found


def drop_delta(root: str | Path, ids: Iterable[int]) -> None:
    rows = [(int(i),) for i in ids]
    db = _marks(Path(root))
    try:
        with db:
            db.executemany("DELETE FROM delta WHERE id = ?", rows)
    finally:
        db.close()


def delta_rows(root: str | Path, base: str) -> int:
    db = _marks(Path(root))
    try:
        return int(db.execute("SELECT COUNT(*) FROM delta WHERE base = ?", (base,)).fetchone()[0])
    finally:
        db.close()


def mark(root: str | Path, ids: Iterable[int]) -> None:
    """Record that these speeches changed (indexed again or removed)."""
    rows = [(int(i),) for i in ids]
    if not rows:
        return
    db = _marks(Path(root))
    try:
        with db:
            db.executemany("INSERT INTO marks (id) VALUES (?)", rows)
    finally:
        db.close()


def last_mark(root: str | Path) -> int:
    db = _marks(Path(root))
    try:
        return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM marks").fetchone()[0])
    finally:
        db.close()


def marked_since(root: str | Path, seq: int) -> set[int]:
    """Speeches marked after mark number ``seq``."""
    db = _marks(Path(root))
    try:
        return {i for (i,) in db.execute("SELECT DISTINCT id FROM marks WHERE seq > ?", (seq,))}
    finally:
        db.close()


def _forget_before(root: Path, seq: int, base: str) -> None:
    """After a switch: marks the new base reflects, delta rows of older bases."""
    db = _marks(root)
    try:
        with db:
            db.execute("DELETE FROM marks WHERE seq <= ?", (seq,))
            db.execute("DELETE FROM delta WHERE base != ?", (base,))
    finally:
        db.close()


# --- the base ------------------------------------------------------------------------------


@dataclass
class Base:
    """A built base, memory-mapped (nothing is read until a row is summed)."""

    path: Path
    meta: dict  # meta.json: schema, seq, the hash multiplier, what the caller recorded
    seq: int  # the last mark already reflected in the rows
    lookup: Lookup  # the vocabulary: sorted phrases, a phrase's id its position
    speech_ids: np.ndarray  # sorted speech ids; row r holds speech_ids[r]
    lengths: np.ndarray  # each row's body length (characters)
    indptr: np.ndarray  # row r's entries are [indptr[r], indptr[r + 1])
    term_ids: np.ndarray
    counts: np.ndarray
    totals: np.ndarray  # summed over every row
    # per phrase, its word-aligned occurrences in the same texts (None in a base written
    # before they were kept): with ``totals``, whether it is a unit or a piece of words
    aligned: np.ndarray | None = None

    @classmethod
    def open(cls, path: Path) -> Base:
        meta = json.loads((path / "meta.json").read_text())
        if meta.get("schema") != SCHEMA:
            raise FileNotFoundError(path)

        def load(name: str) -> np.ndarray:
            # A plain view of the map: indexing a np.memmap costs a Python call each time.
            return np.asarray(np.load(path / f"{name}.npy", mmap_mode="r"))

        lookup = Lookup(
            load("vocabulary"), load("hashes"), load("order"), load("overlaps"), meta["multiplier"]
        )
        return cls(
            path,
            meta,
            int(meta["seq"]),
            lookup,
            load("speech_ids"),
            load("lengths"),
            load("indptr"),
            load("term_ids"),
            load("counts"),
            load("totals"),
            load("aligned") if (path / "aligned.npy").exists() else None,
        )

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self, ids: Iterable[int]) -> dict[int, int]:
        """Row of each speech id that has one."""
        wanted = np.fromiter(ids, dtype=np.int64)
        if not len(wanted) or not len(self.speech_ids):
            return {}
        at = np.minimum(np.searchsorted(self.speech_ids, wanted), len(self.speech_ids) - 1)
        hit = self.speech_ids[at] == wanted
        return dict(zip(wanted[hit].tolist(), at[hit].tolist(), strict=True))

    @property
    def vocabulary(self) -> np.ndarray:
        return self.lookup.vocabulary

    def __len__(self) -> int:
        return len(self.lookup)

    def terms(self, ids: Iterable[int]) -> list[str]:
        return [str(self.vocabulary[i]) for i in ids]

    def first_uses(
        self, row_dates: np.ndarray, wanted: np.ndarray, min_later: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, term ids, later rows): for each wanted term (a boolean per id), the rows
        holding it on its earliest date among dated rows (``row_dates`` > 0), when at least
        ``min_later`` rows dated later hold it too, with that number."""
        sizes = np.diff(self.indptr)
        dated = row_dates > 0
        row = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
        keep = np.nonzero(dated[row] & wanted[self.term_ids])[0]
        row, term = row[keep], self.term_ids[keep]
        del keep
        date = row_dates.astype(np.int32)[row]  # yyyymmdd
        first = np.full(len(self.vocabulary), np.iinfo(np.int32).max, dtype=np.int32)
        order = np.lexsort((date, term))
        starts = np.nonzero(np.diff(term[order], prepend=-1))[0]
        first[term[order][starts]] = date[order][starts]
        later = np.bincount(term[date > first[term]], minlength=len(first))
        hit = np.nonzero((date == first[term]) & (later[term] >= min_later))[0]
        return row[hit], term[hit], later[term[hit]]

    def sum_rows(self, rows: Iterable[int], spent=None, batch: int = 400) -> np.ndarray:
        """Summed counts of these rows (distinct row numbers) over the vocabulary. Reads the
        complement instead when ``rows`` is more than half the base. ``spent(done)`` is
        asked between batches; True stops with ``OverBudget``."""
        rows = np.unique(np.fromiter(rows, dtype=np.int64))
        if len(rows) * 2 > len(self.speech_ids):
            rest = np.setdiff1d(np.arange(len(self.speech_ids)), rows, assume_unique=True)
            return np.asarray(self.totals, dtype=np.int64) - self._sum(rest, spent, batch)
        return self._sum(rows, spent, batch)

    def _sum(self, rows: np.ndarray, spent, batch: int) -> np.ndarray:
        total = np.zeros(len(self.vocabulary), dtype=np.int64)
        starts = self.indptr[rows]
        ends = self.indptr[rows + 1]
        for i in range(0, len(rows), batch):
            bounds = zip(starts[i : i + batch], ends[i : i + batch], strict=True)
            pieces = [slice(s, e) for s, e in bounds]
            if not pieces:
                continue
            ids = np.concatenate([self.term_ids[p] for p in pieces])
            n = np.concatenate([self.counts[p] for p in pieces])
            total += np.bincount(ids, weights=n, minlength=len(total)).astype(np.int64)
            if spent is not None and spent(i + batch):
                raise OverBudget
        return total


def current(root: str | Path) -> Base | None:
    """The base in use, or None when none was built (or it is of another schema)."""
    link = Path(root) / _CURRENT
    try:
        return Base.open(link.resolve(strict=True))
    except (FileNotFoundError, KeyError, ValueError, json.JSONDecodeError):
        return None


Row = tuple[int, int, np.ndarray, np.ndarray]  # speech id, body length, term ids, counts
_CHUNK = 1 << 23


def _raw(path: Path, dtype: type) -> np.ndarray:
    if not path.stat().st_size:
        return np.zeros(0, dtype=dtype)
    return np.memmap(path, dtype=dtype, mode="r")


def write(
    root: str | Path,
    lookup: Lookup,
    rows: Iterator[Row],
    seq: int,
    meta: dict | None = None,
    aligned: np.ndarray | None = None,
) -> Path:
    """Write a new base (``rows`` in speech-id order, ids of ``lookup``'s vocabulary; ``meta``
    kept in its meta.json; ``aligned``, each phrase's word-aligned occurrences, by id) and
    switch to it; older bases are removed (a reader that has them mapped keeps its copy)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f"base-{time.strftime('%Y%m%d%H%M%S')}-", dir=root))
    # The rows go to disk as they come: a build holds one row in memory, not 66 M counts.
    speech_ids, lengths, sizes = [], [], []
    with (path / "ids.raw").open("wb") as ids_out, (path / "counts.raw").open("wb") as n_out:
        for sid, length, term_ids, term_counts in rows:
            speech_ids.append(sid)
            lengths.append(length)
            sizes.append(len(term_ids))
            ids_out.write(np.asarray(term_ids, dtype=np.int32).tobytes())
            n_out.write(np.asarray(term_counts, dtype=np.uint32).tobytes())
    flat_ids = _raw(path / "ids.raw", np.int32)
    flat_counts = _raw(path / "counts.raw", np.uint32)
    # Counts of one phrase in one speech fit 16 bits except in very long texts.
    narrow = np.uint16 if not len(flat_counts) or flat_counts.max() < 2**16 else np.uint32
    totals = np.zeros(len(lookup), dtype=np.int64)
    for i in range(0, len(flat_ids), _CHUNK):
        part = slice(i, i + _CHUNK)
        summed = np.bincount(flat_ids[part], weights=flat_counts[part], minlength=len(lookup))
        totals += summed.astype(np.int64)
    arrays = {
        "vocabulary": np.asarray(lookup.vocabulary, dtype=TERM),
        "hashes": lookup.hashes,
        "order": lookup.order,
        "overlaps": lookup.overlaps,
        "speech_ids": np.array(speech_ids, dtype=np.int64),
        "lengths": np.array(lengths, dtype=np.int64),
        "indptr": np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]),
        "term_ids": flat_ids,
        "totals": totals,
    }
    if aligned is not None:
        arrays["aligned"] = np.asarray(aligned, dtype=np.uint32)
    for name, array in arrays.items():
        np.save(path / f"{name}.npy", array)
    counts = np.lib.format.open_memmap(path / "counts.npy", "w+", narrow, (len(flat_counts),))
    for i in range(0, len(flat_counts), _CHUNK):
        counts[i : i + _CHUNK] = flat_counts[i : i + _CHUNK]
    counts.flush()
    del counts, flat_ids, flat_counts
    (path / "ids.raw").unlink()
    (path / "counts.raw").unlink()
    meta = {**(meta or {}), "schema": SCHEMA, "seq": seq, "multiplier": lookup.multiplier}
    (path / "meta.json").write_text(json.dumps(meta))
    link = root / f".{_CURRENT}-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(path.name)
    os.replace(link, root / _CURRENT)
    for old in root.glob("base-*"):
        if old.name != path.name:
            shutil.rmtree(old, ignore_errors=True)
    _forget_before(root, seq, path.name)
    return path


def disk_bytes(root: str | Path) -> int:
    link = Path(root) / _CURRENT
    if not link.exists():
        return 0
    return sum(f.stat().st_size for f in link.resolve().iterdir())
